#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
using rapport::ui::Screen;

TEST_CASE("tapping the bottom navigation switches tabs; back returns home") {
    Harness h;
    CHECK(h.app().navigator().current().screen == Screen::Today);
    h.tap("People");
    CHECK(h.app().navigator().current().screen == Screen::People);
    h.tap("Careers");
    CHECK(h.app().navigator().current().screen == Screen::Careers);
    h.press(ImGuiKey_Backspace); // outside a text field, Backspace is back
    CHECK(h.app().navigator().current().screen == Screen::Today);
}

TEST_CASE("settings opens over Today and every kind of back closes it") {
    Harness h;
    h.tap("Settings");
    REQUIRE(h.app().navigator().current().screen == Screen::Settings);
    CHECK_FALSE(h.shows("People")); // no bottom navigation on a pushed screen
    h.tap("Back");
    CHECK(h.app().navigator().current().screen == Screen::Today);

    h.tap("Settings");
    h.press(ImGuiKey_Escape);
    CHECK(h.app().navigator().current().screen == Screen::Today);

    h.tap("Settings");
    h.mouse_back_button();
    CHECK(h.app().navigator().current().screen == Screen::Today);
}

TEST_CASE("the (+) button and Ctrl+N open capture from anywhere") {
    Harness h;
    h.tap("People");
    h.tap("Capture");
    CHECK(h.app().navigator().current().screen == Screen::Capture);
    h.tap("Close");
    CHECK(h.app().navigator().current().screen == Screen::People);
    h.press_char_key('N', true);
    CHECK(h.app().navigator().current().screen == Screen::Capture);
}

TEST_CASE("a wide window shows a navigation rail instead of the bottom bar") {
    Harness h(ImVec2(1280, 800));
    const ImVec2 people = h.centre_of("People");
    const ImVec2 today = h.centre_of("Today");
    CHECK(people.x < 100); // in the rail on the left
    CHECK(people.y > today.y);
    h.tap("Settings"); // the rail carries Settings
    CHECK(h.app().navigator().current().screen == Screen::Settings);
    CHECK(h.shows("People")); // the rail stays while Settings is open
    h.tap("Prepare");
    CHECK(h.app().navigator().current().screen == Screen::Prepare);
}
