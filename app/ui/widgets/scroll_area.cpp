#include "ui/widgets/scroll_area.hpp"

#include "ui/context.hpp"

#include <cmath>
#include <imgui_internal.h>

namespace rapport::ui {
namespace {

constexpr float kFlingTimeConstant = 0.325f; // s; how quickly a flick slows
constexpr float kStopBelow = 1.0f;           // em per second

void follow_finger(ImGuiWindow* window) {
    ImGuiIO& io = ImGui::GetIO();
    ImGuiContext& g = *GImGui;
    const ImGuiID drag_id = window->GetID("#touch-scroll");
    ScrollMotion& motion = ctx().scrolls[window->ID];
    const float dt = ImMax(io.DeltaTime, 1.0f / 240.0f);

    if (ImGui::IsMouseClicked(0)) {
        motion.pressed_inside =
            window->Rect().Contains(io.MousePos) &&
            ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                   ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
        if (motion.pressed_inside) motion.velocity = 0.0f; // a touch stops a fling
    }
    if (motion.pressed_inside && io.MouseDown[0]) {
        if (!motion.dragging && std::fabs(io.MousePos.y - io.MouseClickedPos[0].y) > em(0.5f)) {
            motion.dragging = true;
            // Taking the active id means the card under the finger is no
            // longer pressed, so releasing will not tap it.
            ImGui::SetActiveID(drag_id, window);
        }
        if (motion.dragging) {
            if (g.ActiveId != drag_id) ImGui::SetActiveID(drag_id, window);
            ImGui::SetScrollY(window, window->Scroll.y - io.MouseDelta.y);
            const float instant = -io.MouseDelta.y / dt;
            motion.velocity = motion.velocity * 0.6f + instant * 0.4f;
        }
    }
    if (!io.MouseDown[0]) {
        if (motion.dragging && g.ActiveId == drag_id) ImGui::ClearActiveID();
        motion.dragging = false;
        motion.pressed_inside = false;
        if (std::fabs(motion.velocity) > em(kStopBelow)) {
            const float next = window->Scroll.y + motion.velocity * dt;
            if (next <= 0.0f || next >= window->ScrollMax.y) {
                motion.velocity = 0.0f; // hit an edge: stop
            } else {
                ImGui::SetScrollY(window, next);
                motion.velocity *= std::exp(-dt / kFlingTimeConstant);
                ctx().animating = true;
            }
        } else {
            motion.velocity = 0.0f;
        }
    }
    if (motion.dragging) ctx().animating = true;
}

} // namespace

bool begin_scroll_area(const char* id, ImVec2 size) {
    // Children ignore WindowPadding unless asked; screens rely on it for margins.
    return ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

void end_scroll_area() {
    follow_finger(ImGui::GetCurrentWindow());
    ImGui::EndChild();
}

} // namespace rapport::ui
