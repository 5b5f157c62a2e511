#include "desktop_client.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace rapport {
namespace {

long long wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

DesktopClient::DesktopClient(ui::App& app) : app_(app) {
    const char* report = std::getenv("RAPPORT_REPORT_STARTUP");
    report_startup_ = report && report[0] == '1';
}

void DesktopClient::on_request(const std::string& request) {
    std::fprintf(stderr, "rapport: took request '%s'\n", request.c_str());
    app_.handle_request(request);
}

void DesktopClient::on_files_dropped(const std::vector<std::string>& paths) {
    app_.handle_dropped_files(paths);
}

void DesktopClient::on_close() {
    app_.save_everything();
}

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
    if (report_startup_) {
        // Printed after the frame that showed it; the frame is on screen one swap later.
        if (!first_frame_reported_) {
            std::fprintf(stderr, "startup: first-frame-at-ms=%lld\n", wall_ms());
            first_frame_reported_ = true;
        }
        if (report.capture_focused && !capture_reported_) {
            std::fprintf(stderr, "startup: capture-focused-at-ms=%lld\n", wall_ms());
            capture_reported_ = true;
        }
    }
    return outcome;
}

} // namespace rapport
