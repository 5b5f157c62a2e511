// After the conversation: the conversation read back and corrected, moved or
// cancelled; replies that stop nudges; snoozing to a chosen time; reminders
// of your own; what is due soon; what everyone recommended.
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include "core/calendar.hpp"

#include <doctest/doctest.h>

using namespace rapport::testing;
namespace core = rapport::core;
namespace store = rapport::store;
using rapport::ui::Screen;

namespace {

core::Conversation held(Harness& h, const core::Person& p, core::Millis at,
                        const std::string& courses = "") {
    core::Conversation c;
    c.person_id = p.id;
    c.when = at;
    c.courses = courses;
    c.takeaways = "Portfolios win";
    REQUIRE_FALSE(h.store().conversations().save(c));
    REQUIRE_FALSE(h.store().conversations().hold(c.id, at));
    return c;
}

// An outreach to `p` asking for 15 minutes, marked sent `at`: two nudges
// wait after it.
void sent_outreach(Harness& h, const core::Person& p, core::Millis at) {
    core::Message m;
    m.person_id = p.id;
    m.kind = core::MessageKind::Outreach;
    m.body = "Could we talk for 15 minutes?";
    REQUIRE_FALSE(h.store().messages().save(m));
    REQUIRE_FALSE(h.store().messages().mark_sent(m.id, at));
}

int open_nudges(Harness& h, const std::string& person_id) {
    int n = 0;
    for (const auto& d :
         h.store().follow_ups().due(h.clock().now() + 60 * core::kDay, 100, person_id))
        n += d.follow_up.kind == core::FollowUpKind::Nudge ||
             d.follow_up.kind == core::FollowUpKind::LastNudge;
    return n;
}

} // namespace

TEST_CASE("a conversation opens whole from the timeline and its fields are edited in place") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    const core::Conversation c = held(h, p, h.clock().now() - 2 * core::kDay);
    open_person_page(h, "Amara Osei");
    h.reveal("Conversation · in person");
    h.tap("Conversation · in person");
    REQUIRE(h.app().navigator().current().screen == Screen::Debrief);
    CHECK(h.debrief().conversation.takeaways == "Portfolios win");
    h.reveal("Advice they gave");
    h.tap("Advice they gave");
    h.type("Start with usability tests");
    h.wait(0.6);
    CHECK(h.store().conversations().find(c.id)->advice == "Start with usability tests");
}

TEST_CASE("a planned conversation is cancelled from the person's page and the stage follows") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei", core::Stage::ReachedOut);
    core::Conversation c = add_conversation(h, p.id, h.clock().now() + 2 * core::kDay);
    REQUIRE(h.store().people().find(p.id)->stage == core::Stage::Scheduled);
    open_person_page(h, "Amara Osei");
    h.reveal("Move or cancel");
    h.tap("Move or cancel");
    REQUIRE(h.app().navigator().current().screen == Screen::Debrief);
    h.tap("Cancel");
    h.tap("Yes, cancel");
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Cancelled);
    CHECK(h.store().people().find(p.id)->stage == core::Stage::ReachedOut);
    CHECK(h.app().snackbar().text == "Conversation cancelled");
}

TEST_CASE("a planned conversation opens from Today and moves to another day, a bad date changes "
          "nothing") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    core::Conversation c = add_conversation(h, p.id, h.clock().now() + 2 * core::kDay);
    h.app().reload();
    h.frames(2);
    h.reveal("Amara Osei · 15 min");
    h.tap("Amara Osei · 15 min"); // the upcoming conversation on Today
    REQUIRE(h.app().navigator().current().screen == Screen::Debrief);
    h.tap("Move");
    h.tap("Date");
    h.press_char_key('A', true);
    h.type("2026-13-40");
    h.reveal("Move it");
    h.tap("Move it");
    CHECK(h.debrief().move_error == "Give the date as 2026-12-02 and the time as 14:30.");
    CHECK(h.store().conversations().find(c.id)->when == c.when);
    h.tap("Date");
    h.press_char_key('A', true);
    h.type("2026-12-09");
    h.reveal("Time");
    h.tap("Time");
    h.press_char_key('A', true);
    h.type("16:00");
    h.reveal("Move it");
    h.tap("Move it");
    const auto expected = core::parse_local("2026-12-09", "16:00", h.store().clock());
    REQUIRE(expected);
    CHECK(h.store().conversations().find(c.id)->when == *expected);
}

TEST_CASE("\"They replied\" on a person stops the nudges") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei", core::Stage::Researched);
    sent_outreach(h, p, h.clock().now());
    REQUIRE(open_nudges(h, p.id) == 2);
    open_person_page(h, "Amara Osei");
    h.tap("They replied");
    CHECK(open_nudges(h, p.id) == 0);
    CHECK(h.app().snackbar().text == "Reply noted · nudges stopped · plan the conversation next");
    CHECK(h.shows("Plan a conversation"));
    CHECK_FALSE(h.shows("They replied")); // nothing left to wait for
}

