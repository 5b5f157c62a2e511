#include "ui/focus_ring.hpp"

#include "ui/context.hpp"

#include <imgui_internal.h>

namespace rapport::ui {

bool ring_on_last_item() {
    return ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
}

void draw_focus_ring(ImDrawList* draw, ImVec2 min, ImVec2 max, float rounding) {
    const Context& c = ctx();
    const float width = ImMax(2.0f, 0.12f * c.fonts.em);
    // On the control's edge, inside it: a ring outside would be cut off by
    // the list it scrolls in.
    const float in = width * 0.5f;
    draw->AddRect(ImVec2(min.x + in, min.y + in), ImVec2(max.x - in, max.y - in), c.palette->accent,
                  ImMax(0.0f, rounding - in), 0, width);
}

void FocusRing::begin_frame() {
    drawn_.swap(drawing_);
    drawing_.clear();
}

int FocusRing::add_last_item(std::string_view label, ImVec2 min) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = g.LastItemData.ID;
    if (id == 0 || (g.LastItemData.InFlags & ImGuiItemFlags_Disabled)) return -1;
    // An item ImGui skipped (its window out of sight) leaves the one before
    // as the last item: not this control.
    const ImVec2 at = g.LastItemData.Rect.Min;
    if (ImFabs(at.x - min.x) > 1.0f || ImFabs(at.y - min.y) > 1.0f) return -1;
    // A control may be recorded twice (a field and its label): one stop.
    if (!drawing_.empty() && drawing_.back().id == id) return static_cast<int>(drawing_.size()) - 1;
    Stop stop;
    stop.id = id;
    stop.window = g.CurrentWindow;
    stop.min = g.LastItemData.Rect.Min;
    stop.max = g.LastItemData.Rect.Max;
    stop.text = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    stop.label = std::string(label);
    drawing_.push_back(std::move(stop));
    return static_cast<int>(drawing_.size()) - 1;
}

const FocusRing::Stop* FocusRing::focused() const {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = g.ActiveId != 0 ? g.ActiveId : g.NavId;
    if (id == 0) return nullptr;
    if (moved_to_ < drawn_.size() && drawn_[moved_to_].id == id) return &drawn_[moved_to_];
    for (const Stop& stop : drawn_)
        if (stop.id == id) return &stop;
    return nullptr;
}

bool FocusRing::move(int direction) {
    if (drawn_.empty()) return false;
    const int count = static_cast<int>(drawn_.size());
    int next = direction > 0 ? 0 : count - 1;
    if (const Stop* from = focused()) {
        const int at = static_cast<int>(from - drawn_.data());
        next = (at + direction + count) % count;
    }
    ring_to(static_cast<std::size_t>(next));
    return true;
}

void FocusRing::ring_to(std::size_t index) {
    moved_to_ = index;
    const Stop& stop = drawn_[moved_to_];
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Leave a text field being typed in; its text stays.
    if (g.ActiveId != 0 && g.ActiveId != stop.id) ImGui::ClearActiveID();
    ImGui::FocusWindow(stop.window);
    ImGui::SetFocusID(stop.id, stop.window);
    // Show the ring (ImGui hides it after a click) and take Space for it.
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToRect(stop.window, ImRect(stop.min, stop.max), ImGuiScrollFlags_KeepVisibleEdgeY);
    if (stop.text) {
        // Straight into typing, as Tab into a field does everywhere; back
        // into the field just left, the caret is where it was.
        g.NavNextActivateId = stop.id;
        g.NavNextActivateFlags =
            ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
    }
}

int FocusRing::find(int index, std::string_view label) const {
    const int count = static_cast<int>(drawn_.size());
    if (index >= 0 && index < count && drawn_[static_cast<std::size_t>(index)].label == label)
        return index;
    for (int i = 0; i < count; ++i)
        if (drawn_[static_cast<std::size_t>(i)].label == label) return i;
    return -1;
}

const FocusRing::Stop* FocusRing::go_to(int index, std::string_view label) {
    const int at = find(index, label);
    if (at < 0) return nullptr;
    ring_to(static_cast<std::size_t>(at));
    return &drawn_[static_cast<std::size_t>(at)];
}

const FocusRing::Stop* FocusRing::activate(int index, std::string_view label) {
    const Stop* stop = go_to(index, label);
    if (stop && !stop->text) ImGui::ActivateItem(stop->id);
    return stop;
}

void FocusRing::activate_focused() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 || g.NavDisableHighlight) return; // typing, or no ring shown
    for (const Stop& stop : drawn_)
        if (stop.id == g.NavId && !stop.text) return ImGui::ActivateItem(stop.id);
}

} // namespace rapport::ui
