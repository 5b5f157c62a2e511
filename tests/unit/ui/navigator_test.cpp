#include "ui/navigator.hpp"

#include <doctest/doctest.h>

using namespace rapport::ui;

TEST_CASE("screens pushed over a tab come back off in order") {
    Navigator nav;
    nav.switch_tab(Screen::People);
    nav.push({Screen::Settings, {}});
    nav.push({Screen::Capture, {}});
    CHECK(nav.depth() == 3);
    CHECK(nav.back());
    CHECK(nav.current().screen == Screen::Settings);
    CHECK(nav.back());
    CHECK(nav.current().screen == Screen::People);
    CHECK(nav.back()); // from a tab root, back goes home
    CHECK(nav.current().screen == Screen::Today);
    CHECK_FALSE(nav.back());
}

TEST_CASE("a double tap does not stack the same screen twice") {
    Navigator nav;
    nav.push({Screen::Capture, {}});
    nav.push({Screen::Capture, {}});
    CHECK(nav.depth() == 2);
}

TEST_CASE("switching tabs starts that tab fresh") {
    Navigator nav;
    nav.push({Screen::Settings, {}});
    nav.switch_tab(Screen::Careers);
    CHECK(nav.depth() == 1);
    CHECK(nav.tab() == Screen::Careers);
}

TEST_CASE("screen names round-trip") {
    for (Screen s : {Screen::Today, Screen::People, Screen::Prepare, Screen::Careers,
                     Screen::Capture, Screen::Settings})
        CHECK(screen_from_name(screen_name(s)) == s);
    CHECK_FALSE(screen_from_name("nowhere"));
}
