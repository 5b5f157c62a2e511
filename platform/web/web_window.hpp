#pragma once
// The browser as a platform: a WebGL2 canvas sized to the page at the
// device's pixel ratio, touch fed to ImGui by hand (Emscripten 3.1.6's GLFW
// drops touch coordinates), the phone keyboard raised through a hidden
// <input>, and frames drawn only when something changed.
#include "platform/app_client.hpp"

#include <functional>
#include <memory>
#include <string>

struct GLFWwindow;

namespace rapport::platform {

class WebWindow {
  public:
    static std::unique_ptr<WebWindow> create(std::string& error);
    ~WebWindow();
    WebWindow(const WebWindow&) = delete;
    WebWindow& operator=(const WebWindow&) = delete;

    // Runs the browser's animation-frame loop; returns at once (the page
    // keeps it going). `after_frame` runs after every drawn frame.
    void run(AppClient& client, std::function<void()> after_frame);

    struct State; // shared with the browser's callbacks

  private:
    WebWindow() = default;
    std::unique_ptr<State> state_;
};

} // namespace rapport::platform
