#pragma once
// Adapts the UI to the desktop platform's AppClient interface.
#include "platform/app_client.hpp"
#include "ui/app.hpp"

namespace rapport {

class DesktopClient final : public platform::AppClient {
  public:
    explicit DesktopClient(ui::App& app);
    void load_fonts(float content_scale) override;
    platform::FrameOutcome frame() override;
    void on_request(const std::string& request) override;
    void on_files_dropped(const std::vector<std::string>& paths) override;
    void on_close() override;

  private:
    ui::App& app_;
    // RAPPORT_REPORT_STARTUP=1 prints when the first frame and the focused
    // capture box happened (wall-clock ms), for the launch benchmark.
    bool report_startup_ = false;
    bool first_frame_reported_ = false;
    bool capture_reported_ = false;
};

} // namespace rapport
