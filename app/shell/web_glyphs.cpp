#include "shell/web_glyphs.hpp"

#include <emscripten.h>

namespace rapport {
namespace {

// One small 2D canvas, read back often: the browser keeps it in memory.
EM_JS(float, glyph_advance, (int code_point, float em_px, int bold), {
    if (!Module.rapportGlyphs) {
        const canvas = typeof OffscreenCanvas != "undefined" ? new OffscreenCanvas(64, 64)
                                                             : document.createElement("canvas");
        Module.rapportGlyphs = canvas.getContext("2d", {willReadFrequently : true});
    }
    const context = Module.rapportGlyphs;
    context.font = (bold ? "bold " : "") + em_px + "px sans-serif";
    return context.measureText(String.fromCodePoint(code_point)).width;
});

EM_JS(void, glyph_paint,
      (int code_point, float em_px, int bold, float baseline, unsigned char* pixels, int stride,
       int width, int height),
      {
          const context = Module.rapportGlyphs;
          const canvas = context.canvas;
          if (canvas.width < width) canvas.width = width;
          if (canvas.height < height) canvas.height = height;
          context.clearRect(0, 0, canvas.width, canvas.height);
          context.font = (bold ? "bold " : "") + em_px + "px sans-serif";
          context.textBaseline = "alphabetic";
          context.fillStyle = "#fff";
          context.fillText(String.fromCodePoint(code_point), 0, baseline);
          const ink = context.getImageData(0, 0, width, height).data;
          for (let y = 0; y < height; ++y)
              for (let x = 0; x < width; ++x)
                  HEAPU8[pixels + y * stride + x] = ink[(y * width + x) * 4 + 3];
      });

class BrowserGlyphs final : public ui::GlyphPainter {
  public:
    float advance(char32_t c, float em_px, bool bold) override {
        return glyph_advance(static_cast<int>(c), em_px, bold ? 1 : 0);
    }
    void paint(char32_t c, float em_px, bool bold, float baseline, unsigned char* pixels,
               int stride, int width, int height) override {
        glyph_paint(static_cast<int>(c), em_px, bold ? 1 : 0, baseline, pixels, stride, width,
                    height);
    }
};

} // namespace

std::shared_ptr<ui::GlyphPainter> browser_glyph_painter() {
    return std::make_shared<BrowserGlyphs>();
}

} // namespace rapport
