#include "ui/fonts.hpp"

#include "embedded_rapport_fonts.hpp"
#include "ui/icons.hpp"
#include "ui/text/font_files.hpp"
#include "ui/text/glyph_painter.hpp"
#include "ui/text/script_fonts.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>

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

// `face` picks a font inside a collection (.ttc); table offsets count from
// the file's start either way.
const unsigned char* find_table(const unsigned char* ttf, unsigned long size, const char* tag,
                                int face) {
    unsigned long directory = 0;
    if (std::memcmp(ttf, "ttcf", 4) == 0) {
        const int faces = static_cast<int>(read_u32(ttf + 8));
        if (face < 0 || face >= faces || 12ul + 4ul * (face + 1) > size) return nullptr;
        directory = read_u32(ttf + 12 + 4 * face);
        if (directory + 12 > size) return nullptr;
    }
    const int tables = (ttf[directory + 4] << 8) | ttf[directory + 5];
    for (int i = 0; i < tables; ++i) {
        const unsigned char* record = ttf + directory + 12 + 16 * i;
        if (static_cast<unsigned long>(record - ttf) + 16 > size) break;
        if (std::memcmp(record, tag, 4) == 0) {
            const std::uint32_t offset = read_u32(record + 8);
            return offset + 54 <= size ? ttf + offset : nullptr;
        }
    }
    return nullptr;
}

} // namespace

float line_height_per_em(const unsigned char* ttf, unsigned long size, int face) {
    const unsigned char* head = find_table(ttf, size, "head", face);
    const unsigned char* hhea = find_table(ttf, size, "hhea", face);
    if (!head || !hhea) return 1.0f;
    const int units_per_em = (head[18] << 8) | head[19];
    const int ascender = read_i16(hhea + 4), descender = read_i16(hhea + 6);
    if (units_per_em <= 0 || ascender - descender <= 0) return 1.0f;
    return static_cast<float>(ascender - descender) / static_cast<float>(units_per_em);
}

namespace {

// ImFontAtlas::AddFont as Dear ImGui 1.86 has it, without its copy of the
// font's bytes: it copies every font it does not own, which would put a
// 19 MB CJK collection in memory once per size. The bytes here are the
// binary's own or a mapped file, and outlive the atlas.
ImFont* add_in_place(ImFontAtlas& atlas, const ImFontConfig& config) {
    if (!config.MergeMode) atlas.Fonts.push_back(IM_NEW(ImFont));
    atlas.ConfigData.push_back(config);
    ImFontConfig& added = atlas.ConfigData.back();
    added.DstFont = atlas.Fonts.back();
    if (added.DstFont->EllipsisChar == (ImWchar)-1)
        added.DstFont->EllipsisChar = config.EllipsisChar;
    atlas.TexReady = false;
    atlas.ClearTexData();
    return added.DstFont;
}

ImFont* add(ImFontAtlas& atlas, const unsigned char* data, unsigned long size, float px,
            const ImWchar* ranges, bool merge = false, float glyph_offset_y = 0.0f, int face = 0) {
    ImFontConfig config;
    config.FontData = const_cast<unsigned char*>(data);
    config.FontDataSize = static_cast<int>(size);
    config.SizePixels = px;
    config.GlyphRanges = ranges;
    config.FontNo = face < 0 ? 0 : face;
    // Not the atlas's to free (see add_in_place).
    config.FontDataOwnedByAtlas = false;
    config.MergeMode = merge;
    config.OversampleH = 1; // glyphs are pixel-snapped: oversampling would only double the atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    config.GlyphOffset.y = glyph_offset_y;
    if (merge && face < 0) config.GlyphMinAdvanceX = px; // icons are square
    return add_in_place(atlas, config);
}

// Marks the merged icon font, whose glyphs are square.
constexpr int kIconFace = -1;

// The glyphs wanted from one script font.
struct ScriptGlyphs {
    const ScriptFont* font;
    const ImWchar* ranges;
    std::vector<char32_t> characters;
};

// `em_px` is the CSS-style size: each script font is sized by its own
// vertical metrics so its letters match Noto Sans's.
void add_scripts(ImFontAtlas& atlas, bool bold, float em_px,
                 const std::vector<ScriptGlyphs>& scripts, FontFiles& files) {
    for (const ScriptGlyphs& script : scripts) {
        const std::string_view path = bold ? script.font->bold : script.font->regular;
        int face = script.font->face;
        FontFiles::Bytes bytes;
        if (script.font->cut) {
            bytes = files.subset(path, face, script.characters);
            if (bytes.data && std::memcmp(bytes.data, "ttcf", 4) != 0) face = 0; // one font now
        }
        if (!bytes.data) bytes = files.open(path);
        if (!bytes.data) continue;
        const float per_em = line_height_per_em(bytes.data, bytes.size, face);
        add(atlas, bytes.data, bytes.size, std::round(em_px * per_em), script.ranges, true, 0.0f,
            face);
    }
}

ImFont* add_text(ImFontAtlas& atlas, bool bold, float px, bool with_icons) {
    using namespace rapport::assets;
    ImFont* font = bold ? add(atlas, noto_sans_bold, noto_sans_bold_size, px, kTextRanges)
                        : add(atlas, noto_sans_regular, noto_sans_regular_size, px, kTextRanges);
    if (with_icons) {
        const float icon_px = std::round(px * 1.1f);
        add(atlas, material_icons, material_icons_size, icon_px, icon::kRanges, true,
            std::round(px * 0.22f), kIconFace);
    }
    return font;
}

} // namespace

