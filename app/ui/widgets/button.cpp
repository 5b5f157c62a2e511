#include "ui/widgets/button.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

ImU32 pressed_tint(ImU32 base, bool hovered, bool held) {
    if (held) return mix(base, colors().text, 0.14f);
    if (hovered) return mix(base, colors().text, 0.06f);
    return base;
}

} // namespace

float button_width(std::string_view label) {
    return text_width(ctx().fonts.body, label) + em(2.0f);
}

bool button(std::string_view label, ButtonKind kind, float width) {
    const float height = em(metrics::kButtonHeight);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float wanted = width > 0.0f ? width : button_width(label);
    // Put beside another (SameLine) where it does not fit, it starts the
    // next line instead: a row of buttons wraps on a phone.
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float line_start = window->Pos.x + window->DC.Indent.x + window->DC.ColumnsOffset.x;
    if (pos.x > line_start + 1.0f && pos.x + wanted > content_right() + 0.5f) {
        ImGui::NewLine();
        pos = ImGui::GetCursorScreenPos();
    }
    // A label wider than a whole line ("Merge into Maximiliano Alejandro
    // Fernández…" on a phone) is cut at the edge, not drawn past it.
    if (width <= 0.0f) width = ImMax(em(4.0f), ImMin(wanted, content_right() - pos.x));
    ImFont* font = ctx().fonts.body;
    std::string id(label);
    const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ctx().hits.record(label, pos, ImVec2(pos.x + width, pos.y + height));

    const Palette& p = colors();
    ImU32 fill = p.surface2, ink = p.text;
    if (kind == ButtonKind::Filled) fill = p.accent, ink = p.on_accent;
    if (kind == ButtonKind::Quiet) fill = p.background, ink = p.accent;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (kind != ButtonKind::Quiet || hovered || held)
        draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                            pressed_tint(fill, hovered, held), height * 0.5f);
    if (ring_on_last_item()) {
        // On an accent fill an accent ring would not show: a line of the
        // background's colour just inside the edge does.
        const float in = kind == ButtonKind::Filled ? em(0.18f) : 0.0f;
        draw->AddRect(
            ImVec2(pos.x + in, pos.y + in), ImVec2(pos.x + width - in, pos.y + height - in),
            kind == ButtonKind::Filled ? p.background : p.accent, height * 0.5f - in, 0, em(0.12f));
    }
    const float text_w = text_width(font, label);
    draw_line(draw, font,
              ImVec2(pos.x + ImMax(em(0.5f), (width - text_w) * 0.5f),
                     pos.y + (height - font->FontSize) * 0.5f),
              ink, label, width - em(1.0f));
    return pressed;
}

bool icon_button(std::string_view label, const char* glyph, bool accent) {
    const float size = em(metrics::kIconButton);
    std::string id(label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(size, size));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ctx().hits.record(label, pos, ImVec2(pos.x + size, pos.y + size));
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(pos.x + size * 0.5f, pos.y + size * 0.5f);
    if (accent || hovered || held)
        draw->AddCircleFilled(centre, size * 0.5f,
                              pressed_tint(accent ? p.accent : p.background, hovered, held));
    ImFont* font = ctx().fonts.icon;
    const ImVec2 glyph_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, glyph);
    draw->AddText(font, font->FontSize,
                  ImVec2(centre.x - glyph_size.x * 0.5f, centre.y - glyph_size.y * 0.5f),
                  accent ? p.on_accent : p.text, glyph);
    if (ring_on_last_item()) // inside an accent fill, in the background's colour
        draw->AddCircle(centre, size * 0.5f - (accent ? em(0.18f) : 0.0f),
                        accent ? p.background : p.accent, 0, em(0.12f));
    return pressed;
}

} // namespace rapport::ui
