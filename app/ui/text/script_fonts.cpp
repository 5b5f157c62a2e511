#include "ui/text/script_fonts.hpp"

#include <iterator>

namespace rapport::ui {
namespace {

#define NOTO(name) "/usr/share/fonts/truetype/noto/NotoSans" name "-Regular.ttf"
#define NOTO_BOLD(name) "/usr/share/fonts/truetype/noto/NotoSans" name "-Bold.ttf"
#define SCRIPT(name)                                                                               \
    ScriptFont {                                                                                   \
        name, NOTO(name), NOTO_BOLD(name), 0                                                       \
    }
#define SCRIPT_REGULAR_ONLY(name)                                                                  \
    ScriptFont {                                                                                   \
        name, NOTO(name), NOTO(name), 0                                                            \
    }

// Simplified Chinese is the face used for Han; kana and Hangul look the same
// in every face of the collection.
constexpr ScriptFont kCjkFont{"CJK", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                              "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, true};

constexpr ScriptFont kScripts[] = {
    SCRIPT("Armenian"),
    SCRIPT("Hebrew"),
    SCRIPT("Arabic"),
    SCRIPT_REGULAR_ONLY("Syriac"),
    SCRIPT("Thaana"),
    SCRIPT("Devanagari"),
    SCRIPT("Bengali"),
    SCRIPT("Gurmukhi"),
    SCRIPT("Gujarati"),
    SCRIPT("Oriya"),
    SCRIPT("Tamil"),
    SCRIPT("Telugu"),
    SCRIPT("Kannada"),
    SCRIPT("Malayalam"),
    SCRIPT("Sinhala"),
    SCRIPT("Thai"),
    SCRIPT("Lao"),
    SCRIPT("Myanmar"),
    SCRIPT("Georgian"),
    SCRIPT("Ethiopic"),
    SCRIPT("Cherokee"),
    SCRIPT("Khmer"),
    SCRIPT_REGULAR_ONLY("Mongolian"),
};

enum Index : unsigned char {
    Armenian,
    Hebrew,
    Arabic,
    Syriac,
    Thaana,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Myanmar,
    Georgian,
    Ethiopic,
    Cherokee,
    Khmer,
    Mongolian,
    Cjk,
    None
};

struct Block {
    char32_t first, last;
    Index script;
};

// Unicode blocks, in order, for the scripts above.
constexpr Block kBlocks[] = {
    {0x0530, 0x058F, Armenian},  {0x0590, 0x05FF, Hebrew},     {0x0600, 0x06FF, Arabic},
    {0x0700, 0x074F, Syriac},    {0x0750, 0x077F, Arabic},     {0x0780, 0x07BF, Thaana},
    {0x08A0, 0x08FF, Arabic},    {0x0900, 0x097F, Devanagari}, {0x0980, 0x09FF, Bengali},
    {0x0A00, 0x0A7F, Gurmukhi},  {0x0A80, 0x0AFF, Gujarati},   {0x0B00, 0x0B7F, Oriya},
    {0x0B80, 0x0BFF, Tamil},     {0x0C00, 0x0C7F, Telugu},     {0x0C80, 0x0CFF, Kannada},
    {0x0D00, 0x0D7F, Malayalam}, {0x0D80, 0x0DFF, Sinhala},    {0x0E00, 0x0E7F, Thai},
    {0x0E80, 0x0EFF, Lao},       {0x1000, 0x109F, Myanmar},    {0x10A0, 0x10FF, Georgian},
    {0x1100, 0x11FF, Cjk},       {0x1200, 0x139F, Ethiopic},   {0x13A0, 0x13FF, Cherokee},
    {0x1780, 0x17FF, Khmer},     {0x1800, 0x18AF, Mongolian},  {0x1C90, 0x1CBF, Georgian},
    {0x2E80, 0x2FDF, Cjk},       {0x3000, 0x303F, Cjk},        {0x3040, 0x30FF, Cjk},
    {0x3100, 0x31FF, Cjk},       {0x3200, 0x4DBF, Cjk},        {0x4E00, 0x9FFF, Cjk},
    {0xA960, 0xA97F, Cjk},       {0xAC00, 0xD7FF, Cjk},        {0xF900, 0xFAFF, Cjk},
    {0xFB1D, 0xFB4F, Hebrew},    {0xFB50, 0xFDFF, Arabic},     {0xFE30, 0xFE4F, Cjk},
    {0xFE70, 0xFEFF, Arabic},    {0xFF00, 0xFFEF, Cjk},
};

} // namespace

const ScriptFont* script_font_for(char32_t c) {
    if (c < 0x530) return nullptr;
    // Binary search over the ordered blocks.
    std::size_t low = 0, high = std::size(kBlocks);
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (c < kBlocks[mid].first)
            high = mid;
        else if (c > kBlocks[mid].last)
            low = mid + 1;
        else
            return kBlocks[mid].script == Cjk ? &kCjkFont : &kScripts[kBlocks[mid].script];
    }
    return nullptr;
}

} // namespace rapport::ui
