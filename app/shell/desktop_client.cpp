#include "shell/desktop_client.hpp"

#include "shell/startup_report.hpp"

#include <cstdio>

namespace rapport {

DesktopClient::DesktopClient(ui::App& app, std::future<ui::PreparedFonts> fonts)
    : app_(app), prepared_fonts_(std::move(fonts)) {}

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
    bool adopted = false;
    if (prepared_fonts_.valid()) {
        // Only the first load can use it; a later scale change builds anew.
        ui::PreparedFonts prepared = prepared_fonts_.get();
        adopted = app_.adopt_fonts(prepared, content_scale);
    }
    if (!adopted) app_.load_fonts(*ImGui::GetIO().Fonts, content_scale);
    if (!first_frame_reported_) report_startup("fonts");
}

platform::FrameOutcome DesktopClient::frame() {
    const ui::FrameReport report = app_.frame();
    platform::FrameOutcome outcome;
    outcome.needs.animating = report.animating;
    outcome.needs.settling = report.settling;
    outcome.needs.caret_blinking = report.caret_blinking;
    outcome.needs.wake_after = report.wake_after;
    outcome.rebuild_fonts = report.rebuild_fonts;
    outcome.quit = report.quit;
    // Never two frames in a row unseen: a focus that does not land is shown.
    outcome.present = !report.focus_lands_next || withheld_last_;
    withheld_last_ = !outcome.present;
    // Reported after the first frame put on screen (one swap later).
    if (!first_frame_reported_ && outcome.present) {
        report_startup("first-frame");
        first_frame_reported_ = true;
    }
    if (report.typing_ready && !capture_reported_) {
        report_startup("capture-focused");
        capture_reported_ = true;
    }
    return outcome;
}

std::vector<platform::Control> DesktopClient::controls() const {
    std::vector<platform::Control> out;
    for (const ui::HitRegistry::Hit& hit : app_.context().hits.all())
        out.push_back({hit.label, hit.min.x, hit.min.y, hit.max.x, hit.max.y});
    return out;
}

std::string DesktopClient::accessible_screen() const {
    const ui::AccessibleMirror& mirror = app_.context().access;
    return mirror.enabled ? ui::mirror_json(mirror) : std::string();
}

void DesktopClient::on_text_edit(const platform::TextEdit& edit) {
    app_.context().text_bridge.submit({edit.serial, edit.field, edit.from, edit.to, edit.insert,
                                       edit.sel_start, edit.sel_end, edit.caret});
}

platform::FocusedText DesktopClient::focused_text() const {
    const ui::BridgedField& f = app_.context().text_bridge.focused();
    return {f.field, f.text, f.sel_start, f.sel_end, f.caret, f.multiline, f.applied};
}

} // namespace rapport
