#pragma once
// The desktop backend: a GLFW window with an OpenGL 3.3 core context and the
// ImGui GLFW/OpenGL3 backends, an event-driven loop and content-scale
// handling.
#include "platform/app_client.hpp"

#include <functional>
#include <memory>
#include <string>

struct GLFWwindow;

namespace rapport::platform {

class InstanceLock;

// Wakes the event loop from any thread so the next frame is drawn.
void wake_event_loop();

struct WindowOptions {
    std::string title = "Rapport";
    int width = 420; // logical px; multiplied by the monitor's content scale
    int height = 860;
    int min_width = 320;
    int min_height = 480;
    bool visible = true;      // false for off-screen screenshots
    bool fixed_scale = false; // true: ignore the content scale (screenshots)
};

class DesktopWindow {
  public:
    struct Events; // what the GLFW callbacks record; defined in the .cpp

    // Returns nullptr with a reason in `error` when no window or GL 3.3
    // context can be made. `before_imgui`, if set, runs once the window and
    // GL context exist and before the ImGui context does: work on other
    // threads that allocates through ImGui must end there, because ImGui's
    // allocator reads the current context, which creating one writes.
    static std::unique_ptr<DesktopWindow> create(const WindowOptions& options, std::string& error,
                                                 const std::function<void()>& before_imgui = {});
    // The content scale the window will most likely get (the primary
    // monitor's), known before creating it so fonts can be built meanwhile.
    static float expected_content_scale(const WindowOptions& options);
    ~DesktopWindow();
    DesktopWindow(const DesktopWindow&) = delete;
    DesktopWindow& operator=(const DesktopWindow&) = delete;

    // Runs until the window closes or the client quits. Requests from other
    // launches arrive through `lock` (may be null).
    void run(AppClient& client, InstanceLock* lock);

    // Renders `settle_frames` frames into an off-screen framebuffer of the
    // window's size and writes the last one as a PNG.
    bool render_png(AppClient& client, int settle_frames, const std::string& path,
                    std::string& error);

    void raise();
    // The window has the keyboard focus (the person is looking at it).
    bool focused() const;
    float content_scale() const { return content_scale_; }

  private:
    DesktopWindow() = default;
    void install_callbacks();
    void draw_frame(AppClient& client, FrameOutcome& outcome);
    void apply_scale(AppClient& client, float scale);

    GLFWwindow* window_ = nullptr;
    WindowOptions options_;
    float content_scale_ = 1.0f;
    float pending_scale_ = 0.0f;
    bool imgui_ready_ = false;
    bool device_objects_ready_ = false; // shaders and font texture made
    std::unique_ptr<Events> events_;
};

} // namespace rapport::platform
