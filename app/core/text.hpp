#pragma once
// Text helpers every layer uses: one home, so "trimmed" and "lower-cased"
// mean the same everywhere.
#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

// Without spaces, tabs and line ends at either end.
std::string trim(std::string_view text);

// ASCII letters lower-cased, everything else as it was (SQLite's lower() too).
std::string lower_ascii(std::string text);

// UTF-8, in one place. The character at text[at] (at < size), advancing
// `at` past it; malformed or cut-short bytes give U+FFFD one byte at a time,
// so damaged text still reads and nothing is read past its end.
char32_t next_code_point(std::string_view text, std::size_t& at);
// Appends one code point (U+FFFD for a surrogate or beyond U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);
// The first character of `text` (U+FFFD when it is not valid UTF-8), and
// how many bytes it takes (0 for empty text).
char32_t first_code_point(std::string_view text, std::size_t* length = nullptr);
// Han, kana or Hangul: scripts written without spaces between a family and
// a given name.
bool is_east_asian(char32_t c);

// Runs of non-space characters.
int word_count(std::string_view text);
// Each line, trimmed, empty ones kept (a blank line can end a section).
std::vector<std::string> trimmed_lines(std::string_view text);
// A list line without its bullet ("· ", "• ", "- ", "* ", "– "), trimmed.
std::string without_bullet(std::string_view line);
// Those runs themselves: "  a bc " → {"a", "bc"}.
std::vector<std::string> split_words(std::string_view text);

// "a, b; c" → {"a", "b", "c"}: commas, semicolons and line ends separate,
// empty items are dropped.
std::vector<std::string> split_list(std::string_view text);
// {"a", "b"} → "a, b".
std::string join_list(const std::vector<std::string>& items);

} // namespace rapport::core
