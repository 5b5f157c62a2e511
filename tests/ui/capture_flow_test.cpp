// The capture flow end to end in the UI: who it is about, prompts, leads,
// finishing, and surviving a crash.
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using namespace rapport::testing;
namespace core = rapport::core;
namespace store = rapport::store;
using rapport::ui::Screen;

namespace {

// `name`, added, and their page's "Capture notes" tapped: capture is about them.
core::Person capture_about(Harness& h, const std::string& name) {
    const core::Person p = add_person(h, name);
    open_person_page(h, name);
    h.tap("Capture notes");
    REQUIRE(h.capture().person_name == name);
    return p;
}

// A conversation with `name` that began an hour ago and was held half an
// hour ago: capture suggests it for three hours.
core::Conversation held_half_an_hour_ago(Harness& h, const std::string& name) {
    core::Conversation held;
    held.person_id = add_person(h, name).id;
    held.when = h.clock().now() - core::kHour;
    REQUIRE_FALSE(h.store().conversations().save(held));
    REQUIRE_FALSE(h.store().conversations().hold(held.id, h.clock().now() - 30 * core::kMinute));
    h.app().reload();
    return held;
}

} // namespace

TEST_CASE("a conversation that just ended is preselected") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() - 27 * core::kMinute; // 15 minutes: ended 12 minutes ago
    REQUIRE_FALSE(h.store().conversations().save(c));
    h.app().reload();
    h.tap("Capture");
    CHECK(h.capture().person_name == "Amara Osei");
    CHECK(h.capture().reason == "conversation ended 12 min ago");
    CHECK(*h.capture().conversation_id == c.id);
    CHECK(h.shows("Amara Osei"));
}

TEST_CASE("finishing marks the conversation held and makes a thank-you due in 24 hours") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    core::Conversation c = add_conversation(h, p.id, h.clock().now() - 20 * core::kMinute);
    h.app().reload();
    h.tap("Capture");
    h.type("Research ops is a growing path");
    h.tap("Done");
    CHECK(h.store().conversations().find(c.id)->status == core::ConversationStatus::Held);
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Met);
    const auto due = h.store().follow_ups().due(h.clock().now() + 2 * core::kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::ThankYou);
    CHECK(due[0].follow_up.due == h.clock().now() + 24 * core::kHour);
    CHECK(h.app().snackbar().text ==
          "Saved as your conversation with Amara Osei · thank-you due tomorrow");
}

TEST_CASE("one tap changes the person, a new name creates them and finishing moves them to met") {
    Harness h;
    h.tap("Capture");
    h.tap("Pick");
    h.type("Dana Whitfield");
    h.tap("Add Dana Whitfield");
    CHECK(h.capture().person_name == "Dana Whitfield");
    h.type("Great advice on portfolios");
    CHECK(h.capture().text == "Great advice on portfolios"); // focus went back to the text
    h.tap("We met"); // nothing was planned with Dana: say so
    CHECK(h.capture().met);
    h.tap("Done");
    const auto dana = h.store().people().find_by_name("Dana Whitfield");
    REQUIRE(dana);
    CHECK(dana->stage == core::Stage::Met);
    CHECK(h.store().follow_ups().due(h.clock().now() + 2 * core::kDay).size() == 1);
}

TEST_CASE("a note about someone, without \"We met\", is a plain note: no thank-you, no meeting") {
    Harness h;
    const core::Person p = capture_about(h, "Amara Osei");
    CHECK(h.shows("We met"));
    h.type("Her talk on research ops is online");
    h.tap("Done");
    CHECK(h.app().snackbar().text == "Saved on Amara Osei");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Identified);
    CHECK(h.store().follow_ups().due(h.clock().now() + 30 * core::kDay).empty());
    CHECK(h.store().conversations().count_held_between(0, h.clock().now() + 1) == 0);
}

