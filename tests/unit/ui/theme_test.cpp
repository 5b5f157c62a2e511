#include "ui/theme.hpp"

#include <doctest/doctest.h>

using namespace rapport::ui;

TEST_CASE("the WCAG formula gives the known extremes") {
    CHECK(contrast_ratio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)) ==
          doctest::Approx(21.0));
    CHECK(contrast_ratio(IM_COL32(90, 90, 90, 255), IM_COL32(90, 90, 90, 255)) ==
          doctest::Approx(1.0));
}

TEST_CASE("every text colour is readable on every surface it is drawn on, in both themes") {
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark}) {
        const Palette& p = palette_for(kind);
        CAPTURE(theme_name(kind));
        for (ImU32 surface : {p.background, p.surface, p.surface2}) {
            CHECK(contrast_ratio(p.text, surface) >= 4.5);
            CHECK(contrast_ratio(p.muted, surface) >= 4.5);
            CHECK(contrast_ratio(p.accent, surface) >= 4.5);
        }
        CHECK(contrast_ratio(p.on_accent, p.accent) >= 4.5);
        // Status pills draw their ink on the surface washed with 10 % of the ink.
        for (ImU32 ink : {p.ok, p.warn, p.late, p.accent, p.muted}) {
            CHECK(contrast_ratio(ink, p.surface) >= 4.5);
            CHECK(contrast_ratio(ink, mix(p.surface, ink, 0.10f)) >= 4.5);
        }
    }
}
