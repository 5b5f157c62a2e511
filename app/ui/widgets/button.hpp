#pragma once
// Fully rounded buttons with a 48 px hit area.
#include <string_view>

namespace rapport::ui {

enum class ButtonKind {
    Filled, // accent: the one main action on a screen
    Tonal,  // surface-2: secondary actions
    Quiet,  // text only
};

// `width` 0 fits the label. The label is also the button's id within the
// window. Put beside another (SameLine) where it does not fit, it starts the
// next line instead, so a row of buttons wraps on a phone.
bool button(std::string_view label, ButtonKind kind = ButtonKind::Tonal, float width = 0.0f);
// The width button() gives `label` when asked to fit it.
float button_width(std::string_view label);
// A 48 px round button showing one Material icon; `label` names it for
// keyboard users and tests.
bool icon_button(std::string_view label, const char* glyph, bool accent = false);

} // namespace rapport::ui
