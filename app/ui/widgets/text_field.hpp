#pragma once
// A labelled one-line field for forms, 48 px tall, full width. Escape leaves
// the field without undoing what was typed.
#include <string>
#include <string_view>

namespace rapport::ui {

// Returns true when the text changed.
bool text_field(std::string_view label, std::string& text, std::string_view hint = {},
                bool take_focus = false);

} // namespace rapport::ui
