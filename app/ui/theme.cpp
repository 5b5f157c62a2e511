#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace rapport::ui {
namespace {

constexpr ImU32 rgb(unsigned hex) {
    // ImU32 is ABGR in memory order.
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

constexpr Palette kLight{rgb(0xF6F7F9), rgb(0xFFFFFF), rgb(0xEEF1F5), rgb(0xDDE2E8),
                         rgb(0x1B1F24), rgb(0x5B6573), rgb(0x2A64D6), rgb(0xFFFFFF),
                         rgb(0x1A7336), rgb(0x8A5300), rgb(0xC5221F)};
constexpr Palette kDark{rgb(0x111418), rgb(0x1B2027), rgb(0x242B34), rgb(0x2C343E),
                        rgb(0xE8ECF1), rgb(0xA3AEBB), rgb(0x6EA0FF), rgb(0x0B1220),
                        rgb(0x5CC27A), rgb(0xF0B04A), rgb(0xFF7A70)};

double channel(unsigned value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

ImVec4 vec(ImU32 c, float alpha = 1.0f) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    v.w = alpha;
    return v;
}

} // namespace

const Palette& palette_for(ThemeKind kind) {
    return kind == ThemeKind::Dark ? kDark : kLight;
}

std::string_view theme_name(ThemeKind kind) {
    return kind == ThemeKind::Dark ? "dark" : "light";
}

double relative_luminance(ImU32 colour) {
    const unsigned r = (colour >> IM_COL32_R_SHIFT) & 0xFF;
    const unsigned g = (colour >> IM_COL32_G_SHIFT) & 0xFF;
    const unsigned b = (colour >> IM_COL32_B_SHIFT) & 0xFF;
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

double contrast_ratio(ImU32 a, ImU32 b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 mix(ImU32 under, ImU32 over, float amount) {
    const ImVec4 u = ImGui::ColorConvertU32ToFloat4(under);
    const ImVec4 o = ImGui::ColorConvertU32ToFloat4(over);
    const float t = std::clamp(amount, 0.0f, 1.0f);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(u.x + (o.x - u.x) * t, u.y + (o.y - u.y) * t, u.z + (o.z - u.z) * t, 1.0f));
}

void apply_style(ImGuiStyle& style, const Palette& p, float scale) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;
    style.WindowRounding = 0;
    style.ChildRounding = 0;
    style.FrameRounding = 12;
    style.PopupRounding = 12;
    style.GrabRounding = 12;
    style.ScrollbarRounding = 12;
    style.ScrollbarSize = 6;
    style.FramePadding = ImVec2(16, 12);
    style.ItemSpacing = ImVec2(8, 8);
    style.ItemInnerSpacing = ImVec2(8, 8);
    style.GrabMinSize = 24;
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_WindowBg] = vec(p.background);
    c[ImGuiCol_ChildBg] = vec(p.background, 0.0f);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec(p.line);
    c[ImGuiCol_BorderShadow] = vec(p.line, 0.0f);
    c[ImGuiCol_FrameBg] = vec(p.surface);
    c[ImGuiCol_FrameBgHovered] = vec(p.surface);
    c[ImGuiCol_FrameBgActive] = vec(p.surface);
    c[ImGuiCol_TitleBg] = vec(p.surface);
    c[ImGuiCol_TitleBgActive] = vec(p.surface);
    c[ImGuiCol_TitleBgCollapsed] = vec(p.surface);
    c[ImGuiCol_MenuBarBg] = vec(p.surface);
    c[ImGuiCol_ScrollbarBg] = vec(p.background, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = vec(p.muted, 0.35f);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(p.muted, 0.55f);
    c[ImGuiCol_ScrollbarGrabActive] = vec(p.muted, 0.75f);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Button] = vec(p.surface2);
    c[ImGuiCol_ButtonHovered] = vec(mix(p.surface2, p.text, 0.06f));
    c[ImGuiCol_ButtonActive] = vec(mix(p.surface2, p.text, 0.12f));
    c[ImGuiCol_Header] = vec(p.surface2);
    c[ImGuiCol_HeaderHovered] = vec(mix(p.surface2, p.text, 0.06f));
    c[ImGuiCol_HeaderActive] = vec(mix(p.surface2, p.text, 0.12f));
    c[ImGuiCol_Separator] = vec(p.line);
    c[ImGuiCol_SeparatorHovered] = vec(p.line);
    c[ImGuiCol_SeparatorActive] = vec(p.line);
    c[ImGuiCol_ResizeGrip] = vec(p.line, 0.0f);
    c[ImGuiCol_ResizeGripHovered] = vec(p.line, 0.0f);
    c[ImGuiCol_ResizeGripActive] = vec(p.line, 0.0f);
    c[ImGuiCol_TextSelectedBg] = vec(p.accent, 0.30f);
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_NavWindowingHighlight] = vec(p.accent);
    c[ImGuiCol_ModalWindowDimBg] = vec(0xFF000000, 0.45f);
}

} // namespace rapport::ui
