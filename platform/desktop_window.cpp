#include "platform/desktop_window.hpp"

#include "platform/input_queue.hpp"
#include "platform/instance_lock.hpp"
#include "platform/offscreen_png.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <imgui.h>

namespace rapport::platform {

// Shared with the GLFW callbacks through the window user pointer.
struct DesktopWindow::Events {
    FramePacer pacer;
    InputQueue input; // keys, text and the pointer, in order
    float reported_scale = 1.0f;
    std::vector<std::string> dropped;
};

namespace {

DesktopWindow::Events* events_of(GLFWwindow* window);

void on_error(int code, const char* description) {
    std::fprintf(stderr, "rapport: GLFW error %d: %s\n", code, description);
}

} // namespace

void wake_event_loop() {
    glfwPostEmptyEvent();
}

float DesktopWindow::expected_content_scale(const WindowOptions& options) {
    if (options.fixed_scale) return 1.0f;
    glfwSetErrorCallback(on_error);
    if (!glfwInit()) return 1.0f; // create() says why
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    float x = 1.0f, y = 1.0f;
    if (monitor) glfwGetMonitorContentScale(monitor, &x, &y);
    return std::max(0.5f, x);
}

std::unique_ptr<DesktopWindow> DesktopWindow::create(const WindowOptions& options,
                                                     std::string& error,
                                                     const std::function<void()>& before_imgui) {
    glfwSetErrorCallback(on_error);
    if (!glfwInit()) {
        error = "cannot open a window: no display could be reached (is DISPLAY or "
                "WAYLAND_DISPLAY set?)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, options.fixed_scale ? GLFW_FALSE : GLFW_TRUE);

    std::unique_ptr<DesktopWindow> self(new DesktopWindow());
    self->options_ = options;
    self->window_ =
        glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!self->window_) {
        glfwTerminate();
        error = "cannot create an OpenGL 3.3 core context; Rapport needs OpenGL 3.3 "
                "(install Mesa's libgl1-mesa-dri or update the graphics driver)";
        return nullptr;
    }
    glfwMakeContextCurrent(self->window_);
    glfwSwapInterval(1);

    float scale_x = 1.0f, scale_y = 1.0f;
    if (!options.fixed_scale) glfwGetWindowContentScale(self->window_, &scale_x, &scale_y);
    self->content_scale_ = std::max(0.5f, scale_x);
    glfwSetWindowSizeLimits(self->window_,
                            static_cast<int>(options.min_width * self->content_scale_),
                            static_cast<int>(options.min_height * self->content_scale_),
                            GLFW_DONT_CARE, GLFW_DONT_CARE);

    self->events_ = std::make_unique<Events>();
    self->events_->reported_scale = self->content_scale_;
    glfwSetWindowUserPointer(self->window_, self->events_.get());

    if (before_imgui) before_imgui();
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr; // layout comes from code, not a file
    // Our callbacks forward to ImGui's, so the backend must not install its own.
    ImGui_ImplGlfw_InitForOpenGL(self->window_, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    self->imgui_ready_ = true;
    self->install_callbacks();
    return self;
}

DesktopWindow::~DesktopWindow() {
    if (imgui_ready_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

namespace {

DesktopWindow::Events* events_of(GLFWwindow* window) {
    return static_cast<DesktopWindow::Events*>(glfwGetWindowUserPointer(window));
}

// The screens draw no full-screen backdrop: the frame starts as the theme's
// background (the style's window colour).
void clear_to_background() {
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
}

} // namespace

void DesktopWindow::install_callbacks() {
    // Input goes into the queue, in order, and reaches ImGui a frame at a
    // time; every callback marks the pacer so the next frames get drawn.
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int focused) {
        events_of(w)->pacer.note_event();
        ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        events_of(w)->pacer.note_event();
        if (!entered) events_of(w)->input.mouse_move(-FLT_MAX, -FLT_MAX);
    });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) {
        events_of(w)->pacer.note_event();
        events_of(w)->input.mouse_move(static_cast<float>(x), static_cast<float>(y));
    });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int) {
        events_of(w)->pacer.note_event();
        events_of(w)->input.mouse_button(button, action == GLFW_PRESS);
    });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double x, double y) {
        events_of(w)->pacer.note_event();
        events_of(w)->input.wheel(static_cast<float>(x), static_cast<float>(y));
    });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int key, int, int action, int mods) {
        events_of(w)->pacer.note_event();
        // A held key repeats through ImGui's own timer, as the backend does.
        if (action != GLFW_REPEAT) events_of(w)->input.key(key, action == GLFW_PRESS, mods);
    });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int c) {
        events_of(w)->pacer.note_event();
        events_of(w)->input.character(c);
    });
    glfwSetWindowSizeCallback(window_,
                              [](GLFWwindow* w, int, int) { events_of(w)->pacer.note_event(); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { events_of(w)->pacer.note_event(); });
    glfwSetWindowContentScaleCallback(window_, [](GLFWwindow* w, float x, float) {
        events_of(w)->reported_scale = x;
        events_of(w)->pacer.note_event();
    });
    glfwSetDropCallback(window_, [](GLFWwindow* w, int count, const char** paths) {
        for (int i = 0; i < count; ++i)
            events_of(w)->dropped.emplace_back(paths[i]);
        events_of(w)->pacer.note_event();
    });
    glfwSetMonitorCallback(ImGui_ImplGlfw_MonitorCallback);
}

