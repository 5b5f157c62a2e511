#pragma once
// The type scale from VISUAL.md, rasterised for one display scale.
#include <imgui.h>
#include <memory>

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
};

// A TrueType font's line height (ascender - descender) in em units.
float line_height_per_em(const unsigned char* ttf, unsigned long size);

// Adds the fonts to `atlas` (cleared by the caller) at round(size × scale).
Fonts load_fonts(ImFontAtlas& atlas, float scale);

// An atlas built and rasterised away from the UI thread, so launch can do it
// while the window and its GL context are being created. Needs no ImGui
// context; App::adopt_fonts hands the atlas to the context.
struct AtlasDelete {
    void operator()(ImFontAtlas* atlas) const;
};
struct PreparedFonts {
    std::unique_ptr<ImFontAtlas, AtlasDelete> atlas; // IM_NEW'd: the context may own it
    Fonts fonts;
};
PreparedFonts prepare_fonts(float scale);

} // namespace rapport::ui
