#include "ui/context.hpp"

#include <imgui_internal.h>

namespace rapport::ui {

Context& ctx() {
    return *static_cast<Context*>(ImGui::GetIO().UserData);
}

void request_keyboard(ImGuiID field) {
    ImGui::SetKeyboardFocusHere();
    ctx().settling = true; // it lands next frame: draw that without waiting
    ctx().focus_asked = true;
    ctx().focus_landing = field;
    ctx().focus_landing_frames = 0;
}

void keyboard_landed(ImGuiID field) {
    if (ctx().focus_landing == field) ctx().focus_landing = 0;
}

void mark_keyboard_target() {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ctx().keyboard_targets.insert(ctx().keyboard_targets.end(), {min.x, min.y, max.x, max.y});
}

void HitRegistry::record(std::string_view label, ImVec2 min, ImVec2 max, const Access& access) {
    // Every labelled control is a keyboard stop, scrolled out of view or
    // not, and so is read out by a screen reader.
    const int stop = ctx().focus.add_last_item(label, min);
    if (stop >= 0) ctx().access.add_control(stop, label, access, min, max);
    // Clip to the visible part of the current window so a hit outside a
    // scrolled list is never reported as tappable.
    const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    ImVec2 a(ImMax(min.x, clip_min.x), ImMax(min.y, clip_min.y));
    ImVec2 b(ImMin(max.x, clip_max.x), ImMin(max.y, clip_max.y));
    if (a.x >= b.x || a.y >= b.y) return;
    hits_.push_back({std::string(label), a, b, min, max});
}

const HitRegistry::Hit* HitRegistry::find(std::string_view label) const {
    for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)
        if (it->label == label) return &*it;
    return nullptr;
}

} // namespace rapport::ui
