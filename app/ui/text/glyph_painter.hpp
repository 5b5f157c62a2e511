#pragma once
// Where the platform draws text with fonts of its own (the browser, with the
// phone's or computer's fonts), the characters of other scripts are measured
// and painted by it into the font atlas: the web build carries no CJK or
// Arabic font (the wasm stays small) and reads no font files.
namespace rapport::ui {

class GlyphPainter {
  public:
    virtual ~GlyphPainter() = default;
    // How far the pen moves after `c`, in pixels, at `em_px` (the size as
    // CSS means it).
    virtual float advance(char32_t c, float em_px, bool bold) = 0;
    // Paints `c` as coverage (0 nothing, 255 ink) into the `width`×`height`
    // box at `pixels`, whose rows are `stride` bytes apart, with its
    // baseline `baseline` pixels below the box's top.
    virtual void paint(char32_t c, float em_px, bool bold, float baseline, unsigned char* pixels,
                       int stride, int width, int height) = 0;
};

} // namespace rapport::ui
