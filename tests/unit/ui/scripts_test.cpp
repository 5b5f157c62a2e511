// Names in every script: the text layer between the data and Dear ImGui.
#include "ui/fonts.hpp"
#include "ui/text/bidi.hpp"
#include "ui/text/font_files.hpp"
#include "ui/text/glyph_needs.hpp"
#include "ui/text/glyph_painter.hpp"
#include "ui/text/script_fonts.hpp"
#include "ui/text/script_text.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <imgui.h>
#include <string>

using namespace rapport;

TEST_CASE("Hebrew runs are reversed, Latin runs inside them kept in order") {
    CHECK(ui::visual_order("יעל כהן") == "ןהכ לעי");
    CHECK(ui::visual_order("מהנדסת · Wix") == "Wix · תסדנהמ");
    CHECK(ui::visual_order("Amara Osei") == "Amara Osei");
    CHECK(ui::visual_order("") == "");
    CHECK_FALSE(ui::has_right_to_left("Ζωή Петрова 王芳"));
    CHECK(ui::has_right_to_left("Noa נועה"));
}

TEST_CASE("Arabic letters are joined into their presentation forms, in visual order") {
    // محمد: meem initial, hah medial, meem medial, dal final; drawn right to left.
    CHECK(ui::visual_order("محمد") == "\uFEAA\uFEE4\uFEA4\uFEE3");
    // A lone letter keeps its isolated form.
    CHECK(ui::visual_order("ع") == "\uFEC9");
}

TEST_CASE("glyphs are wanted only for characters the embedded font lacks, once each") {
    ui::GlyphNeeds needs;
    needs.note("Amara Osei · Zoë Ångström · Ελένη · Анна — “quoted”");
    CHECK_FALSE(needs.pending());
    CHECK(needs.wanted().empty());
    needs.note("王芳 and 王");
    CHECK(needs.pending());
    CHECK(needs.wanted() == std::vector<char32_t>{U'王', U'芳'});
    needs.built();
    needs.note("芳");
    CHECK_FALSE(needs.pending()); // already in the atlas
    needs.note("\xE7\x8E");       // cut short: never read past the end, never wanted
    CHECK_FALSE(needs.pending());
}

TEST_CASE("each script's characters come from its Noto font") {
    CHECK(ui::script_font_for(U'A') == nullptr);
    CHECK(ui::script_font_for(U'Ж') == nullptr);
    CHECK(ui::script_font_for(U'王')->script == "CJK");
    CHECK(ui::script_font_for(U'김')->script == "CJK");
    CHECK(ui::script_font_for(U'さ')->script == "CJK");
    CHECK(ui::script_font_for(U'م')->script == "Arabic");
    CHECK(ui::script_font_for(U'\uFEAA')->script == "Arabic"); // a joined form
    CHECK(ui::script_font_for(U'י')->script == "Hebrew");
    CHECK(ui::script_font_for(U'प')->script == "Devanagari");
    CHECK(ui::script_font_for(U'ส')->script == "Thai");
}

TEST_CASE("the atlas gains the glyphs of names in other scripts only when they are wanted") {
    ImGui::CreateContext();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ui::FontFiles files;
    const std::u32string wanted_text = U"王芳김민준さくらمحمدיעלप्रियाสมชาย";
    const std::vector<char32_t> wanted(wanted_text.begin(), wanted_text.end());

    const ui::Fonts latin = ui::load_fonts(atlas, 1.0f, {}, &files);
    unsigned char* pixels = nullptr;
    int width = 0, latin_height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &latin_height);
    for (const char32_t c : wanted)
        CHECK(latin.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr);
    const float latin_a = latin.body->FindGlyphNoFallback('A')->AdvanceX;

    atlas.Clear();
    const ui::Fonts mixed = ui::load_fonts(atlas, 1.0f, wanted, &files);
    int mixed_height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &mixed_height);
    for (ImFont* font : {mixed.body, mixed.secondary, mixed.label, mixed.header, mixed.title})
        for (const char32_t c : wanted) {
            CAPTURE(static_cast<unsigned>(c));
            const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
            REQUIRE(glyph != nullptr);
            CHECK(glyph->Visible);
        }
    // A Han character is as wide as the em, like in any CJK font; Latin
    // letters and icons are unchanged.
    const float em = 17.0f;
    CHECK(mixed.body->FindGlyphNoFallback(U'王')->AdvanceX == doctest::Approx(em).epsilon(0.1));
    CHECK(mixed.body->FindGlyphNoFallback('A')->AdvanceX == doctest::Approx(latin_a));
    // Only those few glyphs were added: the atlas grew by little.
    CHECK(mixed_height > latin_height);
    CHECK(mixed_height < latin_height * 1.5);
    ImGui::DestroyContext();
}

