#include "platform/web/web_window.hpp"

#include "platform/frame_pacer.hpp"
#include "platform/input_queue.hpp"
#include "platform/web/page_bridge.hpp"
#include "platform/web/webgl_renderer.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::platform {

struct WebWindow::State {
    GLFWwindow* window = nullptr;
    AppClient* client = nullptr;
    std::function<void()> after_frame;
    float dpr = 1.0f;
    int width = 0, height = 0; // canvas backing store, device pixels
    // Touch, keys from the page's keyboard bridge and from GLFW, and text,
    // in order (see platform/input_queue.hpp).
    InputQueue input;
    double last_touch = -1e9;
    bool keyboard_shown = false;
    bool dirty = true; // something happened since the last frame
    FramePacer pacer;  // as on the desktop: a few frames after each event, then idle
    WebglRenderer renderer;
    double last_frame = 0;
    double next_draw = 0;           // when the pacer wants the next frame; < 0: on the next event
    std::string published_controls; // what the page last got (publish_controls)
    std::string published_screen;   // the accessible mirror the page last got
    std::string published_text;     // the focused field as the page last got it
    std::string clipboard;          // the last Copy (the browser's cannot be read back)
    ImU32 published_background = 0; // the page's colours follow the app's theme
};

namespace {

double now_seconds() {
    return emscripten_get_now() / 1000.0;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* event, void* user) {
    auto* s = static_cast<WebWindow::State*>(user);
    s->last_touch = now_seconds();
    s->dirty = true;
    // The first finger drives the pointer; a second one is ignored (no pinch).
    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < event->numTouches; ++i)
        if (event->touches[i].isChanged) {
            t = &event->touches[i];
            break;
        }
    if (!t) return EM_TRUE;
    const float x = static_cast<float>(t->targetX) * s->dpr;
    const float y = static_cast<float>(t->targetY) * s->dpr;
    // The queue shows a tap as a move, then a press a frame later: ImGui
    // 1.86 must see the pointer over a widget before the button goes down.
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        s->input.mouse_move(x, y);
        s->input.mouse_button(0, true);
        break;
    case EMSCRIPTEN_EVENT_TOUCHMOVE:
        s->input.mouse_move(x, y);
        break;
    default: // end or cancel: release, then lift the pointer off the screen
        s->input.mouse_move(x, y);
        s->input.mouse_button(0, false);
        s->input.mouse_move(-FLT_MAX, -FLT_MAX);
        break;
    }
    return EM_TRUE; // no synthetic mouse events, no double taps, no page zoom
}

// A mouse or trackpad (a laptop's browser): GLFW hands the event to ImGui,
// and this asks for the frame that reads it. Without it a click waited for
// the next unrelated event (the loop draws only when something happened).
EM_BOOL on_mouse(int, const EmscriptenMouseEvent*, void* user) {
    static_cast<WebWindow::State*>(user)->dirty = true;
    return EM_FALSE; // GLFW still gets it
}

// The wheel is read here, not through GLFW: Emscripten 3.1.6's GLFW hands
// on the browser's pixels with the sign the other way round, so a notch down
// scrolled 100 lines up. Lines as the desktop gives them: up is positive.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void* user) {
    auto* s = static_cast<WebWindow::State*>(user);
    const double per_line = event->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                            : event->deltaMode == DOM_DELTA_PAGE ? 0.1
                                                                 : 1.0;
    s->input.wheel(static_cast<float>(-event->deltaX / per_line),
                   static_cast<float>(-event->deltaY / per_line));
    s->dirty = true;
    return EM_TRUE; // the page itself does not scroll
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void* user) {
    static_cast<WebWindow::State*>(user)->dirty = true;
    return EM_FALSE;
}

// Sizes the canvas's backing store to its CSS box times the pixel ratio.
bool fit_canvas(WebWindow::State& s) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
    const bool scale_changed = std::fabs(dpr - s.dpr) > 0.01f;
    if (w != s.width || h != s.height) {
        emscripten_set_canvas_element_size("#canvas", w, h);
        s.width = w;
        s.height = h;
        s.dirty = true;
    }
    s.dpr = dpr;
    return scale_changed;
}

void rebuild_fonts(WebWindow::State& s) {
    ImGui::GetIO().Fonts->Clear();
    s.client->load_fonts(s.dpr);
    s.renderer.upload_fonts();
    ImGui::GetIO().Fonts->ClearTexData(); // the GPU has it: free the CPU copies
}

// A mouse (not a finger) is read by the GLFW backend in CSS pixels; ImGui
// works in device pixels.
void scale_mouse(WebWindow::State& s, ImGuiIO& io) {
    if (io.MousePos.x != -FLT_MAX)
        io.MousePos = ImVec2(io.MousePos.x * s.dpr, io.MousePos.y * s.dpr);
}

