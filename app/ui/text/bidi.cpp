#include "ui/text/bidi.hpp"

#include "core/text.hpp"

#include <vector>

#if RAPPORT_HAVE_FRIBIDI
#include <fribidi.h>
#endif

namespace rapport::ui {
namespace {

bool right_to_left(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF);
}

} // namespace

bool has_right_to_left(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        // Every right-to-left character starts with a byte from 0xD6 up.
        if (static_cast<unsigned char>(text[at]) < 0xD6) {
            ++at;
            continue;
        }
        if (right_to_left(core::next_code_point(text, at))) return true;
    }
    return false;
}

std::string visual_order(std::string_view text) {
#if RAPPORT_HAVE_FRIBIDI
    if (!has_right_to_left(text)) return std::string(text);
    std::vector<FriBidiChar> logical;
    logical.reserve(text.size());
    for (std::size_t at = 0; at < text.size();)
        logical.push_back(core::next_code_point(text, at));
    std::vector<FriBidiChar> visual(logical.size());
    // The paragraph's direction is that of its first strong character, as
    // a browser does with dir="auto".
    FriBidiParType base = FRIBIDI_PAR_ON;
    // log2vis also joins Arabic letters (FRIBIDI_FLAGS_ARABIC).
    if (!fribidi_log2vis(logical.data(), static_cast<FriBidiStrIndex>(logical.size()), &base,
                         visual.data(), nullptr, nullptr, nullptr))
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (const FriBidiChar c : visual)
        // Joiners and marks the shaping left in place draw as nothing.
        if (c != 0xFEFF && c != 0x200C && c != 0x200D && c != 0x200E && c != 0x200F)
            core::append_utf8(out, c);
    return out;
#else
    return std::string(text);
#endif
}

} // namespace rapport::ui
