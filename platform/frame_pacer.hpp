#pragma once
// Decides when the event loop renders and how long it may sleep.
// An idle app draws nothing: frames follow input, plus a few more so hover
// and layout settle; a timed wake-up exists only while something animates or
// a text caret blinks.

namespace rapport::platform {

struct FrameNeeds {
    bool animating = false;      // inertia scroll, a transition: next frame soon
    bool caret_blinking = false; // a text field is focused: wake for the blink
    double wake_after = -1.0;    // something changes by itself then (a message hides)
    bool settling = false;       // what this frame asked for shows next frame: draw it now
};

class FramePacer {
  public:
    static constexpr int kFramesAfterEvent = 3;
    static constexpr double kAnimationFrameSeconds = 1.0 / 60.0;
    static constexpr double kCaretWakeSeconds = 0.4;

    // Input or a posted wake-up arrived.
    void note_event() { frames_left_ = kFramesAfterEvent; }
    // A frame was drawn and reported what it still needs.
    void note_frame(const FrameNeeds& needs);

    // Seconds to wait for events before drawing anyway; a negative value
    // means wait for an event with no timeout (the idle case).
    double wait_seconds(double seconds_since_last_frame) const;

  private:
    int frames_left_ = kFramesAfterEvent;
    FrameNeeds needs_{};
};

} // namespace rapport::platform
