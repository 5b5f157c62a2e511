#pragma once
// A multi-line text box for notes. Unlike a plain ImGui field, Escape only
// leaves the box: it never reverts what was typed.
#include <imgui.h>
#include <string>
#include <string_view>

namespace rapport::ui {

struct TextAreaResult {
    bool changed = false;
    bool active = false;
    int cursor = 0; // byte offset of the caret while active
};

// `pending_cursor` (if not null and >= 0) moves the caret there once the box
// is active, then is reset to -1: a prompt heading puts the caret under it.
TextAreaResult text_area(const char* id, std::string& text, ImVec2 size, std::string_view hint,
                         bool take_focus, int* pending_cursor = nullptr);

// A one-line field with a leading icon and a hint ("Search people…").
bool search_field(const char* id, std::string& text, std::string_view hint, const char* glyph);

} // namespace rapport::ui