TEST_CASE("Ctrl+N on a person's page captures about them, even right after someone else's "
          "conversation") {
    Harness h;
    const core::Person mine = add_person(h, "Amara Osei");
    const core::Person other = add_person(h, "Ines Duarte");
    core::Conversation ended;
    ended.person_id = other.id;
    ended.when = h.clock().now() - 20 * core::kMinute; // ended 5 minutes ago
    REQUIRE_FALSE(h.store().conversations().save(ended));
    core::Conversation early; // planned for tomorrow, held a minute ago
    early.person_id = mine.id;
    early.when = h.clock().now() + core::kDay;
    REQUIRE_FALSE(h.store().conversations().save(early));
    REQUIRE_FALSE(h.store().conversations().hold(early.id, h.clock().now() - core::kMinute));
    open_person_page(h, "Ines Duarte");
    h.press_char_key('N', true);
    CHECK(h.capture().person_name == "Ines Duarte");
    CHECK(*h.capture().conversation_id == ended.id);
    h.tap("Close"); // an empty capture files nothing
    CHECK(h.store().conversations().find(ended.id)->status == core::ConversationStatus::Planned);
    // From Today, the conversation held most recently wins: Amara's, held early.
    REQUIRE(h.app().navigator().current().screen == Screen::Person);
    h.tap("Back");
    h.tap("Today");
    h.press_char_key('N', true);
    CHECK(h.capture().person_name == "Amara Osei");
    CHECK(*h.capture().conversation_id == early.id);
}

TEST_CASE("a prompt chip adds its heading and typing continues under it") {
    Harness h;
    h.tap("Capture");
    h.type("Met at the fair");
    h.tap("Takeaways");
    h.frames(3);
    h.type("portfolio first");
    CHECK(h.capture().text == "Met at the fair\n\nThree takeaways\n· portfolio first");
}

TEST_CASE("people to contact become referral leads with one tap each") {
    Harness h;
    const core::Person amara = capture_about(h, "Amara Osei");
    h.reveal_sideways("People to contact", "Takeaways");
    h.tap("People to contact");
    h.frames(3);
    h.type("Sam Ortiz (Brightline, design systems)");
    h.frames(2);
    h.reveal("Add Sam Ortiz");
    h.tap("Add Sam Ortiz");
    const auto sam = h.store().people().find_by_name("Sam Ortiz");
    REQUIRE(sam);
    CHECK(sam->stage == core::Stage::Identified);
    CHECK(sam->source == core::Source::Referral);
    CHECK(*sam->referred_by == amara.id);
    CHECK(sam->research.notes == "Brightline, design systems");
    CHECK_FALSE(h.shows("Add Sam Ortiz")); // offered once
}

TEST_CASE("a crash mid-sentence loses at most the last second: the draft is back, caret included") {
    Harness h;
    const core::Person p = add_person(h, "Ines Duarte");
    open_person_page(h, "Ines Duarte");
    h.press_char_key('N', true); // Ctrl+N: capture, about the person last viewed
    h.type("Loves the archive work and");
    h.wait(1.0);          // the autosave debounce
    h.type(" the visit"); // typed in the last moment: may be lost
    h.restart({Screen::Capture, {}});
    const std::string text = h.capture().text;
    CHECK(text.rfind("Loves the archive work and", 0) == 0);
    CHECK(h.capture().person_name == "Ines Duarte");
    CHECK(h.app().navigator().current().screen == Screen::Capture);
    h.type("!");
    CHECK(h.capture().text == text + "!"); // the caret is where it was: at the end
    (void)p;
}

