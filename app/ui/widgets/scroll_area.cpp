#include "ui/widgets/scroll_area.hpp"

#include "ui/context.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <imgui_internal.h>

namespace rapport::ui {
namespace {

// How quickly a flick slows: as long a glide as the phone's own lists give
// (a flick across the screen carries some three screens on).
constexpr float kFlingTimeConstant = 0.6f; // s
constexpr double kStillAfter = 0.08;       // s without a move: the finger stopped
constexpr float kStopBelow = 1.0f;         // em per second
constexpr float kTapSlop = 0.5f;           // em a finger may wander and still tap

float along(ImVec2 v, bool horizontal) {
    return horizontal ? v.x : v.y;
}
float across(ImVec2 v, bool horizontal) {
    return horizontal ? v.y : v.x;
}

void set_scroll(ImGuiWindow* window, bool horizontal, float value) {
    if (horizontal)
        ImGui::SetScrollX(window, value);
    else
        ImGui::SetScrollY(window, value);
}

// Held and moving: past the slop along the list it scrolls; past it across
// the list it is no longer a tap.
void take_drag(ScrollMotion& motion, ImGuiWindow* window, ImGuiID drag_id, bool horizontal) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 moved(io.MousePos.x - io.MouseClickedPos[0].x,
                       io.MousePos.y - io.MouseClickedPos[0].y);
    if (!motion.dragging && std::fabs(along(moved, horizontal)) > em(kTapSlop)) {
        motion.dragging = true;
        // Taking the active id means the card under the finger is no
        // longer pressed, so releasing will not tap it.
        ImGui::SetActiveID(drag_id, window);
        ctx().touch_drag = drag_id;
    } else if (!motion.dragging && !motion.not_a_tap &&
               std::fabs(across(moved, horizontal)) > em(kTapSlop) &&
               (ctx().touch_drag == 0 || GImGui->ActiveId != ctx().touch_drag)) {
        // A finger moved the other way (a sideways swipe on a list):
        // not a tap either. Held here, nothing under it is pressed, and
        // nothing scrolls; a strip inside that took the drag keeps it.
        motion.not_a_tap = true;
        ImGui::SetActiveID(drag_id, window);
    }
}

void scroll_with_finger(ScrollMotion& motion, ImGuiWindow* window, ImGuiID drag_id, bool horizontal,
                        float dt) {
    if (GImGui->ActiveId != drag_id) ImGui::SetActiveID(drag_id, window);
    const float delta = along(ImGui::GetIO().MouseDelta, horizontal);
    set_scroll(window, horizontal, along(window->Scroll, horizontal) - delta);
    // The fling takes the finger's speed over its last moves; a
    // frame with no move (events and frames do not pair one to one
    // on a phone) does not slow it, a finger held still does.
    const double now = ImGui::GetTime();
    if (delta != 0.0f) {
        motion.velocity = motion.velocity * 0.3f + (-delta / dt) * 0.7f;
        motion.last_move = now;
    } else if (now - motion.last_move > kStillAfter) {
        motion.velocity = 0.0f;
    }
}

// Let go: the list glides on at the finger's speed, slowing, until it stops
// or meets an edge.
void glide(ScrollMotion& motion, ImGuiWindow* window, bool horizontal, float dt) {
    if (std::fabs(motion.velocity) <= em(kStopBelow)) {
        motion.velocity = 0.0f;
        return;
    }
    const float next = along(window->Scroll, horizontal) + motion.velocity * dt;
    if (next <= 0.0f || next >= along(window->ScrollMax, horizontal)) {
        motion.velocity = 0.0f; // hit an edge: stop
        return;
    }
    set_scroll(window, horizontal, next);
    motion.velocity *= std::exp(-dt / kFlingTimeConstant);
    ctx().animating = true;
}

void follow_finger(ImGuiWindow* window, bool horizontal) {
    ImGuiIO& io = ImGui::GetIO();
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
        take_drag(motion, window, drag_id, horizontal);
        if (motion.dragging) scroll_with_finger(motion, window, drag_id, horizontal, dt);
    }
    if (!io.MouseDown[0]) {
        if ((motion.dragging || motion.not_a_tap) && GImGui->ActiveId == drag_id)
            ImGui::ClearActiveID();
        if (ctx().touch_drag == drag_id) ctx().touch_drag = 0;
        motion.dragging = false;
        motion.not_a_tap = false;
        motion.pressed_inside = false;
        glide(motion, window, horizontal, dt);
    }
    if (motion.dragging) ctx().animating = true;
}

// A long list (more than kScrubFrom views of content) shows a thumb at its
// right edge while it moves, and for a moment after, as a phone's fast
// scroll does; dragging it moves through the whole list at once (People
// with hundreds of names: one drag from A to Z instead of fifty flicks).
// At rest there is no thumb, so a tap on a card's right edge is a tap.
constexpr float kScrubFrom = 4.0f;       // views of content
constexpr float kThumbHeight = 3.0f;     // em
constexpr float kThumbWidth = 0.5f;      // em, drawn
constexpr float kThumbGrabWidth = 2.75f; // em, the finger's target
constexpr float kThumbShowsFor = 1.5f;   // s after the list last moved
constexpr float kBubbleRadius = 1.75f;   // em: the letter reached, while the thumb is held

