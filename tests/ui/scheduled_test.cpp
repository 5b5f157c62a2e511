// Today never hides what is coming: a follow-up moved past the week is
// counted under "Due soon" with the day it comes back, one tap from the
// list of everything scheduled; the snooze says where it went. The
// harness's clock is set to a Monday morning in Chicago, the instant where
// "next week" is seven days on (the day the suite used to fail).
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include "core/calendar.hpp"
#include "ui/accessible_mirror.hpp"

#include <doctest/doctest.h>

using namespace rapport::testing;
namespace core = rapport::core;
namespace ui = rapport::ui;
using ui::Screen;

namespace {

constexpr core::Millis kMondayMorning = 1'797'260'340'000; // Mon 2026-12-14 08:59 CST

// A conversation held `ago` before now: its thank-you is due 24 h after it.
void held(Harness& h, const core::Person& p, core::Millis ago) {
    core::Conversation c = add_conversation(h, p.id, h.clock().now() - ago);
    REQUIRE_FALSE(h.store().conversations().hold(c.id, c.when));
}

// Whether the screen tells this text (a heading, a paragraph), as the
// accessible mirror hands it to a screen reader: what is read, not only
// what can be tapped.
bool says(Harness& h, std::string_view text) {
    h.context().access.enabled = true;
    h.frames(2);
    for (const ui::AccessNode& n : h.context().access.nodes())
        if (n.label == text) return true;
    return false;
}

void at_monday_morning_in_chicago(Harness& h) {
    h.in_zone("America/Chicago");
    h.clock().set(kMondayMorning);
}

} // namespace

TEST_CASE("snoozed to next week from a Monday, a thank-you stays in sight and opens from Today") {
    Harness h;
    at_monday_morning_in_chicago(h);
    const core::Person p = add_person(h, "Zeynep Yılmaz");
    held(h, p, 2 * core::kHour); // thank-you due tomorrow: under Due soon
    h.app().reload();
    h.frames(2);
    REQUIRE(h.today().soon.size() == 1);
    h.tap("Snooze: Thank Zeynep Yılmaz");
    h.tap("Next week");
    // Monday to next Monday is seven days: beyond "Due soon", not out of sight.
    CHECK(h.app().snackbar().text == "Snoozed to Mon 21 Dec, 09:00 · see Coming up");
    h.frames(2);
    CHECK(h.today().soon.empty());
    CHECK(h.today().later == 1);
    CHECK_FALSE(h.shows("Thank Zeynep Yılmaz"));
    REQUIRE(h.shows("1 more later"));
    h.tap("1 more later");
    REQUIRE(h.app().navigator().current().screen == Screen::Scheduled);
    CHECK(says(h, "Mon 21 December")); // the day's heading
    CHECK(h.shows("Thank Zeynep Yılmaz"));
    // Done from the list of everything scheduled.
    h.tap("Done: Thank Zeynep Yılmaz");
    CHECK(h.store().follow_ups().count_due(h.clock().now() + 30 * core::kDay) == 0);
    h.frames(2);
    CHECK_FALSE(h.shows("Thank Zeynep Yılmaz"));
}

TEST_CASE("Today counts what is further off and names the next day it comes") {
    Harness h;
    at_monday_morning_in_chicago(h);
    const core::Person a = add_person(h, "Amara Osei");
    const core::Person b = add_person(h, "Émilie Durand");
    for (const auto& [person, day] : {std::pair{a, core::LocalDate{2026, 12, 28}},
                                      std::pair{b, core::LocalDate{2026, 12, 21}}}) {
        core::FollowUp f;
        f.person_id = person.id;
        f.kind = core::FollowUpKind::Custom;
        f.title = "Send the article";
        f.due = core::morning_of(day, h.store().clock());
        REQUIRE_FALSE(h.store().follow_ups().add(f));
    }
    h.app().reload();
    h.frames(2);
    CHECK(h.today().due.empty());
    CHECK(h.today().soon.empty());
    CHECK(h.today().later == 2);
    CHECK(h.shows("2 more later"));
    CHECK(says(h, "Nothing in the next six days."));
    h.tap("2 more later");
    CHECK(says(h, "Mon 21 December"));
    CHECK(says(h, "Mon 28 December"));
}

TEST_CASE("a snooze to tomorrow says it is under Due soon, and times show on the wall clock") {
    Harness h;
    // Saturday 2026-10-31 12:00 CDT: tomorrow the clocks go back an hour.
    h.in_zone("America/Chicago");
    h.clock().set(1'793'466'000'000);
    const core::Person p = add_person(h, "Amara Osei");
    held(h, p, 25 * core::kHour); // the thank-you is due now
    h.app().reload();
    h.frames(2);
    REQUIRE(h.today().due.size() == 1);
    h.tap("Snooze: Thank Amara Osei");
    h.tap("Next week");
    // Monday 9:00 standard time reads 09:00, not the 10:00 today's offset gives.
    CHECK(h.app().snackbar().text == "Snoozed to Mon 09:00 · under Due soon");
    h.frames(2);
    REQUIRE(h.today().soon.size() == 1);
    CHECK(core::local_time_text(h.today().soon[0].follow_up.due, h.store().clock()) == "09:00");
}

TEST_CASE("a conversation planned at 01:30 on the night the clocks go back keeps the first 01:30") {
    Harness h;
    h.in_zone("America/Chicago");
    h.clock().set(1'793'466'000'000); // Sat 2026-10-31 12:00 CDT
    const core::Person p = add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.reveal("Plan a conversation");
    h.tap("Plan a conversation");
    h.reveal("Date");
    h.tap("Date");
    h.press_char_key('A', true);
    h.type("2026-11-01");
    h.reveal("Time");
    h.tap("Time");
    h.press_char_key('A', true);
    h.type("01:30");
    h.tap("Save");
    const auto planned = h.store().conversations().upcoming(0, 5, p.id);
    REQUIRE(planned.size() == 1);
    CHECK(planned[0].conversation.when == 1'793'514'600'000); // 01:30 CDT, before the change
    // Moving it offers the same day and time in the picker, as it was typed.
    h.app().open({Screen::Debrief, planned[0].conversation.id});
    h.frames(2);
    h.tap("Move");
    CHECK(h.debrief().move_date == "2026-11-01");
    CHECK(h.debrief().move_time == "01:30");
}
