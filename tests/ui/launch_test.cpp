// Launch: what the first frames do, and fonts rasterised while the window
// opens.
#include "features/startup_problem/startup_problem_screen.hpp"
#include "ui/fonts.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
using rapport::ui::Screen;
namespace ui = rapport::ui;

TEST_CASE("launched into capture, the box has the keyboard on the second frame, drawn at once") {
    Harness h({420, 860}, {Screen::Capture, {}});
    REQUIRE(h.reports().size() >= 2);
    CHECK_FALSE(h.reports()[0].typing_ready);
    CHECK(h.reports()[0].settling); // the focus request lands next frame: no 60 Hz wait
    CHECK(h.reports()[1].typing_ready);
    h.frames(3);
    CHECK_FALSE(h.reports().back().settling); // then the loop paces (and idles) as usual
    h.type("Met Dana");
    CHECK(h.capture().text == "Met Dana");
}

TEST_CASE(
    "fonts built off the UI thread are used when built for the window's scale, not otherwise") {
    Harness h;
    ui::PreparedFonts other = ui::prepare_fonts(2.0f);
    ImFontAtlas* before = ImGui::GetIO().Fonts;
    CHECK_FALSE(h.app().adopt_fonts(other, 1.0f)); // built for 2x, the window is 1x
    CHECK(other.atlas);                            // left as it was
    CHECK(ImGui::GetIO().Fonts == before);

    ui::PreparedFonts same = ui::prepare_fonts(1.0f);
    ImFontAtlas* prepared = same.atlas.get();
    REQUIRE(h.app().adopt_fonts(same, 1.0f));
    CHECK(ImGui::GetIO().Fonts == prepared);
    CHECK(h.context().fonts.body->ContainerAtlas == prepared);
    h.tap("Capture");
    h.type("Met Dana — café");
    CHECK(h.capture().text == "Met Dana — café");
}

TEST_CASE("when the database cannot be opened, the window says why and offers Try again or Quit") {
    const ui::StartupProblem problem{"notes.db was written by a newer Rapport"};
    ui::ProblemChoice choice = ui::ProblemChoice::None;
    Harness h([&] {
        const ui::ProblemChoice now = ui::draw_startup_problem(problem);
        if (now != ui::ProblemChoice::None) choice = now;
    });
    CHECK(h.shows("Try again"));
    CHECK(h.shows("Quit"));
    h.tap("Quit");
    CHECK(choice == ui::ProblemChoice::Quit);
    h.tap("Try again");
    CHECK(choice == ui::ProblemChoice::TryAgain);
}

TEST_CASE("the frame that applies a tap's action asks for the next one, so its result is drawn") {
    // A quick click's move, press and release can use up the frames drawn
    // after input; the result then waited for the next event (the snooze
    // choices did not open until the mouse moved again).
    Harness h;
    h.frames(3);
    const size_t before = h.reports().size();
    h.tap("People"); // press frame, release frame (the action), then three more
    REQUIRE(h.reports().size() == before + 5);
    CHECK_FALSE(h.reports()[before].settling); // the press alone does nothing yet
    CHECK(h.reports()[before + 1].settling);   // the release switched tabs: draw that now
    CHECK_FALSE(h.reports().back().settling);  // and then the loop idles again
    CHECK(h.app().navigator().tab() == Screen::People);
}
