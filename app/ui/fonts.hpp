#pragma once
// The design's type scale (app/README.md, "The look"), rasterised for one display scale.
#include <imgui.h>
#include <memory>
#include <vector>

namespace rapport::ui {

struct Fonts {
    ImFont* body = nullptr;      // 17 regular, icons merged
    ImFont* secondary = nullptr; // 15 regular
    ImFont* label = nullptr;     // 13 bold: pills, nav labels
    ImFont* header = nullptr;    // 14 bold: section headers
    ImFont* title = nullptr;     // 24 bold: screen titles, big numbers
    ImFont* icon = nullptr;      // 24 Material Icons alone
    float scale = 1.0f;          // what they were built for
    float em = 17.0f;            // the body size in px: 17 × scale
    // The glyph ranges of the script fonts merged in; the atlas points into
    // them, so they live as long as these fonts.
    std::shared_ptr<const std::vector<ImVector<ImWchar>>> script_ranges;
};

class FontFiles;
class GlyphPainter;

// A TrueType font's line height (ascender - descender) in em units.
// `face` is the font's index in a collection (.ttc).
float line_height_per_em(const unsigned char* ttf, unsigned long size, int face = 0);

// Adds the fonts to `atlas` (cleared by the caller) at round(size × scale),
// with the glyphs of `wanted` merged in from Debian's script fonts (`files`)
// or, where the platform has its own fonts, painted by `painter` (the atlas
// is then built here, with those glyphs in it).
Fonts load_fonts(ImFontAtlas& atlas, float scale, const std::vector<char32_t>& wanted = {},
                 FontFiles* files = nullptr, GlyphPainter* painter = nullptr);

// An atlas built and rasterised away from the UI thread, so launch can do it
// while the window and its GL context are being created. Needs no ImGui
// context; App::adopt_fonts hands the atlas to the context.
struct AtlasDelete {
    void operator()(ImFontAtlas* atlas) const;
};
struct PreparedFonts {
    std::unique_ptr<ImFontAtlas, AtlasDelete> atlas; // IM_NEW'd: the context may own it
    Fonts fonts;
    // The characters of other scripts it holds, from the files mapped here.
    std::vector<char32_t> wanted;
    std::shared_ptr<FontFiles> files;
};
// `wanted`: characters of other scripts known to be needed at once (the
// names in the database), so the first frame needs no second atlas.
PreparedFonts prepare_fonts(float scale, std::vector<char32_t> wanted = {});

} // namespace rapport::ui
