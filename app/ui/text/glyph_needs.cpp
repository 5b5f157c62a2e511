#include "ui/text/glyph_needs.hpp"

#include "core/text.hpp"
#include "ui/text/script_fonts.hpp"

namespace rapport::ui {

void GlyphNeeds::note(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        // Plain ASCII, most of any text, costs one comparison.
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
            continue;
        }
        const char32_t c = core::next_code_point(text, at);
        if (c >= 0x10000 || seen_.test(c)) continue;
        seen_.set(c);
        if (!script_font_for(c)) continue;
        wanted_.push_back(c);
        pending_ = true;
    }
}

void GlyphNeeds::already_built(const std::vector<char32_t>& characters) {
    for (const char32_t c : characters) {
        if (c >= 0x10000 || seen_.test(c)) continue;
        seen_.set(c);
        wanted_.push_back(c);
    }
}

} // namespace rapport::ui
