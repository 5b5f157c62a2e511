#pragma once
// What the page around the canvas is told (rapport-page.js reads it): the
// theme's colours, where text boxes are, the labelled controls, the
// accessible mirror, the focused field, and copies to the clipboard.
#include "platform/app_client.hpp"

#include <string>
#include <vector>

namespace rapport::platform::page {

// The phone's status bar (theme-color) and the page's bars (data-theme)
// follow the app's background, whatever the system's theme.
void publish_background(int red, int green, int blue, bool dark);
// The page's hidden input raises or lowers the phone keyboard.
void show_keyboard(bool show);
// Where a tap will open a text box (device pixels, x0 y0 x1 y1 each): the
// page focuses its input during the tap itself, as phones require to raise
// the keyboard, instead of a few frames later when the box exists.
void publish_keyboard_targets(const std::vector<float>& rects);

// The labelled controls of the last frame, as JSON [{label, x0, y0, x1, y1}]
// in device pixels: a page script or a test finds "Done" by name.
std::string controls_json(const std::vector<Control>& controls);
void publish_controls(const std::string& json);
// The screen as a screen reader is told it (app/ui/accessible_mirror.hpp):
// the page keeps real headings, buttons and inputs in step with it.
void publish_screen(const std::string& json);
// What the field with the keyboard holds, for the page's text input
// (app/ui/text_bridge.hpp says why). `settled`: no key or character the page
// sent is still queued, so the field's text is all the page has typed.
std::string focused_text_json(const FocusedText& f, bool settled);
void publish_focused_text(const std::string& json);
// Emscripten's GLFW clipboard is a stub: Copy goes to the browser's.
void copy_to_browser(const char* text);

} // namespace rapport::platform::page
