#pragma once
// What a platform backend (desktop GLFW, web) asks of the application. The
// platform owns the window, GL and the ImGui backends; the client owns
// everything drawn.
#include "platform/frame_pacer.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::platform {

// A labelled control drawn in the last frame (ImGui coordinates): what the
// web page publishes for automation (assistive technology gets the fuller
// accessible_screen below).
struct Control {
    std::string label;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct FrameOutcome {
    FrameNeeds needs;
    bool rebuild_fonts = false; // text size changed: rebuild the atlas
    bool quit = false;
    // False: the next frame follows at once and looks the same but for what
    // it finishes (a text box taking the focus asked for in this one), so
    // this one is not put on screen: the person sees the box with its caret
    // one render sooner (at launch into capture, 10 ms on llvmpipe).
    bool present = true;
};

// A change made in the platform's own text input (the web page's, which the
// phone keyboard edits) to the text of the focused field: bytes [from, to)
// replaced by `insert`, then the selection and caret, all in UTF-8 bytes.
// See app/ui/text_bridge.hpp.
struct TextEdit {
    std::uint64_t serial = 0;
    unsigned field = 0;
    int from = 0, to = 0;
    std::string insert;
    int sel_start = 0, sel_end = 0, caret = 0;
};

// What the field with the keyboard holds after the last frame, and the last
// edit it applied; field 0 when none has the keyboard.
struct FocusedText {
    unsigned field = 0;
    std::string text;
    int sel_start = 0, sel_end = 0, caret = 0;
    bool multiline = false;
    std::uint64_t applied = 0;
};

class AppClient {
  public:
    virtual ~AppClient() = default;
    // Fill ImGui's font atlas for this display content scale (1.0 = 96 dpi).
    virtual void load_fonts(float content_scale) = 0;
    // Draw one frame between ImGui::NewFrame and ImGui::Render, then apply
    // what the frame decided.
    virtual FrameOutcome frame() = 0;
    // A later launch asked us for something ("raise", "capture").
    virtual void on_request(const std::string& request) = 0;
    // Files dropped onto the window.
    virtual void on_files_dropped(const std::vector<std::string>& paths) = 0;
    // The window is closing: keep what was typed (ImGui is still alive).
    virtual void on_close() = 0;
    // A text box is about to take the keyboard: keys typed now must wait
    // for it rather than reach whatever has focus (see input_queue.hpp).
    virtual bool keyboard_on_hold() const = 0;
    // Where a tap opens a text box, as x0 y0 x1 y1 in ImGui's coordinates
    // (the web focuses its keyboard input during such a tap).
    virtual std::vector<float> keyboard_targets() const { return {}; }
    // Every labelled control the last frame drew, visible part only.
    virtual std::vector<Control> controls() const { return {}; }
    // Keep, from the next frame on, the screen as a screen reader is to be
    // told it (app/ui/accessible_mirror.hpp): only a platform that mirrors
    // it asks, so the others' frames do not pay for it.
    virtual void keep_accessible_screen() {}
    // That description of the last frame, as JSON; empty when not kept.
    virtual std::string accessible_screen() const { return {}; }
    // A screen reader moved to (`activate` false) or acted on a control of
    // that mirror, named by its keyboard stop and label.
    virtual void on_access(int /*stop*/, const std::string& /*label*/, bool /*activate*/) {}
    // The platform's text input changed (applied by the field next frame).
    virtual void on_text_edit(const TextEdit& /*edit*/) {}
    // What the platform's text input is to hold.
    virtual FocusedText focused_text() const { return {}; }
};

} // namespace rapport::platform
