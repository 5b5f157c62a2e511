#include "embedded_rapport_fonts.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <string_view>

using namespace rapport;

namespace {

unsigned decode_one(std::string_view utf8) {
    const auto b = [&](size_t i) {
        return static_cast<unsigned>(static_cast<unsigned char>(utf8[i]));
    };
    REQUIRE(utf8.size() == 3);
    return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
}

bool in_atlas_ranges(unsigned code) {
    for (const unsigned short* r = ui::icon::kRanges; r[0]; r += 2)
        if (code >= r[0] && code <= r[1]) return true;
    return false;
}

} // namespace

TEST_CASE("every icon constant is a code point the atlas loads") {
    using namespace ui::icon;
    for (const char* glyph :
         {kHome,      kPeople, kAdd,    kDescription, kWork,   kSearch,    kSettings,
          kPersonAdd, kPhone,  kClose,  kArrowBack,   kCheck,  kSchedule,  kEvent,
          kMail,      kEdit,   kDelete, kUndo,        kUpload, kLightMode, kDarkMode})
        CHECK(in_atlas_ranges(decode_one(glyph)));
    CHECK(decode_one(kPeople) == 0xe7ef); // the design's icon code points
    CHECK(decode_one(kHome) == 0xe88a);
}

TEST_CASE("fonts are embedded and sized like CSS em, so 17 px body reads as 17 px") {
    CHECK(assets::noto_sans_regular_size > 100000);
    CHECK(assets::noto_sans_bold_size > 100000);
    CHECK(assets::material_icons_size > 50000);
    const float factor =
        ui::line_height_per_em(assets::noto_sans_regular, assets::noto_sans_regular_size);
    CHECK(factor > 1.2f); // Noto Sans' line is taller than its em square
    CHECK(factor < 1.6f);

    ImGui::CreateContext();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const ui::Fonts fonts = ui::load_fonts(atlas, 2.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    CHECK(fonts.em == doctest::Approx(34.0f));
    CHECK(fonts.body->FontSize == doctest::Approx(std::round(34.0f * factor)));
    CHECK(fonts.body->FindGlyphNoFallback(0x1EC5) != nullptr); // ễ as in Nguyễn
    CHECK(fonts.body->FindGlyphNoFallback(0xe7ef) != nullptr); // icons merged into body
    ImGui::DestroyContext();
}
