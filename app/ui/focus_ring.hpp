#pragma once
// Keyboard use of every screen: Tab and Shift+Tab move a visible focus ring
// across every card, chip, button and field in the order they are drawn,
// whatever window or list holds them (Dear ImGui 1.86 tabs only between text
// fields of one window); Enter or Space activates what has the ring; the
// arrows move within a list (ImGui's own keyboard navigation). A tap or a
// click hides the ring until the keyboard is used again.
#include <imgui.h>
#include <string>
#include <string_view>
#include <vector>

struct ImGuiWindow;

namespace rapport::ui {

// The ring on the item just drawn shows (it has the keyboard's focus).
bool ring_on_last_item();
// Draws the ring around a control, as every focusable widget does.
void draw_focus_ring(ImDrawList* draw, ImVec2 min, ImVec2 max, float rounding);

class FocusRing {
  public:
    struct Stop {
        ImGuiID id = 0;
        ImGuiWindow* window = nullptr;
        ImVec2 min, max;   // in screen space, as drawn
        bool text = false; // a text field: Tab onto it starts typing there
        std::string label;
    };

    // Keeps what the finished frame drew as the Tab order, and starts anew.
    void begin_frame();
    // The item just drawn (a control with `label`, laid out from `min`) is
    // a stop: its place in this frame's order, or -1 when it is none
    // (disabled, or not really drawn).
    int add_last_item(std::string_view label, ImVec2 min);
    // Tab (+1) or Shift+Tab (-1) from the focused stop, over the stops of
    // the frame before; wraps around. False when there are none.
    bool move(int direction);
    // Enter on a focused stop that is not a text field: activated next frame.
    void activate_focused();
    // The ring onto a stop of the frame before, named by its place and
    // label (a screen reader acting on what it was shown; if the screen
    // moved on since, the first stop with that label). A text field starts
    // taking typing. The stop, or nullptr when there is no such stop.
    const Stop* go_to(int index, std::string_view label);
    // Acts on that stop as Enter would (a text field: as go_to).
    const Stop* activate(int index, std::string_view label);

    const std::vector<Stop>& stops() const { return drawn_; }
    // The stop with the ring, if any (from the frame before).
    const Stop* focused() const;

  private:
    int find(int index, std::string_view label) const;
    void ring_to(std::size_t index);

    std::vector<Stop> drawing_; // this frame's
    std::vector<Stop> drawn_;   // the last finished frame's
    // Where Tab last put the ring: one control can appear twice on a screen
    // (a follow-up under Due and in the timeline), so its place in the order
    // says which of them has the ring.
    std::size_t moved_to_ = 0;
};

} // namespace rapport::ui
