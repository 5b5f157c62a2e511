#pragma once
// Which Debian Noto font draws a character the embedded Noto Sans has not
// got: CJK, Hangul, Arabic, Hebrew, Devanagari, Thai and the other scripts
// fonts-noto-core and fonts-noto-cjk cover. A fixed table rather than a
// fontconfig query, so the same character always gets the same font and the
// answer needs no font cache at launch.
#include <cstdint>
#include <string_view>

namespace rapport::ui {

struct ScriptFont {
    std::string_view script;  // "Arabic"
    std::string_view regular; // a path under /usr/share/fonts
    std::string_view bold;    // the same for bold text; may equal regular
    int face = 0;             // the face inside a .ttc collection
    // Cut to the characters in use before the atlas reads it (a 19 MB
    // collection; see FontFiles::subset).
    bool cut = false;
};

// The font for `c`, or nullptr when the embedded font has it (Latin, Greek,
// Cyrillic, punctuation) or no Noto font in the table does.
const ScriptFont* script_font_for(char32_t c);

} // namespace rapport::ui