Fonts load_fonts(ImFontAtlas& atlas, float scale, const std::vector<char32_t>& wanted,
                 FontFiles* files, GlyphPainter* painter) {
    using namespace rapport::assets;
    // ImGui sizes a font by its line height; the type scale means CSS-style
    // em sizes, so convert with the font's own vertical metrics.
    const float text_factor = line_height_per_em(noto_sans_regular, noto_sans_regular_size);
    const float icon_factor = line_height_per_em(material_icons, material_icons_size);
    auto size = [scale, text_factor](float px) { return std::round(px * scale * text_factor); };
    // Each script font gets only the characters wanted from it.
    std::map<const ScriptFont*, ImFontGlyphRangesBuilder> by_font;
    std::map<const ScriptFont*, std::vector<char32_t>> characters;
    for (const char32_t c : wanted)
        if (const ScriptFont* font = script_font_for(c)) {
            by_font[font].AddChar(static_cast<ImWchar>(c));
            characters[font].push_back(c);
        }
    auto ranges = std::make_shared<std::vector<ImVector<ImWchar>>>(by_font.size());
    std::vector<ScriptGlyphs> scripts;
    std::size_t next = 0;
    for (auto& [font, builder] : by_font) {
        builder.BuildRanges(&(*ranges)[next]);
        scripts.push_back({font, (*ranges)[next].Data, std::move(characters[font])});
        ++next;
    }
    // Glyphs the platform paints: a box each in the atlas now, painted
    // once the atlas is built.
    struct Painted {
        int rect;
        char32_t c;
        float em_px;
        bool bold;
        ImFont* font;
    };
    std::vector<Painted> painted;
    auto text = [&](bool bold, float px, bool with_icons) {
        ImFont* font = add_text(atlas, bold, size(px), with_icons);
        if (files) add_scripts(atlas, bold, px * scale, scripts, *files);
        if (painter)
            for (const char32_t c : wanted) {
                if (!script_font_for(c)) continue;
                const float em_px = px * scale;
                const float advance = painter->advance(c, em_px, bold);
                if (advance <= 0.0f) continue;
                const int rect = atlas.AddCustomRectFontGlyph(
                    font, static_cast<ImWchar>(c), static_cast<int>(std::ceil(advance)) + 1,
                    static_cast<int>(std::ceil(size(px))), advance);
                painted.push_back({rect, c, em_px, bold, font});
            }
        return font;
    };
    // The texture is as tall as the glyphs need, not the next power of two
    // (which would leave up to half of it empty: 4 MB at 1x).
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    Fonts fonts;
    fonts.scale = scale;
    fonts.em = 17.0f * scale;
    fonts.script_ranges = ranges;
    fonts.body = text(false, 17, true);
    fonts.secondary = text(false, 15, false);
    fonts.label = text(true, 13, false);
    fonts.header = text(true, 14, false);
    fonts.title = text(true, 24, true);
    fonts.icon = add(atlas, material_icons, material_icons_size,
                     std::round(24 * scale * icon_factor), icon::kRanges);
    if (!painted.empty()) {
        atlas.Build();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
        for (const Painted& p : painted) {
            const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(p.rect);
            if (!r || !r->IsPacked()) continue;
            // Its baseline where the font's own glyphs have theirs.
            painter->paint(p.c, p.em_px, p.bold, p.font->Ascent, pixels + r->Y * width + r->X,
                           width, r->Width, r->Height);
        }
    }
    return fonts;
}

void AtlasDelete::operator()(ImFontAtlas* atlas) const {
    IM_DELETE(atlas);
}

PreparedFonts prepare_fonts(float scale, std::vector<char32_t> wanted) {
    PreparedFonts prepared;
    prepared.atlas.reset(IM_NEW(ImFontAtlas)());
    prepared.files = std::make_shared<FontFiles>();
    prepared.wanted = std::move(wanted);
    prepared.fonts = load_fonts(*prepared.atlas, scale, prepared.wanted, prepared.files.get());
    // Rasterise now, in the format the OpenGL backend uploads.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    prepared.atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
    return prepared;
}

} // namespace rapport::ui
