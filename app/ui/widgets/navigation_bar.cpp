#include "ui/widgets/navigation_bar.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/text.hpp"

#include <cfloat>
#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

using Kind = NavigationSlot::Kind;

std::vector<const NavigationSlot*> of_kind(const std::vector<NavigationSlot>& slots, Kind kind) {
    std::vector<const NavigationSlot*> out;
    for (const NavigationSlot& slot : slots)
        if (slot.kind == kind) out.push_back(&slot);
    return out;
}

// One destination: icon over a label, the whole cell a target.
bool destination(const NavigationSlot& d, ImVec2 min, ImVec2 size, bool selected) {
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

// The raised round button (capture's +). It stands above the bar, over
// the screen's content: a window of its own, drawn after that content, keeps
// it on top of a scrolled list and takes the taps there. In the bottom bar
// it is never wider than its fifth (`widest`): a 320 px phone at 160 % text
// has 64 px cells, and a wider circle would take taps meant for People and
// Prepare beside it.
bool raised_button(const NavigationSlot& slot, ImVec2 centre, float widest = FLT_MAX) {
    const std::string label(screen_title(slot.screen));
    const float size = ImMin(em(metrics::kCaptureButton), widest);
    const ImVec2 min(centre.x - size * 0.5f, centre.y - size * 0.5f);
    // Room for the shadow below the circle.
    const ImVec2 box(size, size + em(0.25f));
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild(("##raised:" + label).c_str(), box, false,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoDecoration);
    ImGui::PopStyleVar();
    ImGui::SetCursorScreenPos(min);
    const bool tapped = ImGui::InvisibleButton(("nav:" + label).c_str(), ImVec2(size, size));
    mark_keyboard_target();
    ctx().hits.record(label, min, ImVec2(min.x + size, min.y + size));
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
    const ImVec2 glyph = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, slot.glyph);
    draw->AddText(font, font->FontSize,
                  ImVec2(centre.x - glyph.x * 0.5f, centre.y - glyph.y * 0.5f), p.on_accent,
                  slot.glyph);
    ImGui::EndChild();
    return tapped;
}

} // namespace

std::optional<NavigationSlot> bottom_navigation(ImVec2 min, ImVec2 max,
                                                const std::vector<NavigationSlot>& slots,
                                                Screen current_tab) {
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, p.surface);
    draw->AddLine(min, ImVec2(max.x, min.y), p.line, ImMax(1.0f, ctx().scale));
    std::optional<NavigationSlot> tapped;
    const std::vector<const NavigationSlot*> tabs = of_kind(slots, Kind::Tab);
    const std::vector<const NavigationSlot*> raised = of_kind(slots, Kind::Raised);
    // The raised button takes the middle cell, between the tabs.
    const int cells = static_cast<int>(tabs.size() + (raised.empty() ? 0 : 1));
    const int middle = raised.empty() ? -1 : static_cast<int>(tabs.size()) / 2;
    const float cell = (max.x - min.x) / static_cast<float>(ImMax(cells, 1));
    const ImVec2 size(cell, max.y - min.y);
    for (int slot = 0, tab = 0; slot < cells; ++slot) {
        const ImVec2 cell_min(min.x + cell * static_cast<float>(slot), min.y);
        if (slot == middle) {
            if (raised_button(*raised.front(), ImVec2(cell_min.x + cell * 0.5f, min.y + em(0.3f)),
                              cell - em(0.25f)))
                tapped = *raised.front();
            continue;
        }
        const NavigationSlot& d = *tabs[static_cast<size_t>(tab++)];
        if (destination(d, cell_min, size, d.screen == current_tab)) tapped = d;
    }
    return tapped;
}

std::optional<NavigationSlot> navigation_rail(ImVec2 min, ImVec2 max,
                                              const std::vector<NavigationSlot>& slots,
                                              Screen current_tab) {
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, p.surface);
    draw->AddLine(ImVec2(max.x, min.y), max, p.line, ImMax(1.0f, ctx().scale));
    std::optional<NavigationSlot> tapped;
    const float width = max.x - min.x;
    float y = min.y + em(0.75f);
    for (const NavigationSlot* slot : of_kind(slots, Kind::Raised)) {
        if (raised_button(*slot,
                          ImVec2(min.x + width * 0.5f, y + em(metrics::kCaptureButton) * 0.5f)))
            tapped = *slot;
        y += em(metrics::kCaptureButton) + em(1.25f);
    }
    // The tabs, then the foot's at the bottom. A short window (a phone in
    // landscape) makes each destination shorter rather than let them overlap.
    const std::vector<const NavigationSlot*> tabs = of_kind(slots, Kind::Tab);
    const std::vector<const NavigationSlot*> feet = of_kind(slots, Kind::Foot);
    const float gap = em(0.25f);
    const float bottom = max.y - em(0.5f);
    const int items = static_cast<int>(tabs.size() + feet.size());
    const float room = bottom - y - gap * static_cast<float>(items);
    const float height = ImClamp(room / static_cast<float>(ImMax(items, 1)), em(2.75f), em(4.0f));
    const ImVec2 size(width, height);
    for (const NavigationSlot* d : tabs) {
        if (destination(*d, ImVec2(min.x, y), size, d->screen == current_tab)) tapped = *d;
        y += size.y + gap;
    }
    float foot_y = bottom - size.y * static_cast<float>(feet.size());
    for (const NavigationSlot* d : feet) {
        if (destination(*d, ImVec2(min.x, ImMax(y, foot_y)), size, d->screen == current_tab))
            tapped = *d;
        foot_y += size.y;
        y += size.y;
    }
    return tapped;
}

} // namespace rapport::ui
