// Conversation mode: cards in order, next/previous by tap, key and swipe, the
// timer's colours on an injected clock, and ending into capture.
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include "core/calendar.hpp"

#include <doctest/doctest.h>

using rapport::testing::add_conversation;
using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

namespace {

core::Conversation plan_with_questions(Harness& h) {
    return rapport::testing::plan_conversation(h, {"What do you do in a typical day?",
                                                   "Who was your mentor in this field?",
                                                   "Would you recommend any specific courses?"});
}

} // namespace

TEST_CASE("question cards advance by tap, arrow key and swipe") {
    Harness h;
    const core::Conversation c = plan_with_questions(h);
    h.tap("Start");
    REQUIRE(h.app().navigator().current().screen == Screen::Conversation);
    CHECK(h.conversation().index == 0);
    h.tap("Next");
    CHECK(h.conversation().index == 1);
    h.press(ImGuiKey_RightArrow);
    CHECK(h.conversation().index == 2);
    CHECK(h.shows("End and capture")); // the last card ends
    const ImVec2 card = h.centre_of("timer:running");
    h.drag(ImVec2(60, card.y + 150), ImVec2(360, card.y + 150), 10); // swipe right: back
    CHECK(h.conversation().index == 1);
    (void)c;
}

TEST_CASE("the timer turns amber two minutes before the end, then offers to end") {
    Harness h;
    plan_with_questions(h);
    h.tap("Start");
    CHECK(h.shows("timer:running"));
    h.clock().advance(12 * core::kMinute + 59 * core::kSecond);
    h.frames(2);
    CHECK(h.shows("timer:running"));
    h.clock().advance(2 * core::kSecond); // 13:01 in: under two minutes left
    h.frames(2);
    CHECK(h.shows("timer:closing"));
    CHECK_FALSE(h.shows("Continue"));
    h.clock().advance(2 * core::kMinute);
    h.frames(2);
    CHECK(h.shows("timer:over"));
    CHECK(h.shows("Continue"));
    h.tap("Continue");
    CHECK_FALSE(h.shows("Continue")); // asked to continue: the card goes away
}

TEST_CASE("answers are saved and ending opens capture about this conversation") {
    Harness h;
    const core::Conversation c = plan_with_questions(h);
    h.tap("Start");
    h.tap("Their answer, in a few words");
    h.type("Collections in the morning, visitors after lunch");
    h.tap("End");
    const auto saved = h.store().conversations().find(c.id);
    CHECK(saved->questions[0].answer == "Collections in the morning, visitors after lunch");
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(*h.capture().conversation_id == c.id);
    CHECK(h.capture().person_name == "Ines Duarte");
    h.type("She loves the archive");
    h.tap("Done");
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Held);
    CHECK(h.store().conversations().answers_to("").empty()); // answers live on the conversation,
                                                             // not the bank
}

TEST_CASE("a conversation without a plan uses the guide's six starters") {
    Harness h;
    core::Person p;
    p.name = "Sam Ortiz";
    REQUIRE_FALSE(h.store().people().save(p));
    core::Conversation c = add_conversation(h, p.id, h.clock().now() + core::kHour);
    h.app().reload();
    h.frames(2);
    h.tap("Start");
    REQUIRE(h.conversation().conversation.questions.size() == 6);
    CHECK(h.conversation().conversation.questions[0].text ==
          "Can you tell me about your career path and how you got here?");
    CHECK(h.store().conversations().find(c.id)->questions.size() == 6);
}

namespace {

// Kenji Tanaka, who replied: his page, then "Plan a conversation".
core::Person open_plan_for_kenji(Harness& h, core::Stage stage = core::Stage::ReachedOut) {
    const core::Person p = rapport::testing::add_person(h, "Kenji Tanaka", stage);
    rapport::testing::open_person_page(h, "Kenji Tanaka");
    h.reveal("Plan a conversation");
    h.tap("Plan a conversation");
    return p;
}

} // namespace

