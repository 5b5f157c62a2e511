#pragma once
// UTF-8 to code points and back, for the text layer (bidi, glyph needs).
// Malformed bytes decode as U+FFFD, one per byte, so a damaged string still
// draws and never reads past its end.
#include <string>
#include <string_view>

namespace rapport::ui {

// Decodes the character at text[at] and advances `at` past it.
char32_t next_code_point(std::string_view text, std::size_t& at);
void append_utf8(std::string& out, char32_t c);

} // namespace rapport::ui