void DesktopWindow::apply_scale(AppClient& client, float scale) {
    content_scale_ = scale;
    ImGui::GetIO().Fonts->Clear();
    client.load_fonts(scale);
    if (!device_objects_ready_) {
        // Shaders and the font texture, once; the backend would otherwise
        // make them in its first NewFrame and upload the atlas a second time.
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        device_objects_ready_ = true;
    } else {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The GPU has the pixels; the CPU copies (alpha and RGBA, 10 MB at 1x)
    // are not needed again until the next rebuild.
    ImGui::GetIO().Fonts->ClearTexData();
}

void DesktopWindow::draw_frame(AppClient& client, FrameOutcome& outcome) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    events_->input.deliver(ImGui::GetIO(), client.keyboard_on_hold());
    ImGui::NewFrame();
    outcome = client.frame();
    ImGui::Render();
}

bool DesktopWindow::focused() const {
    return glfwGetWindowAttrib(window_, GLFW_FOCUSED) == GLFW_TRUE;
}

void DesktopWindow::raise() {
    glfwShowWindow(window_);
    glfwRestoreWindow(window_);
    glfwFocusWindow(window_);
}

void DesktopWindow::run(AppClient& client, InstanceLock* lock) {
    apply_scale(client, content_scale_);
    if (lock) lock->set_wakeup([] { glfwPostEmptyEvent(); });
    double last_frame = glfwGetTime();
    while (!glfwWindowShouldClose(window_)) {
        double wait = events_->pacer.wait_seconds(glfwGetTime() - last_frame);
        // Input still queued (a fast burst, or keys held for a text box)
        // is handed over frame by frame without waiting.
        if (!events_->input.empty()) wait = 0;
        if (wait < 0)
            glfwWaitEvents();
        else if (wait > 0)
            glfwWaitEventsTimeout(wait);
        else
            glfwPollEvents();

        if (lock) {
            for (const std::string& request : lock->take_requests()) {
                if (request == "raise" || request == "capture" || request.rfind("open:", 0) == 0)
                    raise();
                client.on_request(request);
                events_->pacer.note_event();
            }
        }
        if (!events_->dropped.empty()) {
            client.on_files_dropped(events_->dropped);
            events_->dropped.clear();
        }
        if (std::fabs(events_->reported_scale - content_scale_) > 0.01f && !options_.fixed_scale)
            apply_scale(client, events_->reported_scale);

        // With a negative wait we only woke for an event; with a timeout we
        // draw because an animation or the caret asked for it.
        FrameOutcome outcome;
        draw_frame(client, outcome);
        if (outcome.present) {
            int width = 0, height = 0;
            glfwGetFramebufferSize(window_, &width, &height);
            glViewport(0, 0, width, height);
            clear_to_background();
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            glfwSwapBuffers(window_);
        }
        last_frame = glfwGetTime();
        events_->pacer.note_frame(outcome.needs);
        if (outcome.rebuild_fonts) {
            apply_scale(client, content_scale_);
            events_->pacer.note_event();
        }
        if (outcome.quit) glfwSetWindowShouldClose(window_, GLFW_TRUE);
    }
    client.on_close();
}

bool DesktopWindow::render_png(AppClient& client, int settle_frames, const std::string& path,
                               std::string& error) {
    apply_scale(client, content_scale_);
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    OffscreenTarget target;
    if (!target.create(width, height, error)) return false;
    for (int i = 0; i < settle_frames; ++i) {
        glfwPollEvents();
        FrameOutcome outcome;
        draw_frame(client, outcome);
        if (outcome.rebuild_fonts) apply_scale(client, content_scale_);
        target.bind();
        clear_to_background();
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    return target.write_png(path, error);
}

} // namespace rapport::platform