TEST_CASE("planning by touch: a day from the month, the time in quarter-hour steps") {
    Harness h; // Sunday 15 June 2025, 15:06 UTC
    open_plan_for_kenji(h);
    CHECK_FALSE(h.shows("Sat 14 June")); // no planning in the past
    h.tap("Tomorrow");
    h.reveal("Thu 19 June");
    h.tap("Thu 19 June"); // changed their mind: the grid wins
    h.reveal("15 minutes later");
    h.tap("15 minutes later");
    h.tap("15 minutes later");
    h.tap("15 minutes earlier");
    h.tap("Save");
    const auto upcoming = h.store().conversations().upcoming(h.clock().now());
    REQUIRE(upcoming.size() == 1);
    // A new plan starts at 10:00 (the default); one quarter on, net.
    const core::Millis expected = *core::local_instant(2025, 6, 19, 10, 15, h.store().clock());
    CHECK(upcoming[0].conversation.when == expected);
}

TEST_CASE("planning a conversation: when, how long, how and where") {
    Harness h;
    const core::Person p = open_plan_for_kenji(h);
    REQUIRE(h.app().navigator().current().screen == Screen::PlanConversation);
    h.tap("Date");
    h.press_char_key('A', true); // select all, then type over it
    h.type("2026-12-02");
    h.tap("Time");
    h.press_char_key('A', true);
    h.type("14:30");
    h.reveal("20 min"); // below the month on a phone
    h.tap("20 min");
    h.reveal("video call");
    h.tap("video call");
    h.reveal("Call link");
    h.tap("Call link");
    h.type("https://meet.example.org/kenji");
    h.tap("Save");
    const auto upcoming = h.store().conversations().upcoming(h.clock().now());
    REQUIRE(upcoming.size() == 1);
    const core::Conversation& c = upcoming[0].conversation;
    CHECK(c.duration_minutes == 20);
    CHECK(c.mode == core::ConversationMode::VideoCall);
    CHECK(c.place == "https://meet.example.org/kenji");
    CHECK(c.when == 1'796'221'800'000); // 2026-12-02 14:30 in the harness's UTC
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Scheduled);
}

TEST_CASE("an impossible date is refused with a hint, and nothing is planned") {
    Harness h;
    open_plan_for_kenji(h, core::Stage::Identified);
    h.tap("Date");
    h.press_char_key('A', true);
    h.type("2026-02-30");
    h.tap("Save");
    CHECK(h.plan().error == "Use a date like 2026-12-02 and a time like 14:30");
    CHECK(h.plan().date == "2026-02-30"); // what was typed stays
    CHECK(h.store().conversations().upcoming(0).empty());
}

TEST_CASE("with the 12-hour clock chosen, times read 2:30 PM, typing 2:30 pm works, and the "
          "stored time is the same") {
    Harness h;
    h.tap("Settings");
    h.reveal("2:30 PM");
    h.tap("2:30 PM");
    CHECK(h.app().preferences().clock == rapport::ui::ClockChoice::Twelve);
    h.tap("Back");
    open_plan_for_kenji(h);
    CHECK(h.plan().time == "10:00 AM"); // the default, as this clock writes it
    h.reveal("15 minutes later");
    h.tap("15 minutes later");
    CHECK(h.plan().time == "10:15 AM");
    h.tap("Date");
    h.press_char_key('A', true);
    h.type("2026-12-02");
    h.tap("Time");
    h.press_char_key('A', true);
    h.type("2:30 pm");
    h.tap("Save");
    const auto upcoming = h.store().conversations().upcoming(h.clock().now());
    REQUIRE(upcoming.size() == 1);
    CHECK(upcoming[0].conversation.when ==
          *core::local_instant(2026, 12, 2, 14, 30, h.store().clock()));
    CHECK(h.app().snackbar().text == "Planned for Wed 2 December at 2:30 PM");
}

TEST_CASE("going back to an answer puts the caret at its end: every answer is kept byte for "
          "byte") {
    Harness h;
    const core::Conversation c = plan_with_questions(h);
    h.tap("Start");
    h.tap("Their answer, in a few words");
    h.type("Started in library science.");
    h.tap("Next");
    h.type("Ms. Okafor");
    h.tap("Previous");
    h.type(" Also did a bootcamp.");
    h.tap("Next");
    h.type(" at the museum");
    h.tap("Next");
    h.type("The one on archives");
    h.tap("Previous");
    h.tap("Previous");
    h.type(" Then a museum job.");
    h.tap("End");
    const auto saved = h.store().conversations().find(c.id);
    REQUIRE(saved);
    CHECK(saved->questions[0].answer ==
          "Started in library science. Also did a bootcamp. Then a museum job.");
    CHECK(saved->questions[1].answer == "Ms. Okafor at the museum");
    CHECK(saved->questions[2].answer == "The one on archives");
}
