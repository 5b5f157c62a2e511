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
    if (frames_left_ > 0 || needs_.animating) return until_next_frame;
    if (needs_.caret_blinking) return kCaretWakeSeconds;
    return -1.0;
}

} // namespace rapport::platform