TEST_CASE("a due nudge snoozes to next week, and \"They replied\" on it stops the rest") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei", core::Stage::Researched);
    sent_outreach(h, p, h.clock().now() - 14 * core::kDay);
    h.app().reload();
    h.frames(2);
    REQUIRE(h.today().due.size() == 2);
    const store::DueFollowUp first = h.today().due[0];
    h.tap("Snooze: Nudge Amara Osei");
    h.tap("Next week");
    const auto moved = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay, 10, p.id);
    bool found = false;
    for (const auto& d : moved)
        if (d.follow_up.id == first.follow_up.id) {
            found = true;
            // The harness's clock is a Sunday afternoon: next week is tomorrow, 9:00.
            CHECK(core::local_weekday(d.follow_up.due, h.store().clock()) == 1);
            CHECK(d.follow_up.due == core::start_of_local_day(h.clock().now(), h.store().clock()) +
                                         core::kDay + 9 * core::kHour);
        }
    CHECK(found);
    h.tap("Snooze: Last nudge to Amara Osei");
    h.tap("They replied");
    CHECK(open_nudges(h, p.id) == 0);
}

TEST_CASE("a reminder of your own, from the person's page, with a note and a date") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.reveal("Remind me to");
    h.tap("Remind me to");
    h.type("send her the GIS article");
    h.tap("In 2 weeks");
    const auto due = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay, 10, p.id);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::Custom);
    CHECK(due[0].follow_up.title == "send her the GIS article");
    CHECK(due[0].follow_up.due == core::morning_in_days(14, h.clock().now(), h.store().clock()));
}

TEST_CASE("a follow-up snoozes to a day picked on a month grid, past days cannot be picked") {
    Harness h; // the harness's clock: Sunday 15 June 2025, afternoon
    const core::Person p = add_person(h, "Amara Osei");
    held(h, p, h.clock().now() - 2 * core::kDay); // its thank-you is overdue
    h.app().reload();
    h.frames(2);
    REQUIRE(h.today().due.size() == 1);
    const std::string id = h.today().due[0].follow_up.id;
    h.tap("Snooze: Thank Amara Osei");
    h.tap("Pick a day");
    h.reveal("Mon 16 June");
    CHECK(h.shows("Mon 16 June"));
    CHECK_FALSE(h.shows("Sat 14 June")); // yesterday is not offered
    h.tap("Next month");
    h.reveal("Thu 24 July");
    h.tap("Thu 24 July");
    const auto due = h.store().follow_ups().due(h.clock().now() + 60 * core::kDay, 10, p.id);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.id == id);
    CHECK(due[0].follow_up.due == core::morning_of({2025, 7, 24}, h.store().clock()));
    CHECK(h.app().snackbar().text == "Snoozed to Thu 24 Jul, 09:00 · see Coming up");
}

TEST_CASE("a reminder of your own on a day picked from the month") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.reveal("Remind me to");
    h.tap("Remind me to");
    h.type("ask about the summer internship");
    h.tap("Pick a day");
    CHECK_FALSE(h.shows("Sun 15 June")); // a reminder is for tomorrow at the earliest
    h.reveal("Fri 20 June");
    h.tap("Fri 20 June");
    const auto due = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay, 10, p.id);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.title == "ask about the summer internship");
    CHECK(due[0].follow_up.due == core::morning_of({2025, 6, 20}, h.store().clock()));
}

TEST_CASE("Today shows what is due soon under what is due now, and its tiles open them") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    // Held this morning: the thank-you is due tomorrow, not today.
    held(h, p, h.clock().now() - core::kHour);
    h.app().reload();
    h.frames(2);
    CHECK(h.today().due.empty());
    REQUIRE(h.today().soon.size() == 1);
    CHECK(h.shows("Thank Amara Osei")); // under "Due soon"
    h.tap("met in Jun");                // the harness's clock is in June
    CHECK(h.app().navigator().tab() == Screen::People);
}

TEST_CASE("What I've heard sums up courses across conversations, with who said them") {
    Harness h;
    const core::Person a = add_person(h, "Amara Osei");
    const core::Person d = add_person(h, "Dana Kim");
    held(h, a, h.clock().now() - 3 * core::kDay, "Google UX certificate\nIntro to GIS");
    held(h, d, h.clock().now() - core::kDay, "google ux certificate");
    h.app().reload();
    h.tap("Prepare");
    h.reveal("What I've heard");
    h.tap("What I've heard");
    REQUIRE(h.app().navigator().current().screen == Screen::Heard);
    CHECK(h.shows("Google UX certificate"));
    CHECK(h.shows("Intro to GIS"));
    const auto& courses = h.heard().sections()[0].items;
    REQUIRE(courses.size() == 2);
    CHECK(courses[0].people == std::vector<std::string>{"Amara Osei", "Dana Kim"});
    h.tap("Google UX certificate");
    CHECK(h.app().navigator().current().screen == Screen::Debrief);
}

