// Reminders: turned on in Settings (which turns on the timer for when
// Rapport is closed), and shown as notifications while Rapport runs but is
// not looked at, one per follow-up, shared with `rapport remind`.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
namespace ui = rapport::ui;
using ui::Screen;

namespace {

struct Shown {
    std::string title, body, person_id;
};

struct FakeDesktop {
    std::vector<Shown> shown;
    std::vector<bool> timer_calls;
    bool focused = false;
    std::string timer_refusal; // non-empty: the timer cannot be set
    void install(Harness& h) {
        h.adjust_services = [this](ui::AppServices& services) {
            services.notify = [this](const std::string& title, const std::string& body,
                                     const std::string& person) {
                shown.push_back({title, body, person});
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
