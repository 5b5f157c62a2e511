#include "ui/widgets/navigation_bar.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/text.hpp"

#include <array>
#include <cfloat>
#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

struct Destination {
    Screen screen;
    const char* glyph;
};

constexpr std::array<Destination, 4> kTabs = {{{Screen::Today, icon::kHome},
                                               {Screen::People, icon::kPeople},
                                               {Screen::Prepare, icon::kDescription},
                                               {Screen::Careers, icon::kWork}}};

// One destination: icon over a label, the whole cell a target.
bool destination(const Destination& d, ImVec2 min, ImVec2 size, bool selected) {
    const std::string label(screen_title(d.screen));
    ImGui::SetCursorScreenPos(min);
    const bool tapped = ImGui::InvisibleButton(("nav:" + label).c_str(), size);
    Access access; // pressed: the tab shown
    access.role = AccessRole::Toggle;
    access.checked = selected;
    ctx().hits.record(label, min, ImVec2(min.x + size.x, min.y + size.y), access);
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ring_on_last_item())
        draw_focus_ring(draw, ImVec2(min.x + em(0.2f), min.y + em(0.2f)),
                        ImVec2(min.x + size.x - em(0.2f), min.y + size.y - em(0.2f)), em(0.8f));
    const ImU32 ink = selected ? p.accent : p.muted;
    ImFont* icon_font = ctx().fonts.icon;
    ImFont* label_font = ctx().fonts.label;
    const float block = icon_font->FontSize + em(0.2f) + label_font->FontSize;
    const float top = min.y + (size.y - block) * 0.5f;
    const float centre_x = min.x + size.x * 0.5f;
    const ImVec2 glyph = icon_font->CalcTextSizeA(icon_font->FontSize, FLT_MAX, 0, d.glyph);
    if (selected || ImGui::IsItemActive() || ImGui::IsItemHovered())
        draw->AddRectFilled(ImVec2(centre_x - em(1.9f), top - em(0.15f)),
                            ImVec2(centre_x + em(1.9f), top + icon_font->FontSize + em(0.15f)),
                            selected ? mix(p.surface, p.accent, 0.14f) : p.surface2, em(1.0f));
    draw->AddText(icon_font, icon_font->FontSize, ImVec2(centre_x - glyph.x * 0.5f, top), ink,
                  d.glyph);
    // A label wider than its cell (large text on a narrow phone) is drawn
    // smaller to fit, never into its neighbour's ("PrepareCareers").
    const float room = size.x - em(0.4f);
    const float natural_w = text_width(label_font, label);
    const float font_size = label_font->FontSize * ImMin(1.0f, room / natural_w);
    const float label_w = natural_w * font_size / label_font->FontSize;
    draw->AddText(label_font, font_size,
                  ImVec2(centre_x - label_w * 0.5f,
                         top + icon_font->FontSize + em(0.2f) + (label_font->FontSize - font_size)),
                  selected ? p.accent : p.text, label.c_str());
    return tapped;
}

// The raised round (+) that opens capture. It stands above the bar, over
// the screen's content: a window of its own, drawn after that content, keeps
// it on top of a scrolled list and takes the taps there. In the bottom bar
// it is never wider than its fifth (`widest`): a 320 px phone at 160 % text
// has 64 px cells, and a wider circle would take taps meant for People and
// Prepare beside it.
bool capture_button(ImVec2 centre, float widest = FLT_MAX) {
    const float size = ImMin(em(metrics::kCaptureButton), widest);
    const ImVec2 min(centre.x - size * 0.5f, centre.y - size * 0.5f);
    // Room for the shadow below the circle.
    const ImVec2 box(size, size + em(0.25f));
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##capture-button", box, false,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoDecoration);
    ImGui::PopStyleVar();
    ImGui::SetCursorScreenPos(min);
    const bool tapped = ImGui::InvisibleButton("nav:Capture", ImVec2(size, size));
    mark_keyboard_target();
    ctx().hits.record("Capture", min, ImVec2(min.x + size, min.y + size));
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddCircleFilled(ImVec2(centre.x, centre.y + em(0.12f)), size * 0.5f + em(0.05f),
                          IM_COL32(0, 0, 0, 40), 48); // a soft shadow: raised
    ImU32 fill = p.accent;
    if (ImGui::IsItemActive())
        fill = mix(fill, p.text, 0.15f);
    else if (ImGui::IsItemHovered())
        fill = mix(fill, p.on_accent, 0.08f);
    draw->AddCircleFilled(centre, size * 0.5f, fill, 48);
    if (ring_on_last_item())
        draw->AddCircle(centre, size * 0.5f + em(0.2f), p.text, 48, ImMax(2.0f, em(0.12f)));
    ImFont* font = ctx().fonts.icon;
    const ImVec2 glyph = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, icon::kAdd);
    draw->AddText(font, font->FontSize,
                  ImVec2(centre.x - glyph.x * 0.5f, centre.y - glyph.y * 0.5f), p.on_accent,
                  icon::kAdd);
    ImGui::EndChild();
    return tapped;
}

} // namespace

std::optional<Screen> bottom_navigation(ImVec2 min, ImVec2 max, Screen current_tab) {
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, p.surface);
    draw->AddLine(min, ImVec2(max.x, min.y), p.line, ImMax(1.0f, ctx().scale));
    std::optional<Screen> tapped;
    const float cell = (max.x - min.x) / 5.0f;
    const ImVec2 size(cell, max.y - min.y);
    for (int slot = 0, tab = 0; slot < 5; ++slot) {
        const ImVec2 cell_min(min.x + cell * slot, min.y);
        if (slot == 2) {
            if (capture_button(ImVec2(cell_min.x + cell * 0.5f, min.y + em(0.3f)),
                               cell - em(0.25f)))
                tapped = Screen::Capture;
            continue;
        }
        const Destination& d = kTabs[static_cast<size_t>(tab++)];
        if (destination(d, cell_min, size, d.screen == current_tab)) tapped = d.screen;
    }
    return tapped;
}

std::optional<Screen> navigation_rail(ImVec2 min, ImVec2 max, Screen current_tab) {
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, p.surface);
    draw->AddLine(ImVec2(max.x, min.y), max, p.line, ImMax(1.0f, ctx().scale));
    std::optional<Screen> tapped;
    const float width = max.x - min.x;
    float y = min.y + em(0.75f);
    if (capture_button(ImVec2(min.x + width * 0.5f, y + em(metrics::kCaptureButton) * 0.5f)))
        tapped = Screen::Capture;
    y += em(metrics::kCaptureButton) + em(1.25f);
    // Four tabs, then Settings at the bottom. A short window (a phone in
    // landscape) makes each destination shorter rather than let them overlap.
    const float gap = em(0.25f);
    const float bottom = max.y - em(0.5f);
    const int items = static_cast<int>(kTabs.size()) + 1;
    const float room = bottom - y - gap * static_cast<float>(items);
    const float height = ImClamp(room / static_cast<float>(items), em(2.75f), em(4.0f));
    const ImVec2 size(width, height);
    for (const Destination& d : kTabs) {
        if (destination(d, ImVec2(min.x, y), size, d.screen == current_tab)) tapped = d.screen;
        y += size.y + gap;
    }
    const Destination settings{Screen::Settings, icon::kSettings};
    if (destination(settings, ImVec2(min.x, ImMax(y, bottom - size.y)), size,
                    current_tab == Screen::Settings))
        tapped = Screen::Settings;
    return tapped;
}

} // namespace rapport::ui
