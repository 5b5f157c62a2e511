#pragma once
// When typed text is written to the store: after a short pause in typing, and
// at least every half second while typing goes on. The promise is that a
// crash never takes more than a second of text; the deadline is only checked
// when a frame runs, and a starved frame (a loaded machine) can be late by
// hundreds of milliseconds, so the rule keeps half of that second as margin
// (a commit costs about a millisecond). Every edited text (capture, answers,
// a message draft, the profile and speeches) uses this one rule.
namespace rapport::ui {

class Autosave {
  public:
    static constexpr double kAfterPauseSeconds = 0.3;
    static constexpr double kAtMostEverySeconds = 0.5;

    // The text changed at `now` (ImGui time).
    void edited(double now) {
        if (!dirty_) dirty_since_ = now;
        dirty_ = true;
        last_edit_at_ = now;
    }
    bool dirty() const { return dirty_; }
    // Whether to write now: forced (leaving, closing), paused, or a second is up.
    bool due(double now, bool force) const {
        if (!dirty_) return false;
        return force || now - last_edit_at_ >= kAfterPauseSeconds ||
               now - dirty_since_ >= kAtMostEverySeconds;
    }
    // The write succeeded; a failed one leaves it dirty, so it is retried.
    void saved() { dirty_ = false; }

  private:
    bool dirty_ = false;
    double last_edit_at_ = 0.0;
    double dirty_since_ = 0.0;
};

} // namespace rapport::ui
