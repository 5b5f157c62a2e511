// Every control on every screen is big enough for a finger, at phone and
// desktop widths.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace ui = rapport::ui;

TEST_CASE("every tappable thing is at least 48 x 48 px at scale 1") {
    for (ImVec2 size : {ImVec2(420, 860), ImVec2(1280, 800), ImVec2(320, 480)}) {
        for (ui::Screen screen :
             {ui::Screen::Today, ui::Screen::People, ui::Screen::Prepare, ui::Screen::Compare,
              ui::Screen::Careers, ui::Screen::Capture, ui::Screen::Settings}) {
            Harness h(size, {screen, {}});
            const auto& hits = h.context().hits.all();
            CHECK(!hits.empty());
            for (const auto& hit : hits) {
                CAPTURE(hit.label);
                CAPTURE(size.x);
                // The whole control, even where a list scrolls it under the bar.
                CHECK(hit.full_max.x - hit.full_min.x >= 48.0f);
                CHECK(hit.full_max.y - hit.full_min.y >= 48.0f);
            }
        }
    }
}

TEST_CASE("targets never overlap, so a tap can only mean one thing") {
    Harness h(ImVec2(420, 860), {ui::Screen::Settings, {}});
    const auto& hits = h.context().hits.all();
    for (size_t i = 0; i < hits.size(); ++i)
        for (size_t j = i + 1; j < hits.size(); ++j) {
            const auto& a = hits[i];
            const auto& b = hits[j];
            const bool overlap =
                a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
            CHECK_MESSAGE(!overlap, a.label << " overlaps " << b.label);
        }
}
