#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
using rapport::ui::Screen;

TEST_CASE("capture opens with the text box focused: typing goes straight in") {
    Harness h;
    h.tap("Capture");
    h.type("Met Dana");
    CHECK(h.capture().text == "Met Dana");
}

TEST_CASE("typed text reaches the store within a second, without pressing anything") {
    Harness h;
    h.tap("Capture");
    h.type("Research ops is a growing path");
    CHECK_FALSE(h.store().captures().draft().has_value()); // debounced, not per keystroke
    h.wait(1.0);
    auto draft = h.store().captures().draft();
    REQUIRE(draft);
    CHECK(draft->body == "Research ops is a growing path");
}

TEST_CASE("Escape leaves the text box but never throws away what was typed") {
    Harness h;
    h.tap("Capture");
    h.type("Portfolio matters");
    h.press(ImGuiKey_Escape);
    CHECK(h.capture().text == "Portfolio matters");
    CHECK(h.app().navigator().current().screen == Screen::Capture);
    h.wait(1.0);
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == "Portfolio matters");
}

TEST_CASE("Done files the note and returns to where capture was opened") {
    Harness h;
    h.tap("People");
    h.tap("Capture");
    h.type("Ask Sam Ortiz about design systems");
    h.tap("Done");
    CHECK(h.store().notes().count() == 1);
    CHECK_FALSE(h.store().captures().draft().has_value());
    CHECK(h.app().navigator().current().screen == Screen::People);
    CHECK(h.capture().text.empty());
}

TEST_CASE("Ctrl+Enter is Done: the note is filed, with no line break added") {
    Harness h;
    h.tap("Capture");
    h.type("Two takeaways");
    h.press(ImGuiKey_Enter, true);
    h.frames(2);
    const auto inbox = h.store().notes().inbox();
    REQUIRE(inbox.size() == 1);
    CHECK(inbox[0].body == "Two takeaways");
    CHECK(h.app().navigator().current().screen == Screen::Today);
}

TEST_CASE("closing capture right after typing still keeps the text, as a draft") {
    Harness h;
    h.tap("Capture");
    h.type("Three takeaways");
    h.tap("Close");                        // no wait for the debounce
    CHECK(h.store().notes().count() == 0); // never filed without Done
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == "Three takeaways");
}

TEST_CASE("non-ASCII text survives the round trip") {
    Harness h;
    h.tap("Capture");
    h.type("Chloé Nguyễn-Berg — 15 min ✓");
    h.wait(1.0);
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == "Chloé Nguyễn-Berg — 15 min ✓");
}

TEST_CASE("typing without a pause still saves at least every second") {
    Harness h;
    h.tap("Capture");
    for (int i = 0; i < 12; ++i) {
        h.type("word "); // a keystroke burst every 0.1 s, never a 0.5 s pause
        h.frames(3);
    }
    REQUIRE(h.store().captures().draft().has_value());
    CHECK(h.store().captures().draft()->body.size() >= std::string("word ").size() * 8);
}

TEST_CASE("a long note wraps inside the box on a phone and is stored exactly as typed") {
    Harness h;
    h.tap("Capture");
    const std::string first = "She moved from nursing into research operations after a "
                              "colleague asked her to help run a study, and never looked back";
    h.type(first);
    h.press(ImGuiKey_Enter);
    h.type("Next: email Ines about the spring cohort");
    h.press(ImGuiKey_Backspace);
    h.type("t!");
    const std::string expected = first + "\nNext: email Ines about the spring cohort!";
    CHECK(h.capture().text == expected);
    // On screen the long line is broken at spaces; the text itself is not.
    bool wrapped = false;
    for (const auto& [id, wrap] : h.context().soft_wraps)
        if (wrap.real() == expected) {
            int lines = 1;
            for (char c : wrap.display)
                lines += c == '\n';
            wrapped = lines >= 4;
        }
    CHECK(wrapped);
    h.wait(1.0);
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == expected);
}

TEST_CASE("a full disk while typing: the note stays on screen, says so, and saves once there is "
          "room") {
    Harness h;
    h.tap("Capture");
    h.type("First thoughts");
    h.wait(1.0);
    REQUIRE(h.store().captures().draft());
    // No room for another page.
    const auto pages = h.store().database().scalar("PRAGMA page_count");
    h.store().database().exec("PRAGMA max_page_count = " + std::to_string(pages));
    const std::string more(6000, 'x'); // enough to need new pages
    h.type(" " + more);
    h.wait(1.5);
    CHECK(h.capture().save_problem.rfind("The disk is full", 0) == 0); // said on screen
    CHECK(h.shows_text("your text is kept and will be retried"));
    CHECK(h.capture().text == "First thoughts " + more);           // kept on screen
    CHECK(h.store().captures().draft()->body == "First thoughts"); // the old draft, untouched
    h.store().database().exec("PRAGMA max_page_count = 1000000");
    h.wait(1.5);
    CHECK(h.capture().save_problem.empty());
    CHECK_FALSE(h.shows_text("will be retried"));
    CHECK(h.store().captures().draft()->body == "First thoughts " + more);
}

TEST_CASE("the headings row scrolls sideways and starts at its first chip each time") {
    Harness h; // 420 px wide: the headings do not all fit
    h.tap("Capture");
    REQUIRE(h.shows("Takeaways"));
    const ImVec2 from = h.centre_of("Courses");
    h.drag(from, ImVec2(from.x - 300, from.y));
    h.frames(30);                      // the fling settles
    CHECK_FALSE(h.shows("Takeaways")); // scrolled out of sight on the left
    h.tap("Close");
    h.tap("Capture");
    CHECK(h.shows("Takeaways")); // back at the start, not where it was left
}