namespace {

// The browser's part in the web build, here a painter that inks a bar
// under the baseline's height and remembers what it was asked.
class BarPainter final : public ui::GlyphPainter {
  public:
    int painted = 0;
    float last_baseline = 0.0f;
    float advance(char32_t, float em_px, bool bold) override {
        return em_px * (bold ? 1.1f : 1.0f);
    }
    void paint(char32_t, float, bool, float baseline, unsigned char* pixels, int stride, int width,
               int height) override {
        ++painted;
        last_baseline = baseline;
        for (int y = 0; y < height && y < static_cast<int>(baseline); ++y)
            for (int x = 0; x < width; ++x)
                pixels[y * stride + x] = 255;
    }
};

} // namespace

TEST_CASE("where the platform paints glyphs (the browser), each wanted character gets a glyph "
          "painted into the atlas at every size, on the text's baseline") {
    ImGui::CreateContext();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    BarPainter painter;
    const std::u32string wanted_text = U"王芳김محمد";
    const std::vector<char32_t> wanted(wanted_text.begin(), wanted_text.end());
    const ui::Fonts fonts = ui::load_fonts(atlas, 2.0f, wanted, nullptr, &painter);
    CHECK(painter.painted == static_cast<int>(wanted.size()) * 5);
    CHECK(painter.last_baseline == doctest::Approx(fonts.title->Ascent));
    // The glyph is in the font with the painter's advance, and its pixels
    // carry the ink (the atlas was built with them).
    const ImFontGlyph* glyph = fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(U'王'));
    REQUIRE(glyph != nullptr);
    CHECK(glyph->AdvanceX == doctest::Approx(17.0f * 2.0f));
    CHECK(fonts.title->FindGlyphNoFallback(static_cast<ImWchar>(U'م'))->AdvanceX ==
          doctest::Approx(24.0f * 2.0f * 1.1f));
    unsigned char* alpha = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    const int x = static_cast<int>(glyph->U0 * static_cast<float>(width)) + 1;
    const int y = static_cast<int>(glyph->V0 * static_cast<float>(height)) + 1;
    CHECK(alpha[y * width + x] == 255);
    // Latin stays the embedded font's; nothing painted for it.
    CHECK(fonts.body->FindGlyphNoFallback('A') != nullptr);
    ImGui::DestroyContext();
}

TEST_CASE("the text layer notes what it shows and keeps right-to-left lines in visual order") {
    ui::ScriptText text;
    CHECK(text.shown("Amara") == "Amara");
    CHECK(text.shown("יעל") == "לעי");
    CHECK(text.glyphs().pending());
    text.glyphs().built();
    // Arabic's joined forms are wanted too, not only the letters typed.
    text.shown("محمد");
    const auto& wanted = text.glyphs().wanted();
    CHECK(std::find(wanted.begin(), wanted.end(), U'\uFEE3') != wanted.end());
}

TEST_CASE("a font file's pages let go after an atlas build are read again when needed") {
    ui::FontFiles files;
    const ui::ScriptFont* arabic = ui::script_font_for(U'م');
    REQUIRE(arabic != nullptr);
    const ui::FontFiles::Bytes before = files.open(arabic->regular);
    REQUIRE(before.data != nullptr);
    const std::vector<unsigned char> head(before.data, before.data + 64);
    files.let_go();
    const ui::FontFiles::Bytes after = files.open(arabic->regular);
    REQUIRE(after.data == before.data); // the same mapping
    CHECK(std::equal(head.begin(), head.end(), after.data));
    // And an atlas can be built from it again.
    ImGui::CreateContext();
    const std::vector<char32_t> wanted = {U'م', U'ح'};
    const ui::Fonts fonts = ui::load_fonts(*ImGui::GetIO().Fonts, 1.0f, wanted, &files);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    CHECK(fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(U'م')) != nullptr);
    ImGui::DestroyContext();
}
