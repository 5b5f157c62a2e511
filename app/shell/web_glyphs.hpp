#pragma once
// The browser paints the glyphs of other scripts (Chinese, Korean, Arabic,
// Devanagari…) with the fonts the phone or computer has, into the app's font
// atlas: the web build carries none of its own (ui/text/glyph_painter.hpp).
#include "ui/text/glyph_painter.hpp"

#include <memory>

namespace rapport {

std::shared_ptr<ui::GlyphPainter> browser_glyph_painter();

} // namespace rapport
