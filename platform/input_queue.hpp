#pragma once
// Every key, character, button and pointer move in the order it happened,
// handed to ImGui a frame at a time.
//
// Dear ImGui 1.86 reads input as state, not as events: a key pressed and
// released between two frames is never seen (a fast typist's Enter vanished),
// characters typed after a key are applied before it (text typed after
// switching cards landed on the old card), and characters typed before a text
// box is active are thrown away at the end of the frame (the first letters
// typed at launch). This queue fixes all three at the source, for the desktop
// and the web alike:
// - it trickles: a frame takes events in order until one would change
//   something this frame already changed (the same key or button again, a
//   character after a key went down, a press after the pointer moved), and
//   the rest wait for the next frame, as 1.87's input queue does;
// - it holds: while the app says a text box is about to take the keyboard,
//   keyboard events wait (in order) and reach the box once it is active.
// Holding was chosen over mapping the window late because it also covers the
// moments after launch (a hand-off, Ctrl+N, the (+) button, a card change)
// and the web, where the page cannot delay its canvas.
#include <cstdint>
#include <deque>
#include <imgui.h>

namespace rapport::platform {

class InputQueue {
  public:
    // Key codes are GLFW's (the web bridge uses them too); 340–347 are the
    // modifier keys, from which Ctrl, Shift, Alt and Super are derived.
    // `mods` (GLFW_MOD_* bits, -1: unknown) are the modifiers the key came
    // with: a key can arrive with Ctrl held in its state but no Ctrl key
    // event of its own (X events sent to a window, as xdotool does to one
    // without focus; some remote desktops), and Ctrl+Enter must still be
    // Ctrl+Enter. They count while that key is down, never after.
    void key(int key, bool down, int mods = -1);
    void character(unsigned int codepoint);
    void mouse_move(float x, float y); // ImGui's coordinates; -FLT_MAX: gone
    void mouse_button(int button, bool down);
    void wheel(float x, float y);

    bool empty() const { return events_.empty(); }
    // Keyboard events wait behind a hold; true while any are waiting.
    bool keyboard_waiting() const;

    // Applies one frame's worth of events to `io` (call after the platform
    // backend's NewFrame, before ImGui::NewFrame). With `hold_keyboard`,
    // nothing from the first keyboard event on is applied; the pointer before
    // it still is. A hold asked for longer than kLongestHold frames in a row
    // is let go: a box that never became active must not swallow the
    // keyboard. With `own_pointer`, the pointer and buttons are written
    // every frame (the desktop backend polls its own, which this replaces);
    // otherwise only when a pointer event is applied.
    void deliver(ImGuiIO& io, bool hold_keyboard, bool own_pointer = true);

  private:
    struct Event {
        enum class Kind : std::uint8_t { Key, Char, Move, Button, Wheel } kind;
        int code = 0; // key, button, or codepoint
        bool down = false;
        float x = 0.0f, y = 0.0f;
        int mods = -1; // a key's modifiers as it came (GLFW_MOD_* bits), -1: unknown
    };
    static constexpr int kLongestHold = 30; // about half a second of frames
    std::deque<Event> events_;
    int held_frames_ = 0; // consecutive frames a hold was asked for
    // The modifiers the last key pressed came with, while it is down.
    int mods_key_ = -1;
    int mods_ = -1;
    // The pointer as ImGui should see it; the desktop backend polls its own
    // each frame, so it is written every frame.
    ImVec2 pointer_{-FLT_MAX, -FLT_MAX};
    bool buttons_[5] = {};
};

} // namespace rapport::platform
