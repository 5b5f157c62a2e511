// The elevator speech: built from the profile, kept per audience, timed.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

TEST_CASE("the speech is built from your answers, kept per audience, and rehearsed") {
    Harness h({420, 860}, {Screen::Today, {}}, {}, Harness::User::FirstRun);
    h.tap("Prepare");
    h.reveal("Know what you want to say");
    h.tap("Know what you want to say");
    REQUIRE(h.app().navigator().current().screen == Screen::Speech);
    h.tap("Your name");
    h.type("Jordan Lee");
    h.tap("Future goals");
    h.type("work in user research");
    h.reveal("Build from my answers");
    h.tap("Build from my answers");
    const std::string career_fair = h.speech().versions[0].text;
    CHECK(career_fair == "Hi, I'm Jordan Lee. I'd like to work in user research.");
    CHECK(h.store().prepare().profile().name == "Jordan Lee");
    REQUIRE(h.store().prepare().speeches().size() == 1);
    CHECK(h.store().prepare().speeches()[0].audience == core::Audience::CareerFair);

    h.tap("Faculty");
    CHECK(h.speech().versions[2].text.empty()); // each audience has its own version

    h.reveal("Start rehearsal");
    h.tap("Start rehearsal");
    h.clock().advance(42 * core::kSecond);
    h.frames(2);
    h.tap("Stop");
    CHECK(h.speech().last_rehearsal_seconds == 42);
}