TEST_CASE("launched straight into capture, someone already in People is not offered as a lead") {
    Harness h;
    const core::Person amara = add_person(h, "Amara Osei");
    add_person(h, "Sam Ortiz");
    core::Conversation c = add_conversation(h, amara.id, h.clock().now() - 27 * core::kMinute);
    // The names are read a frame after the capture box is up, not before,
    // and without waiting for a tap.
    h.restart({Screen::Capture, {}});
    CHECK(h.app().model().names.size() == 2);
    REQUIRE(h.capture().person_name == "Amara Osei");
    h.reveal_sideways("People to contact", "Takeaways");
    h.tap("People to contact");
    h.frames(3);
    h.type("Sam Ortiz (Brightline)");
    h.press(ImGuiKey_Enter);
    h.type("Lee Park (Acme)");
    h.frames(2);
    h.reveal("Add Lee Park");
    CHECK(h.shows("Add Lee Park"));
    CHECK_FALSE(h.shows("Add Sam Ortiz"));
}

TEST_CASE("a confirmation stays with the screen its action left open, never a later one") {
    Harness h;
    add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.tap("Capture notes");
    h.type("Her talk on research ops is online");
    h.tap("Done");
    REQUIRE(h.app().snackbar().text == "Saved on Amara Osei");
    // Capture again: the new, empty note has saved nothing.
    h.tap("Capture notes");
    CHECK(h.app().snackbar().text.empty());
    h.tap("Close");
    CHECK(h.app().snackbar().text.empty());
}

TEST_CASE("a confirmation leaves by itself while nothing is touched") {
    Harness h;
    add_person(h, "Amara Osei");
    open_person_page(h, "Amara Osei");
    h.tap("Capture notes");
    h.type("Portfolio review next week");
    h.tap("Done");
    REQUIRE_FALSE(h.app().snackbar().text.empty());
    h.wait(6.0);
    CHECK(h.app().snackbar().text.empty());
}

TEST_CASE("a note typed but never filed (the app went away) waits on Today until it is") {
    Harness h;
    add_person(h, "Ines Duarte");
    h.app().reload();
    h.tap("Capture notes");
    h.type("Ask Ines about the archive internship");
    h.wait(1.0); // saved as a draft, never filed
    h.restart();
    h.frames(3);
    REQUIRE(h.shows("A note waits to be filed"));
    h.tap("A note waits to be filed");
    CHECK(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().text == "Ask Ines about the archive internship");
    h.tap("Done");
    h.frames(3);
    CHECK(h.store().notes().count() == 1);
    CHECK_FALSE(h.shows("A note waits to be filed"));
}

TEST_CASE("a suggested person is one tap from the inbox, and capture says where Done puts the "
          "note") {
    Harness h;
    const core::Conversation held = held_half_an_hour_ago(h, "Zoë Ångström");
    h.tap("Capture notes");
    REQUIRE(h.capture().person_name == "Zoë Ångström");
    h.type("keyboard note");
    CHECK(h.shows_text("Done files it as your conversation with Zoë Ångström"));
    h.tap("No one · inbox");
    CHECK_FALSE(h.capture().person_id.has_value());
    CHECK(h.shows_text("Done puts it in your inbox"));
    h.type(" two");
    h.tap("Done");
    CHECK(h.app().snackbar().text == "Saved to your inbox");
    const auto inbox = h.store().notes().inbox();
    REQUIRE(inbox.size() == 1);
    CHECK(inbox[0].body == "keyboard note two");
    CHECK(h.store().notes().about(held.id).empty()); // not her debrief
}

TEST_CASE("the close button keeps the note as a draft, never files it, and its target stays") {
    Harness h;
    held_half_an_hour_ago(h, "Zoë Ångström");
    h.tap("Capture notes");
    h.tap("No one · inbox");
    h.type("half a thought");
    h.tap("Close");
    CHECK(h.store().notes().count() == 0);
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == "half a thought");
    CHECK(h.app().snackbar().text == "Kept as a draft · Done files it");
    CHECK(h.shows("A note waits to be filed"));
    // Back in capture it is still about no one: Zoë is not suggested again.
    h.tap("Capture notes");
    CHECK_FALSE(h.capture().person_id.has_value());
    CHECK(h.capture().text == "half a thought");
}
