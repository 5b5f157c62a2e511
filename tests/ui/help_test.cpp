#include "ui/harness.hpp"

#include "embedded_rapport_guide.hpp"

#include <doctest/doctest.h>
#include <string>

using rapport::testing::Harness;
namespace ui = rapport::ui;

namespace {

void with_guide(Harness& h) {
    h.adjust_services = [](ui::AppServices& services) {
        services.user_guide = [] {
            return std::string(reinterpret_cast<const char*>(rapport::assets::user_guide),
                               rapport::assets::user_guide_size);
        };
    };
    h.restart({ui::Screen::Settings, {}});
}

} // namespace

TEST_CASE("Settings opens Help: the guide's sections as cards, each read whole") {
    Harness h;
    with_guide(h);
    h.reveal("Help");
    h.tap("Help");
    REQUIRE(h.app().navigator().current().screen == ui::Screen::Help);
    CHECK(h.shows("Using it"));
    h.reveal("Sync (CardDAV and CalDAV)");
    h.tap("Sync (CardDAV and CalDAV)");
    CHECK(h.app().navigator().current().argument != "");
    // The section's own words, marks taken out, wrapped to a phone.
    CHECK(h.shows_text("Radicale"));
    CHECK_FALSE(h.shows_text("**"));
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK(h.app().navigator().current().screen == ui::Screen::Help);
    CHECK(h.app().navigator().current().argument.empty());
}

TEST_CASE("a build without its guide says so on Help rather than showing nothing") {
    Harness h(ImVec2(420, 860), {ui::Screen::Help, {}});
    CHECK(h.shows_text("The guide is not here"));
}