ImRect scrub_thumb(ImGuiWindow* window) {
    const float view = window->InnerRect.GetHeight();
    const float travel = ImMax(0.0f, view - em(kThumbHeight));
    const float top = window->InnerRect.Min.y + travel * (window->Scroll.y / window->ScrollMax.y);
    return ImRect(window->InnerRect.Max.x - em(kThumbGrabWidth), top, window->InnerRect.Max.x,
                  top + em(kThumbHeight));
}

// The letter reached, in a round badge beside the held thumb, clear of the
// finger on it.
void scrub_bubble(ImGuiWindow* window, const ImRect& thumb, std::string_view label) {
    const float radius = em(kBubbleRadius);
    const float y = ImClamp(thumb.GetCenter().y, window->InnerRect.Min.y + radius,
                            window->InnerRect.Max.y - radius);
    const ImVec2 centre(thumb.Min.x - em(0.75f) - radius, y);
    ImDrawList* draw = window->DrawList;
    draw->AddCircleFilled(centre, radius, colors().accent, 48);
    ImFont* font = ctx().fonts.title;
    const std::string_view text = shown(label);
    const ImVec2 size =
        font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    draw->AddText(font, font->FontSize, ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f),
                  colors().on_accent, text.data(), text.data() + text.size());
}

// Returns whether the finger is on the thumb (then it is not a scroll drag).
bool fast_scroll(ImGuiWindow* window) {
    ImGuiIO& io = ImGui::GetIO();
    ScrollMotion& motion = ctx().scrolls[window->ID];
    const float view = window->InnerRect.GetHeight();
    if (window->ScrollMax.y < view * (kScrubFrom - 1.0f)) {
        motion.scrubbing = false;
        return false;
    }
    // When the list last moved, in the window's own storage.
    ImGuiStorage& storage = window->StateStorage;
    const ImGuiID last_scroll_key = window->GetID("#last-scroll");
    const ImGuiID moved_at_key = window->GetID("#moved-at");
    const float now = static_cast<float>(ImGui::GetTime());
    if (storage.GetFloat(last_scroll_key, 0.0f) != window->Scroll.y) {
        storage.SetFloat(last_scroll_key, window->Scroll.y);
        storage.SetFloat(moved_at_key, now);
    }
    const float since_moved = now - storage.GetFloat(moved_at_key, -1000.0f);
    const bool shown = motion.scrubbing || since_moved < kThumbShowsFor;
    if (!shown) return false;
    // A frame when it is to go, without drawing every frame until then.
    const double hide_in = kThumbShowsFor - since_moved;
    if (hide_in > 0.0)
        ctx().wake_after = ctx().wake_after < 0.0 ? hide_in : std::min(ctx().wake_after, hide_in);

    const ImGuiID thumb_id = window->GetID("#fast-scroll");
    ImRect thumb = scrub_thumb(window);
    if (ImGui::IsMouseClicked(0) && thumb.Contains(io.MousePos) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                               ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        motion.scrubbing = true;
        motion.velocity = 0.0f;
        ImGui::SetActiveID(thumb_id, window); // nothing under it is tapped
    }
    if (motion.scrubbing && io.MouseDown[0]) {
        const float travel = ImMax(1.0f, view - em(kThumbHeight));
        const float at = io.MousePos.y - window->InnerRect.Min.y - em(kThumbHeight) * 0.5f;
        ImGui::SetScrollY(window, ImClamp(at / travel, 0.0f, 1.0f) * window->ScrollMax.y);
        if (GImGui->ActiveId != thumb_id) ImGui::SetActiveID(thumb_id, window);
        ctx().animating = true;
        thumb = scrub_thumb(window);
    } else if (motion.scrubbing) {
        motion.scrubbing = false;
        if (GImGui->ActiveId == thumb_id) ImGui::ClearActiveID();
    }
    // Drawn over the list, in the accent while held.
    const float pad = em(0.25f);
    window->DrawList->AddRectFilled(ImVec2(thumb.Max.x - em(kThumbWidth) - pad, thumb.Min.y),
                                    ImVec2(thumb.Max.x - pad, thumb.Max.y),
                                    motion.scrubbing ? colors().accent : colors().muted,
                                    em(kThumbWidth) * 0.5f);
    if (motion.scrubbing && motion.scrub_label_frame == ImGui::GetFrameCount() &&
        !motion.scrub_label.empty())
        scrub_bubble(window, thumb, motion.scrub_label);
    return motion.scrubbing;
}

} // namespace

bool begin_scroll_area(const char* id, ImVec2 size) {
    // Children ignore WindowPadding unless asked; screens rely on it for margins.
    return ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

bool scrubbing() {
    const auto found = ctx().scrolls.find(ImGui::GetCurrentWindow()->ID);
    return found != ctx().scrolls.end() && found->second.scrubbing;
}

void scrub_label_here(std::string_view label) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ScrollMotion& motion = ctx().scrolls[window->ID];
    if (!motion.scrubbing) return;
    // The item covering the top of the view: the first drawn (a clipped list
    // starts at the one cut by the top), or a later one starting above it.
    const int frame = ImGui::GetFrameCount();
    if (motion.scrub_label_frame != frame || window->DC.CursorPos.y <= window->InnerRect.Min.y) {
        motion.scrub_label.assign(label);
        motion.scrub_label_frame = frame;
    }
}

void end_scroll_area() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (!fast_scroll(window)) follow_finger(window, false);
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
