// What the page around the canvas is told each frame (rapport-page.js reads
// it): the theme's colours, where text boxes are, the labelled controls, the
// accessible mirror, the focused field, and copies to the clipboard.
#include "platform/web/page_bridge.hpp"

#include <emscripten.h>

#include <cstdio>
#include <string_view>

namespace rapport::platform::page {
namespace {

// The app's background, for the page around it: the phone's status bar
// (theme-color) and the page's own bars (data-theme) match the app's theme,
// whatever the system's.
EM_JS(void, js_publish_background, (int red, int green, int blue, int dark), {
    // clang-format off
    const hex = "#" + [red, green, blue].map((c) => c.toString(16).padStart(2, "0")).join("");
    // clang-format on
    const meta = document.querySelector("meta[name=theme-color]");
    if (meta) meta.setAttribute("content", hex);
    document.documentElement.dataset.theme = dark ? "dark" : "light";
});

// The page's hidden input raises the phone keyboard (rapport-page.js).
EM_JS(void, js_show_keyboard, (int show), {
    if (Module.rapportKeyboard) Module.rapportKeyboard(show);
});

// Where a tap will open a text box (device pixels, x0 y0 x1 y1 each): the
// page focuses its input during the tap itself, as phones require to raise
// the keyboard, instead of a few frames later when the box exists.
EM_JS(void, js_publish_keyboard_targets, (const float* rects, int count), {
    Module.rapportKeyboardTargets =
        Array.from(HEAPF32.subarray(rects >> 2, (rects >> 2) + count * 4));
});

// The labelled controls of the last frame, as JSON [{label, x0, y0, x1, y1}]
// in device pixels: a page script or a test finds "Done" by name.
EM_JS(void, js_publish_controls, (const char* json),
      { Module.rapportControls = JSON.parse(UTF8ToString(json)); });

// The screen as a screen reader is told it (app/ui/accessible_mirror.hpp):
// the page keeps real headings, buttons and inputs in step with it.
EM_JS(void, js_publish_screen, (const char* json), {
    if (Module.rapportMirror) Module.rapportMirror(JSON.parse(UTF8ToString(json)));
});

// `text` as a JSON string's contents (UTF-8 passes through).
void append_json_string(std::string& json, std::string_view text) {
    char escaped[8];
    for (const unsigned char ch : text) {
        if (ch == '"' || ch == '\\') {
            json += '\\';
            json += static_cast<char>(ch);
        } else if (ch < 0x20) {
            std::snprintf(escaped, sizeof escaped, "\\u%04x", ch);
            json += escaped;
        } else {
            json += static_cast<char>(ch);
        }
    }
}

// What the field with the keyboard holds, for the page's text input
// (rapport-page.js keeps it in step; app/ui/text_bridge.hpp says why).
// `settled`: no key or character the page sent is still queued, so the
// field's text is all the page has typed.
EM_JS(void, js_publish_focused_text, (const char* json), {
    if (Module.rapportFocusedText) Module.rapportFocusedText(JSON.parse(UTF8ToString(json)));
});

// Emscripten's GLFW clipboard is a stub: Copy goes to the browser's
// clipboard (and is kept here, so the app's own paste still works).
EM_JS(void, js_copy_to_browser, (const char* text), {
    const t = UTF8ToString(text);
    Module.rapportCopied = t;
    if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(t).catch(
            function(e) { console.warn('rapport: the browser did not take the copy', e); });
});

} // namespace

std::string controls_json(const std::vector<Control>& controls) {
    std::string json = "[";
    char number[160];
    for (const Control& c : controls) {
        if (json.size() > 1) json += ',';
        json += "{\"label\":\"";
        append_json_string(json, c.label);
        std::snprintf(number, sizeof number, "\",\"x0\":%.1f,\"y0\":%.1f,\"x1\":%.1f,\"y1\":%.1f}",
                      static_cast<double>(c.x0), static_cast<double>(c.y0),
                      static_cast<double>(c.x1), static_cast<double>(c.y1));
        json += number;
    }
    return json + "]";
}

std::string focused_text_json(const FocusedText& f, bool settled) {
    std::string json = "{\"text\":\"";
    append_json_string(json, f.text);
    char numbers[200];
    std::snprintf(numbers, sizeof numbers,
                  "\",\"field\":%u,\"start\":%d,\"end\":%d,\"caret\":%d,\"multiline\":%s,"
                  "\"applied\":%llu,\"settled\":%s}",
                  f.field, f.sel_start, f.sel_end, f.caret, f.multiline ? "true" : "false",
                  static_cast<unsigned long long>(f.applied), settled ? "true" : "false");
    return json + numbers;
}

void publish_background(int red, int green, int blue, bool dark) {
    js_publish_background(red, green, blue, dark ? 1 : 0);
}
void show_keyboard(bool show) {
    js_show_keyboard(show ? 1 : 0);
}
void publish_keyboard_targets(const std::vector<float>& rects) {
    js_publish_keyboard_targets(rects.data(), static_cast<int>(rects.size() / 4));
}
void publish_controls(const std::string& json) {
    js_publish_controls(json.c_str());
}
void publish_screen(const std::string& json) {
    js_publish_screen(json.c_str());
}
void publish_focused_text(const std::string& json) {
    js_publish_focused_text(json.c_str());
}
void copy_to_browser(const char* text) {
    js_copy_to_browser(text);
}

} // namespace rapport::platform::page
