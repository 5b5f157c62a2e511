#include "ui/fonts.hpp"

#include "embedded_rapport_fonts.hpp"
#include "ui/icons.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace rapport::ui {
namespace {

// Latin with its extensions (incl. Vietnamese), Greek, Cyrillic, and the
// punctuation people type: · — … “ ” ‘ ’ • €.
constexpr ImWchar kTextRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x1E00,
                                   0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190, 0x21FF,
                                   0x2212, 0x2212, 0x25CF, 0x25CF, 0};

std::uint32_t read_u32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           p[3];
}
int read_i16(const unsigned char* p) {
    return static_cast<std::int16_t>((p[0] << 8) | p[1]);
}

const unsigned char* find_table(const unsigned char* ttf, unsigned long size, const char* tag) {
    const int tables = (ttf[4] << 8) | ttf[5];
    for (int i = 0; i < tables; ++i) {
        const unsigned char* record = ttf + 12 + 16 * i;
        if (static_cast<unsigned long>(record - ttf) + 16 > size) break;
        if (std::memcmp(record, tag, 4) == 0) {
            const std::uint32_t offset = read_u32(record + 8);
            return offset + 54 <= size ? ttf + offset : nullptr;
        }
    }
    return nullptr;
}

} // namespace

float line_height_per_em(const unsigned char* ttf, unsigned long size) {
    const unsigned char* head = find_table(ttf, size, "head");
    const unsigned char* hhea = find_table(ttf, size, "hhea");
    if (!head || !hhea) return 1.0f;
    const int units_per_em = (head[18] << 8) | head[19];
    const int ascender = read_i16(hhea + 4), descender = read_i16(hhea + 6);
    if (units_per_em <= 0 || ascender - descender <= 0) return 1.0f;
    return static_cast<float>(ascender - descender) / static_cast<float>(units_per_em);
}

namespace {

ImFont* add(ImFontAtlas& atlas, const unsigned char* data, unsigned long size, float px,
            const ImWchar* ranges, bool merge = false, float glyph_offset_y = 0.0f) {
    ImFontConfig config;
    // The bytes live in the binary's read-only data; the atlas must not free them.
    config.FontDataOwnedByAtlas = false;
    config.MergeMode = merge;
    config.OversampleH = 1; // glyphs are pixel-snapped: oversampling would only double the atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    config.GlyphOffset.y = glyph_offset_y;
    if (merge) config.GlyphMinAdvanceX = px; // icons are square
    return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px,
                                      &config, ranges);
}

ImFont* add_text(ImFontAtlas& atlas, bool bold, float px, bool with_icons) {
    using namespace rapport::assets;
    ImFont* font = bold ? add(atlas, noto_sans_bold, noto_sans_bold_size, px, kTextRanges)
                        : add(atlas, noto_sans_regular, noto_sans_regular_size, px, kTextRanges);
    if (with_icons) {
        const float icon_px = std::round(px * 1.1f);
        add(atlas, material_icons, material_icons_size, icon_px, icon::kRanges, true,
            std::round(px * 0.22f));
    }
    return font;
}

} // namespace

Fonts load_fonts(ImFontAtlas& atlas, float scale) {
    using namespace rapport::assets;
    // ImGui sizes a font by its line height; the type scale means CSS-style
    // em sizes, so convert with the font's own vertical metrics.
    const float text_factor = line_height_per_em(noto_sans_regular, noto_sans_regular_size);
    const float icon_factor = line_height_per_em(material_icons, material_icons_size);
    auto size = [scale, text_factor](float px) { return std::round(px * scale * text_factor); };
    // The texture is as tall as the glyphs need, not the next power of two
    // (which would leave up to half of it empty: 4 MB at 1x).
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    Fonts fonts;
    fonts.scale = scale;
    fonts.em = 17.0f * scale;
    fonts.body = add_text(atlas, false, size(17), true);
    fonts.secondary = add_text(atlas, false, size(15), false);
    fonts.label = add_text(atlas, true, size(13), false);
    fonts.header = add_text(atlas, true, size(14), false);
    fonts.title = add_text(atlas, true, size(24), true);
    fonts.icon = add(atlas, material_icons, material_icons_size,
                     std::round(24 * scale * icon_factor), icon::kRanges);
    return fonts;
}

void AtlasDelete::operator()(ImFontAtlas* atlas) const {
    IM_DELETE(atlas);
}

PreparedFonts prepare_fonts(float scale) {
    PreparedFonts prepared;
    prepared.atlas.reset(IM_NEW(ImFontAtlas)());
    prepared.fonts = load_fonts(*prepared.atlas, scale);
    // Rasterise now, in the format the OpenGL backend uploads.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    prepared.atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
    return prepared;
}

} // namespace rapport::ui
