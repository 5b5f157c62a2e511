// Reminders: turned on in Settings (which turns on the timer for when
// Rapport is closed), and shown as notifications while Rapport runs but is
// not looked at, one per follow-up, shared with `rapport remind`.
#include "core/quiet_hours.hpp"
#include "store/end_prompt_repository.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"
#include "ui/preferences.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>

using rapport::testing::Harness;
namespace core = rapport::core;
namespace ui = rapport::ui;
using ui::Screen;

namespace {

struct Shown {
    std::string title, body, person_id;
    ui::Notification whole;
};

struct FakeDesktop {
    std::vector<Shown> shown;
    std::vector<bool> timer_calls;
    bool focused = false;
    std::string timer_refusal; // non-empty: the timer cannot be set
    void install(Harness& h) {
        h.adjust_services = [this](ui::AppServices& services) {
            services.notify = [this](const ui::Notification& n) {
                const std::string person =
                    n.open_request.rfind("open:person:", 0) == 0 ? n.open_request.substr(12) : "";
                shown.push_back({n.title, n.body, person, n});
            };
            services.window_focused = [this] { return focused; };
            services.set_reminders_when_closed = [this](bool on, std::string& error) {
                timer_calls.push_back(on);
                error = timer_refusal;
                return timer_refusal.empty();
            };
        };
    }
};

core::Person due_thank_you(Harness& h, const std::string& name) {
    core::Person p;
    p.name = name;
    REQUIRE_FALSE(h.store().people().save(p));
    core::FollowUp f;
    f.person_id = p.id;
    f.kind = core::FollowUpKind::ThankYou;
    f.due = h.clock().now() - 60'000;
    REQUIRE_FALSE(h.store().follow_ups().add(f));
    h.app().reload();
    return p;
}

void turn_on(Harness& h) {
    h.restart({Screen::Settings});
    h.frames(2);
    h.reveal("On");
    h.tap("On");
}

} // namespace

TEST_CASE("turning reminders on in Settings turns on the timer and is remembered") {
    FakeDesktop desktop;
    Harness h(ImVec2(420, 860), {Screen::Settings, {}});
    desktop.install(h);
    turn_on(h);
    CHECK(h.app().preferences().reminders);
    CHECK(desktop.timer_calls == std::vector<bool>{true});
    // Quiet hours: 22:00–08:00 unless chosen otherwise.
    CHECK(h.app().preferences().quiet_from == 22 * 60);
    h.reveal("None");
    h.tap("None");
    CHECK(h.app().preferences().quiet_from == h.app().preferences().quiet_until);
    CHECK(desktop.timer_calls.size() == 1); // quiet hours touch no timer
    h.reveal("Off");
    h.tap("Off");
    CHECK_FALSE(h.app().preferences().reminders);
    CHECK(desktop.timer_calls == std::vector<bool>{true, false});
}

TEST_CASE("a timer that cannot be set says why, and reminders still show while Rapport runs") {
    FakeDesktop desktop;
    desktop.timer_refusal = "systemctl --user could not enable the reminder timer: no user session";
    Harness h(ImVec2(420, 860), {Screen::Settings, {}});
    desktop.install(h);
    turn_on(h);
    CHECK(h.app().preferences().reminders);
    h.frames(2);
    CHECK(h.app().model().reminders_problem == desktop.timer_refusal);
}