TEST_CASE("the whole loop: outreach, reply, plan, hold, debrief, thank-you, a note a week later") {
    Harness h;
    REQUIRE_FALSE(h.store().prepare().save_profile(
        {"Jordan", "a junior studying geography", "", "", "", "", ""}));
    core::Person p{.name = "Amara Osei",
                   .organisation = "Brightline Labs",
                   .field = "UX research",
                   .source = core::Source::CareerFair,
                   .stage = core::Stage::Researched};
    REQUIRE_FALSE(h.store().people().save(p));
    h.app().reload();
    // Outreach: written from the template, checked, marked sent.
    h.tap("People");
    h.tap("Amara Osei");
    h.tap("Write");
    h.tap("Mark as sent");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::ReachedOut);
    CHECK(open_nudges(h, p.id) == 2);
    // Two days later she answers.
    h.clock().advance(2 * core::kDay);
    h.app().reload();
    h.frames(2);
    h.tap("They replied");
    CHECK(open_nudges(h, p.id) == 0);
    // The conversation is planned for the next day at this time.
    core::Conversation c = add_conversation(h, p.id, h.clock().now() + core::kDay);
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Scheduled);
    // Twenty minutes after it began: Ctrl+N from Today is about her.
    h.clock().advance(core::kDay + 20 * core::kMinute);
    h.app().reload();
    h.tap("Back");
    h.tap("Today");
    h.press_char_key('N', true);
    REQUIRE(h.capture().person_name == "Amara Osei");
    REQUIRE(*h.capture().conversation_id == c.id);
    h.type("Met in her office");
    h.tap("Takeaways");
    h.frames(3);
    h.type("Start with usability tests");
    h.tap("Done");
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Held);
    CHECK(h.store().conversations().find(c.id)->takeaways == "Start with usability tests");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Met);
    CHECK(h.app().snackbar().text ==
          "Saved as your conversation with Amara Osei · thank-you due tomorrow");
    // The thank-you, due tomorrow, shows under "Due soon" and names the takeaway.
    h.frames(2);
    REQUIRE(h.today().soon.size() == 1);
    h.tap("Thank Amara Osei");
    CHECK(h.compose().message.body.find("Start with usability tests") != std::string::npos);
    h.tap("Mark as sent");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Thanked);
    CHECK(h.store().follow_ups().due(h.clock().now() + 5 * core::kDay).empty());
    // A week later, a note from her page: a plain note, nothing more is due.
    h.clock().advance(7 * core::kDay);
    open_person_page(h, "Amara Osei");
    h.tap("Capture notes");
    CHECK_FALSE(h.capture().conversation_id);
    h.type("Sent her my usability test plan");
    h.tap("Done");
    CHECK(h.app().snackbar().text == "Saved on Amara Osei");
    CHECK(h.store().conversations().count_held_between(0, h.clock().now() + 1) == 1);
    CHECK(h.store().follow_ups().due(h.clock().now() + 5 * core::kDay).empty());
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Thanked);
}

TEST_CASE("Enter in a reminder of your own sets it for tomorrow, the first choice") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.reveal("Remind me to");
    h.tap("Remind me to");
    h.press(ImGuiKey_Enter); // nothing typed: nothing set
    CHECK(h.store().follow_ups().due(h.clock().now() + 30 * core::kDay, 10, p.id).empty());
    h.tap("Remind me to"); // Enter left the field, as it does in any form
    h.type("send her the GIS article");
    h.press(ImGuiKey_Enter);
    const auto due = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay, 10, p.id);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.title == "send her the GIS article");
    CHECK(due[0].follow_up.due == core::morning_in_days(1, h.clock().now(), h.store().clock()));
}

TEST_CASE("Escape closes open snooze choices first, and leaving Today closes them") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    held(h, p, h.clock().now() - 2 * core::kDay); // its thank-you is overdue
    h.app().reload();
    h.frames(2);
    REQUIRE(h.today().due.size() == 1);
    h.tap("Snooze: Thank Amara Osei");
    REQUIRE(h.shows("Pick a day"));
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK_FALSE(h.shows("Pick a day"));
    CHECK(h.app().navigator().current().screen == Screen::Today);

    h.tap("Snooze: Thank Amara Osei");
    REQUIRE(h.shows("Pick a day"));
    h.tap("People");
    h.tap("Today");
    h.frames(2);
    CHECK_FALSE(h.shows("Pick a day")); // a new visit starts with them closed
    CHECK(h.today().due.size() == 1);   // nothing was snoozed
}
