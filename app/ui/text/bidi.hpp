#pragma once
// Right-to-left text in the order it is seen: Hebrew and Arabic runs
// reversed by the Unicode bidirectional algorithm (GNU FriBidi), Arabic
// letters joined into their presentation forms, left-to-right runs inside
// them kept in order. Dear ImGui draws code points left to right, so text is
// turned into this visual order just before it is measured and drawn.
#include <string>
#include <string_view>

namespace rapport::ui {

// True when `text` holds a right-to-left character (Hebrew, Arabic, Syriac,
// Thaana and their presentation forms).
bool has_right_to_left(std::string_view text);

// `text` (one line) in visual order. Text with no right-to-left character
// comes back unchanged.
std::string visual_order(std::string_view text);

} // namespace rapport::ui
