#include "platform/frame_pacer.hpp"

#include <algorithm>

namespace rapport::platform {

void FramePacer::note_frame(const FrameNeeds& needs) {
    needs_ = needs;
    if (frames_left_ > 0) --frames_left_;
}

double FramePacer::wait_seconds(double seconds_since_last_frame) const {
    // Keep drawing at about 60 Hz even where swap does not block (Xvfb).
    const double until_next_frame =
        std::max(0.0, kAnimationFrameSeconds - seconds_since_last_frame);
    if (needs_.settling) return 0.0;
    if (frames_left_ > 0 || needs_.animating) return until_next_frame;
    double wait = needs_.caret_blinking ? kCaretWakeSeconds : -1.0;
    if (needs_.wake_after >= 0.0) {
        const double scheduled = std::max(needs_.wake_after - seconds_since_last_frame, 0.0);
        wait = wait < 0.0 ? scheduled : std::min(wait, scheduled);
    }
    return wait;
}

} // namespace rapport::platform
