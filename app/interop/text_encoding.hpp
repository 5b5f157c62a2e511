#pragma once
// Text helpers every file format needs: UTF-8 validation and BOM handling.
#include <string>
#include <string_view>

namespace rapport::interop {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);
// `text` without a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view text);

// Without leading and trailing spaces, tabs and line ends.
std::string trimmed(std::string_view text);

// Windows-1252 (a superset of Latin-1 that old exporters write) to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

struct DecodedText {
    std::string text;  // UTF-8 without a BOM
    std::string error; // why the bytes are not text, or empty
};
// A file's bytes as UTF-8 text: UTF-8 (with or without BOM), UTF-16 with a
// BOM (as Windows tools write), or else Windows-1252. NUL bytes without a
// UTF-16 BOM mean the file is not text at all.
DecodedText decode_text(std::string_view bytes);

} // namespace rapport::interop
