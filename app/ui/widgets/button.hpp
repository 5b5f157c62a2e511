#pragma once
// Fully rounded buttons with a 48 px hit area.
#include <string_view>

namespace rapport::ui {

enum class ButtonKind {
    Filled, // accent: the one main action on a screen
    Tonal,  // surface-2: secondary actions
    Quiet,  // text only
};

// `width` 0 fits the label. The label is also the button's id within the window.
bool button(std::string_view label, ButtonKind kind = ButtonKind::Tonal, float width = 0.0f);
// The width button() gives `label` when asked to fit it.
float button_width(std::string_view label);
// Between two buttons in a row: the next one (`next_label`) goes beside the
// last item when it fits before the content's right edge, else on a line of
// its own, so a row of actions wraps instead of running off a phone.
void beside_if_fits(std::string_view next_label);
// A 48 px round button showing one Material icon; `label` names it for
// keyboard users and tests.
bool icon_button(std::string_view label, const char* glyph, bool accent = false);

} // namespace rapport::ui
