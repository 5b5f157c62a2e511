#include "desktop_client.hpp"

namespace rapport {

void DesktopClient::load_fonts(float content_scale) {
    app_.load_fonts(*ImGui::GetIO().Fonts, content_scale);
}

platform::FrameOutcome DesktopClient::frame() {
    const ui::FrameReport report = app_.frame();
    platform::FrameOutcome outcome;
    outcome.needs.animating = report.animating;
    outcome.needs.caret_blinking = report.caret_blinking;
    outcome.needs.wake_after = report.wake_after;
    outcome.rebuild_fonts = report.rebuild_fonts;
    outcome.quit = report.quit;
    return outcome;
}

} // namespace rapport
