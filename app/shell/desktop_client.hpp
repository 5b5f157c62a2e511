#pragma once
// Adapts the UI to the desktop platform's AppClient interface.
#include "platform/app_client.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"

#include <future>

namespace rapport {

class DesktopClient final : public platform::AppClient {
  public:
    // `fonts` (may be invalid) is an atlas being built while the window opened.
    explicit DesktopClient(ui::App& app, std::future<ui::PreparedFonts> fonts = {});
    void load_fonts(float content_scale) override;
    platform::FrameOutcome frame() override;
    void on_request(const std::string& request) override;
    void on_files_dropped(const std::vector<std::string>& paths) override;
    void on_close() override;
    bool keyboard_on_hold() const override { return app_.keyboard_on_hold(); }
    std::vector<float> keyboard_targets() const override { return app_.context().keyboard_targets; }
    std::vector<platform::Control> controls() const override;
    void keep_accessible_screen() override { app_.context().access.enabled = true; }
    std::string accessible_screen() const override;
    void on_access(int stop, const std::string& label, bool activate) override {
        app_.access_control(stop, label, activate);
    }
    void on_text_edit(const platform::TextEdit& edit) override;
    platform::FocusedText focused_text() const override;

  private:
    ui::App& app_;
    std::future<ui::PreparedFonts> prepared_fonts_;
    // For the launch benchmark (see startup_report.hpp).
    bool first_frame_reported_ = false;
    bool capture_reported_ = false;
    bool withheld_last_ = false; // the last frame was not put on screen
};

} // namespace rapport