TEST_CASE("while Rapport is not looked at, a due follow-up shows one notification") {
    FakeDesktop desktop;
    desktop.focused = true;
    Harness h;
    desktop.install(h);
    turn_on(h);
    const core::Person amara = due_thank_you(h, "Amara Osei");
    h.frames(3);
    CHECK(desktop.shown.empty()); // looked at: Today shows it instead

    desktop.focused = false;
    h.clock().advance(61'000);
    h.frames(3);
    REQUIRE(desktop.shown.size() == 1);
    CHECK(desktop.shown[0].title == "Thank Amara Osei");
    CHECK(desktop.shown[0].body == "Within a day of your conversation");
    CHECK(desktop.shown[0].person_id == amara.id);

    // Minutes later: no second one; `rapport remind` finds it claimed too.
    h.clock().advance(5 * 61'000);
    h.frames(3);
    CHECK(desktop.shown.size() == 1);
    const auto due = h.store().follow_ups().due(h.clock().now(), 10);
    REQUIRE(due.size() == 1);
    bool claimed = true;
    REQUIRE_FALSE(h.store().follow_ups().claim_reminder(due[0].follow_up.id, due[0].follow_up.due,
                                                        h.clock().now(), claimed));
    CHECK_FALSE(claimed);

    // Snoozed to later, and due again: one more.
    REQUIRE_FALSE(h.store().follow_ups().snooze(due[0].follow_up.id, h.clock().now() + 60'000));
    h.clock().advance(2 * 61'000);
    h.frames(3);
    CHECK(desktop.shown.size() == 2);
}

TEST_CASE("a notification's click opens the person in the running Rapport") {
    Harness h;
    core::Person p;
    p.name = "Daniel Kim";
    REQUIRE_FALSE(h.store().people().save(p));
    h.app().handle_request("open:person:" + p.id);
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().navigator().current().argument == p.id);
}

namespace {

// A conversation with `name` that started `ago` before now and lasted 30 min.
core::Conversation ended(Harness& h, const std::string& name, core::Millis ago) {
    const core::Person p = rapport::testing::add_person(h, name);
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() - ago;
    c.duration_minutes = 30;
    c.questions = {{std::nullopt, "What do you do in a typical day?", ""},
                   {std::nullopt, "What do you like most about your work?", "The people"}};
    REQUIRE_FALSE(h.store().conversations().save(c));
    h.app().reload();
    return c;
}

} // namespace

TEST_CASE("within a minute of a conversation's end, a notification asks how it went") {
    FakeDesktop desktop;
    Harness h;
    desktop.install(h);
    turn_on(h);
    h.app().open({Screen::Today, {}});
    const core::Conversation c = ended(h, "Amara Osei", 20 * core::kMinute); // ends in 10 min
    h.frames(3);
    CHECK(desktop.shown.empty());
    h.clock().advance(10 * core::kMinute + 30 * core::kSecond); // 30 s after its end
    h.frames(3);
    REQUIRE(desktop.shown.size() == 1);
    const ui::Notification& n = desktop.shown[0].whole;
    CHECK(n.title == "How did it go with Amara Osei?");
    CHECK(n.body.find("Capture your notes while they are fresh") != std::string::npos);
    REQUIRE(n.actions.size() == 3);
    CHECK(n.actions[0].label == "Capture notes");
    CHECK(n.actions[1].label == "Not now");
    CHECK(n.actions[2].label == "It didn't happen");
    // Once only.
    h.clock().advance(5 * core::kMinute);
    h.frames(3);
    CHECK(desktop.shown.size() == 1);

    // Capture notes: capture opens on that conversation, its box focused,
    // its unanswered question offered, and what is typed files as its debrief.
    h.app().handle_request(n.actions[0].request);
    h.frames(3);
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().conversation_id == c.id);
    CHECK(h.capture().reason == "the conversation that just ended");
    CHECK(h.capture().box_active);
    CHECK(h.capture().open_questions ==
          std::vector<std::string>{"What do you do in a typical day?"});
    h.tap("What do you do in a typical day?");
    h.type("Interviews, then synthesis");
    h.press(ImGuiKey_Enter, true);
    h.frames(2);
    const auto debriefed = h.store().conversations().find(c.id);
    CHECK(debriefed->status == core::ConversationStatus::Held);
    CHECK(debriefed->questions[0].answer == "Interviews, then synthesis");
    CHECK(h.store().end_prompts().just_ended(h.clock().now()).empty());
}

TEST_CASE("Not now asks again in 30 minutes, It didn't happen cancels with Undo") {
    FakeDesktop desktop;
    Harness h;
    desktop.install(h);
    turn_on(h);
    h.app().open({Screen::Today, {}});
    const core::Conversation c = ended(h, "Amara Osei", 31 * core::kMinute);
    h.clock().advance(core::kMinute); // the next look
    h.frames(3);
    REQUIRE(desktop.shown.size() == 1);
    h.app().handle_request(desktop.shown[0].whole.actions[1].request); // Not now
    h.clock().advance(29 * core::kMinute);
    h.frames(3);
    CHECK(desktop.shown.size() == 1);
    h.clock().advance(2 * core::kMinute);
    h.frames(3);
    REQUIRE(desktop.shown.size() == 2);
    CHECK(desktop.shown[1].title == "How did it go with Amara Osei?");

    h.app().handle_request(desktop.shown[1].whole.actions[2].request); // It didn't happen
    h.frames(2);
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Cancelled);
    REQUIRE(h.shows("Undo"));
    h.tap("Undo");
    h.frames(2);
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Planned);
}

TEST_CASE("no ask in quiet hours until they end, none for a cancelled conversation, none when "
          "the switch is off") {
    FakeDesktop desktop;
    Harness h;
    desktop.install(h);
    turn_on(h);
    h.app().open({Screen::Today, {}});
    // Quiet all day but this minute's hour: from the next hour to this one.
    const int minute = rapport::core::local_minute_of_day(
        h.clock().now(), h.clock().utc_offset_minutes(h.clock().now()));
    h.app().preferences().quiet_from = (minute / 60) * 60;
    h.app().preferences().quiet_until = ((minute / 60 + 1) % 24) * 60;
    const core::Conversation cancelled = ended(h, "Ines Duarte", 31 * core::kMinute);
    REQUIRE_FALSE(h.store().conversations().cancel(cancelled.id));
    ended(h, "Amara Osei", 31 * core::kMinute);
    h.clock().advance(2 * core::kMinute);
    h.frames(3);
    CHECK(desktop.shown.empty()); // quiet hours hold it
    h.clock().advance(61 * core::kMinute);
    h.frames(3);
    REQUIRE(desktop.shown.size() == 1); // and it comes when they end
    CHECK(desktop.shown[0].title == "How did it go with Amara Osei?");

    h.app().preferences().ask_when_ended = false;
    ended(h, "Sam Lee", 31 * core::kMinute);
    h.clock().advance(2 * core::kMinute);
    h.frames(3);
    CHECK(desktop.shown.size() == 1);
}

TEST_CASE("Settings turns the ask at a conversation's end off and on, and keeps the choice") {
    rapport::testing::TempDir dir;
    const std::string settings = dir.file("settings.ini");
    std::ofstream(settings) << "reminders = on\n";
    Harness h(ImVec2(420, 860), {Screen::Settings, {}}, settings);
    CHECK(h.app().preferences().ask_when_ended); // on with reminders
    h.reveal("Don't ask");
    h.tap("Don't ask");
    CHECK_FALSE(h.app().preferences().ask_when_ended);
    CHECK_FALSE(ui::load_preferences(settings).ask_when_ended);
    h.tap("Ask");
    CHECK(ui::load_preferences(settings).ask_when_ended);
}
