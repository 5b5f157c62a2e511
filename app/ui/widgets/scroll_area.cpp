#include "ui/widgets/scroll_area.hpp"

#include "ui/context.hpp"

#include <cmath>
#include <imgui_internal.h>

namespace rapport::ui {
namespace {

constexpr float kFlingTimeConstant = 0.325f; // s; how quickly a flick slows
constexpr float kStopBelow = 1.0f;           // em per second

void follow_finger(ImGuiWindow* window, bool horizontal) {
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
        const float moved = horizontal ? io.MousePos.x - io.MouseClickedPos[0].x
                                       : io.MousePos.y - io.MouseClickedPos[0].y;
        if (!motion.dragging && std::fabs(moved) > em(0.5f)) {
            motion.dragging = true;
            // Taking the active id means the card under the finger is no
            // longer pressed, so releasing will not tap it.
            ImGui::SetActiveID(drag_id, window);
        }
        if (motion.dragging) {
            if (g.ActiveId != drag_id) ImGui::SetActiveID(drag_id, window);
            const float delta = horizontal ? io.MouseDelta.x : io.MouseDelta.y;
            if (horizontal)
                ImGui::SetScrollX(window, window->Scroll.x - delta);
            else
                ImGui::SetScrollY(window, window->Scroll.y - delta);
            const float instant = -delta / dt;
            motion.velocity = motion.velocity * 0.6f + instant * 0.4f;
        }
    }
    if (!io.MouseDown[0]) {
        if (motion.dragging && g.ActiveId == drag_id) ImGui::ClearActiveID();
        motion.dragging = false;
        motion.pressed_inside = false;
        if (std::fabs(motion.velocity) > em(kStopBelow)) {
            const float scroll = horizontal ? window->Scroll.x : window->Scroll.y;
            const float limit = horizontal ? window->ScrollMax.x : window->ScrollMax.y;
            const float next = scroll + motion.velocity * dt;
            if (next <= 0.0f || next >= limit) {
                motion.velocity = 0.0f; // hit an edge: stop
            } else {
                if (horizontal)
                    ImGui::SetScrollX(window, next);
                else
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
    follow_finger(ImGui::GetCurrentWindow(), false);
    ImGui::EndChild();
}

bool begin_strip(const char* id, float height) {
    // Horizontal scrolling needs the flag; the bar itself stays hidden.
    const bool open =
        ImGui::BeginChild(id, ImVec2(ImGui::GetContentRegionAvail().x, height), false,
                          ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollbar);
    // A strip shown again (its screen reopened) starts at its first chip,
    // with no fling left over from last time.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetScrollX(0.0f);
        ctx().scrolls.erase(window->ID);
    }
    // Scrolled out of sight, ImGui would skip the strip's chips altogether;
    // submitted (and clipped), the keyboard's Tab still reaches them.
    window->SkipItems = false;
    return open;
}

void end_strip() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    follow_finger(window, true);
    // Chips cut at an edge fade out there: a sign the row scrolls.
    const float fade = em(2.0f);
    const ImU32 solid = colors().background;
    const ImU32 clear = solid & ~IM_COL32_A_MASK;
    ImDrawList* draw = window->DrawList;
    const ImVec2 min = window->Pos;
    const ImVec2 max(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y);
    if (window->Scroll.x < window->ScrollMax.x - 1.0f)
        draw->AddRectFilledMultiColor(ImVec2(max.x - fade, min.y), max, clear, solid, solid, clear);
    if (window->Scroll.x > 1.0f)
        draw->AddRectFilledMultiColor(min, ImVec2(min.x + fade, max.y), solid, clear, clear, solid);
    ImGui::EndChild();
}

} // namespace rapport::ui