void frame(void* user) {
    auto& s = *static_cast<WebWindow::State*>(user);
    if (fit_canvas(s)) {
        rebuild_fonts(s);
        s.dirty = true;
    }
    const double now = now_seconds();
    const bool event = s.dirty || !s.input.empty();
    if (event) {
        s.pacer.note_event();
        s.dirty = false;
    }
    // The browser calls at its frame rate; draw only on an event or when the
    // pacer asked (animation, the caret, a timer).
    if (!event && (s.next_draw < 0 || now < s.next_draw - 0.002)) return;

    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(s.width), static_cast<float>(s.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    // ImGui's clock follows the real one, idle time included: a
    // confirmation's timer wakes one frame when it is due, and that frame
    // must see the seconds that passed (capped at 0.25 s, a 4-second toast
    // took some 35 s of wake-ups to leave). Headless browsers may run on
    // virtual time, where no time passes: never less than a 240 Hz frame.
    io.DeltaTime = static_cast<float>(std::max(now - s.last_frame, 1.0 / 240));
    s.last_frame = now;
    const bool touching = now_seconds() - s.last_touch < 1.0;
    if (!touching) scale_mouse(s, io);
    // As on the desktop: keys wait while a text box is about to take them.
    s.input.deliver(io, s.client->keyboard_on_hold(), touching);
    if (!s.input.empty()) s.dirty = true;

    ImGui::NewFrame();
    const FrameOutcome outcome = s.client->frame();
    ImGui::Render();
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    s.renderer.render(*ImGui::GetDrawData(), s.width, s.height, background);
    if (const ImU32 packed = ImGui::ColorConvertFloat4ToU32(background);
        packed != s.published_background) {
        s.published_background = packed;
        const float luma = 0.2126f * background.x + 0.7152f * background.y + 0.0722f * background.z;
        page::publish_background(static_cast<int>(packed & 0xFF),
                                 static_cast<int>((packed >> 8) & 0xFF),
                                 static_cast<int>((packed >> 16) & 0xFF), luma < 0.5f);
    }

    s.pacer.note_frame(outcome.needs);
    if (outcome.rebuild_fonts) {
        rebuild_fonts(s);
        s.pacer.note_event();
    }
    const double wait = s.pacer.wait_seconds(0.0);
    s.next_draw = wait < 0 ? -1 : now + wait;
    page::publish_keyboard_targets(s.client->keyboard_targets());
    // Only when it changed: most frames redraw the same screen.
    std::string controls = page::controls_json(s.client->controls());
    if (controls != s.published_controls) {
        page::publish_controls(controls);
        s.published_controls = std::move(controls);
    }
    std::string screen = s.client->accessible_screen();
    if (screen != s.published_screen) {
        page::publish_screen(screen);
        s.published_screen = std::move(screen);
    }
    std::string text = page::focused_text_json(s.client->focused_text(), s.input.empty());
    if (text != s.published_text) {
        page::publish_focused_text(text);
        s.published_text = std::move(text);
    }
    if (io.WantTextInput != s.keyboard_shown) {
        s.keyboard_shown = io.WantTextInput;
        page::show_keyboard(s.keyboard_shown);
    }
    if (s.after_frame) s.after_frame();
}

} // namespace

