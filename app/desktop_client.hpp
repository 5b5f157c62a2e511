#pragma once
// Adapts the UI to the desktop platform's AppClient interface.
#include "platform/app_client.hpp"
#include "ui/app.hpp"

namespace rapport {

class DesktopClient final : public platform::AppClient {
  public:
    explicit DesktopClient(ui::App& app) : app_(app) {}
    void load_fonts(float content_scale) override;
    platform::FrameOutcome frame() override;
    void on_request(const std::string& request) override { app_.handle_request(request); }
    void on_files_dropped(const std::vector<std::string>&) override {}

  private:
    ui::App& app_;
};

} // namespace rapport
