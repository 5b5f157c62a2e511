#pragma once
// A card that teaches what to do when a screen has nothing to show yet.
#include <string_view>

namespace rapport::ui {

void empty_state(std::string_view id, const char* glyph, std::string_view title,
                 std::string_view body);

} // namespace rapport::ui