std::unique_ptr<WebWindow> WebWindow::create(std::string& error) {
    if (!glfwInit()) {
        error = "this browser cannot start the app (GLFW)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // An opaque canvas with colour only: no depth or stencil buffer for the
    // browser to clear each frame, nothing for the compositor to blend.
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    std::unique_ptr<WebWindow> self(new WebWindow());
    self->state_ = std::make_unique<State>();
    State& s = *self->state_;
    s.window = glfwCreateWindow(390, 844, "Rapport", nullptr, nullptr);
    if (!s.window) {
        error = "this browser has no WebGL2";
        return nullptr;
    }
    glfwMakeContextCurrent(s.window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(s.window, true);
    // Keys and text typed on a hardware keyboard (outside the hidden input)
    // join the same queue as the bridge's; the backend keeps the mouse.
    glfwSetWindowUserPointer(s.window, &s);
    glfwSetKeyCallback(s.window, [](GLFWwindow* w, int key, int, int action, int) {
        auto* st = static_cast<WebWindow::State*>(glfwGetWindowUserPointer(w));
        if (action != GLFW_REPEAT) st->input.key(key, action == GLFW_PRESS);
        st->dirty = true;
    });
    glfwSetCharCallback(s.window, [](GLFWwindow* w, unsigned int c) {
        auto* st = static_cast<WebWindow::State*>(glfwGetWindowUserPointer(w));
        st->input.character(c);
        st->dirty = true;
    });
    if (!s.renderer.create(error)) return nullptr;
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = &s;
    io.SetClipboardTextFn = [](void* user, const char* text) {
        static_cast<WebWindow::State*>(user)->clipboard = text;
        page::copy_to_browser(text);
    };
    io.GetClipboardTextFn = [](void* user) -> const char* {
        return static_cast<WebWindow::State*>(user)->clipboard.c_str();
    };
    emscripten_set_touchstart_callback("#canvas", &s, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback("#canvas", &s, EM_TRUE, on_touch);
    emscripten_set_touchend_callback("#canvas", &s, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback("#canvas", &s, EM_TRUE, on_touch);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &s, EM_FALSE, on_resize);
    emscripten_set_mousedown_callback("#canvas", &s, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &s, EM_FALSE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &s, EM_FALSE, on_mouse);
    glfwSetScrollCallback(s.window, nullptr); // on_wheel reads it instead
    emscripten_set_wheel_callback("#canvas", &s, EM_FALSE, on_wheel);
    // The page's keyboard bridge passes this back to the functions below.
    EM_ASM({ Module.rapportState = $0; }, &s);
    return self;
}

WebWindow::~WebWindow() {
    EM_ASM({ Module.rapportState = 0; });
}

void WebWindow::run(AppClient& client, std::function<void()> after_frame) {
    State& s = *state_;
    s.client = &client;
    s.after_frame = std::move(after_frame);
    client.keep_accessible_screen();
    fit_canvas(s);
    client.load_fonts(s.dpr);
    // The atlas's CPU copies are freed once uploaded (tens of MB at a
    // phone's 3x).
    s.renderer.upload_fonts();
    ImGui::GetIO().Fonts->ClearTexData();
    s.last_frame = now_seconds();
    emscripten_set_main_loop_arg(frame, &s, 0, EM_FALSE);
}

} // namespace rapport::platform

// Called by the page's hidden <input> with Module.rapportState: text typed
// on a phone keyboard, and the editing keys (Backspace, Enter, arrows…) as
// GLFW key codes.
extern "C" {

EMSCRIPTEN_KEEPALIVE void rapport_web_text(void* state, const char* utf8) {
    auto* s = static_cast<rapport::platform::WebWindow::State*>(state);
    if (!s) return;
    // UTF-8 to code points, as GLFW's character callback would give them.
    for (const char* p = utf8; *p;) {
        unsigned int cp = 0;
        p += ImTextCharFromUtf8(&cp, p, nullptr);
        s->input.character(cp);
    }
    s->dirty = true;
}

EMSCRIPTEN_KEEPALIVE void rapport_web_key(void* state, int glfw_key, int down, int ctrl,
                                          int shift) {
    auto* s = static_cast<rapport::platform::WebWindow::State*>(state);
    if (!s) return;
    // Modifiers as keys of their own around the key, as a keyboard sends them.
    constexpr int kLeftShift = 340, kLeftControl = 341;
    if (down) {
        if (ctrl) s->input.key(kLeftControl, true);
        if (shift) s->input.key(kLeftShift, true);
        s->input.key(glfw_key, true);
    } else {
        s->input.key(glfw_key, false);
        if (shift) s->input.key(kLeftShift, false);
        if (ctrl) s->input.key(kLeftControl, false);
    }
    s->dirty = true;
}

// A screen reader (or the keyboard, in the page's mirror) moved to, or acted
// on, the mirror's control with keyboard stop `stop` and `label`.
EMSCRIPTEN_KEEPALIVE void rapport_web_access(void* state, int stop, const char* label,
                                             int activate) {
    auto* s = static_cast<rapport::platform::WebWindow::State*>(state);
    if (!s || !s->client) return;
    s->client->on_access(stop, label, activate != 0);
    s->dirty = true;
}

// The page's text input changed: bytes [from, to) of the focused field's
// text replaced by `insert`, then the selection (app/ui/text_bridge.hpp).
// The serial comes as a double: JavaScript numbers, exact to 2^53.
EMSCRIPTEN_KEEPALIVE void rapport_web_edit(void* state, double serial, unsigned field, int from,
                                           int to, const char* insert, int sel_start, int sel_end,
                                           int caret) {
    auto* s = static_cast<rapport::platform::WebWindow::State*>(state);
    if (!s || !s->client) return;
    s->client->on_text_edit(
        {static_cast<std::uint64_t>(serial), field, from, to, insert, sel_start, sel_end, caret});
    s->dirty = true;
}

EMSCRIPTEN_KEEPALIVE void rapport_web_wake(void* state) {
    if (auto* s = static_cast<rapport::platform::WebWindow::State*>(state)) s->dirty = true;
}
}
