#pragma once
// A labelled one-line field for forms, 48 px tall, full width. Escape leaves
// the field without undoing what was typed.
#include <string>
#include <string_view>

namespace rapport::ui {

enum class FieldKind {
    Text,
    Password, // shown as dots
};

// Returns true when the text changed.
bool text_field(std::string_view label, std::string& text, std::string_view hint = {},
                bool take_focus = false, FieldKind kind = FieldKind::Text);
// True when Enter was pressed in the last text_field drawn: a form whose
// last field that is submits on it, as a form on the web or a phone does.
bool text_field_entered();

} // namespace rapport::ui
