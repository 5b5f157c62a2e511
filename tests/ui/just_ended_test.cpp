// Today's card for a conversation that just ended: it comes by itself at
// the end, opens capture on that conversation, and goes when captured, let
// go or said not to have happened (each with Undo where it undoes).
#include "store/end_prompt_repository.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
namespace ui = rapport::ui;
using ui::Screen;

namespace {

// A 30-minute conversation with `name` starting `from_now` (negative: past).
core::Conversation planned(Harness& h, const std::string& name, core::Millis from_now) {
    const core::Person p = rapport::testing::add_person(h, name);
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() + from_now;
    c.duration_minutes = 30;
    REQUIRE_FALSE(h.store().conversations().save(c));
    h.app().reload();
    h.frames(2);
    return c;
}

} // namespace

TEST_CASE("Today asks for the notes the moment a conversation ends, and Capture notes opens on "
          "it") {
    Harness h;
    const core::Conversation c = planned(h, "Amara Osei", -20 * core::kMinute);
    CHECK_FALSE(h.shows_text("How did it go with Amara Osei?"));
    // Today is left open and untouched: at the end the card comes by itself.
    h.clock().advance(10 * core::kMinute + core::kSecond);
    h.frames(2);
    CHECK(h.shows_text("Just ended · 1 min ago"));
    CHECK(h.shows_text("How did it go with Amara Osei?"));
    CHECK(h.centre_of("It didn't happen").y < h.centre_of("due today").y); // on top
    h.tap("Capture notes"); // the card's, drawn first
    h.frames(2);
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().conversation_id == c.id);
    h.type("Research ops is the way in");
    h.press(ImGuiKey_Enter, true); // Done
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::Today);
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Held);
    CHECK_FALSE(h.shows_text("How did it go with Amara Osei?"));
}

TEST_CASE("the just-ended card is let go with Dismiss, and Undo brings it back") {
    Harness h;
    const core::Conversation c = planned(h, "Amara Osei", -40 * core::kMinute);
    REQUIRE(h.shows_text("How did it go with Amara Osei?"));
    h.tap("Dismiss");
    h.frames(2);
    CHECK_FALSE(h.shows_text("How did it go with Amara Osei?"));
    CHECK(h.store().end_prompts().just_ended(h.clock().now()).empty());
    h.tap("Undo");
    h.frames(2);
    CHECK(h.shows_text("How did it go with Amara Osei?"));
    (void)c;
}

TEST_CASE("It didn't happen cancels the conversation from Today, with Undo") {
    Harness h;
    const core::Conversation c = planned(h, "Amara Osei", -40 * core::kMinute);
    h.tap("It didn't happen");
    h.frames(2);
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Cancelled);
    CHECK_FALSE(h.shows_text("How did it go with Amara Osei?"));
    h.tap("Undo");
    h.frames(2);
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Planned);
    CHECK(h.shows_text("How did it go with Amara Osei?"));
}

TEST_CASE("three hours after its end the card leaves by itself") {
    Harness h;
    planned(h, "Amara Osei", -40 * core::kMinute); // ended 10 min ago
    REQUIRE(h.shows_text("How did it go with Amara Osei?"));
    h.clock().advance(rapport::store::kJustEndedFor - 10 * core::kMinute + core::kSecond);
    h.frames(2);
    CHECK_FALSE(h.shows_text("How did it go with Amara Osei?"));
}

TEST_CASE("a meeting read from the person's Work calendar says so on Today and their page, which "
          "leave moving it to that calendar, and is asked about at its end like any other") {
    Harness h;
    const core::Conversation c = planned(h, "Amara Osei", 2 * core::kHour);
    // What a sync leaves after reading the account's Work calendar.
    REQUIRE_FALSE(
        h.store().calendars().set_sources({{"https://dav.example.org/cal/work/", "Work"}}));
    REQUIRE_FALSE(h.store().calendars().link_meeting(c.id, "https://dav.example.org/cal/work/"));
    h.app().reload();
    h.frames(2);
    h.reveal("Amara Osei · 30 min");
    CHECK(h.shows_text("from your Work calendar"));
    h.tap("Amara Osei · 30 min");
    h.frames(2);
    REQUIRE(h.app().navigator().current().screen == Screen::Debrief);
    h.restart({Screen::Person, c.person_id});
    h.frames(3);
    CHECK(h.shows_text("From your Work calendar · move or cancel it there"));
    CHECK_FALSE(h.shows_text("Move or cancel"));
    CHECK_FALSE(h.shows_text("Export invite (.ics)"));
    CHECK(h.shows_text("Start conversation"));
    // Its end: Today asks, as for a conversation planned in Rapport.
    h.restart({Screen::Today, ""});
    h.clock().advance(2 * core::kHour + 31 * core::kMinute);
    h.frames(3);
    CHECK(h.shows_text("How did it go with Amara Osei?"));
}
