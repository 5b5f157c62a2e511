// Writing messages: the right template for the moment, the live outreach
// check, and "mark as sent" starting or stopping the right clocks.
#include "core/outreach_check.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>
#include <functional>
#include <future>
#include <string>
#include <thread>
#include <vector>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

namespace {

// Daniel, met at a career fair and researched: an outreach's moment.
core::Person met_at_the_career_fair(Harness& h) {
    core::Person p{.name = "Daniel Kim",
                   .organisation = "City of Fairview",
                   .field = "urban planning",
                   .emails = {"daniel@fairview.example"},
                   .source = core::Source::CareerFair,
                   .stage = core::Stage::Researched};
    REQUIRE_FALSE(h.store().people().save(p));
    return p;
}

// Jordan, a geography junior, opens Write on Daniel's page.
core::Person write_to_daniel(Harness& h) {
    const core::Person p = met_at_the_career_fair(h);
    REQUIRE_FALSE(h.store().prepare().save_profile(
        {"Jordan", "a junior studying geography", "", "", "", "", ""}));
    rapport::testing::open_person_page(h, "Daniel Kim");
    h.tap("Write");
    return p;
}

} // namespace

TEST_CASE("an outreach is drafted, checked live, and marking it sent starts the reply clock") {
    Harness h;
    const core::Person p = write_to_daniel(h);
    REQUIRE(h.app().navigator().current().screen == Screen::Compose);
    const core::Message& m = h.compose().message;
    CHECK(m.kind == core::MessageKind::Outreach);
    CHECK(m.body.rfind("Dear Daniel,", 0) == 0);
    CHECK(m.body.find("I found you through the career fair.") != std::string::npos);
    CHECK(m.body.find("Jordan") != std::string::npos);
    // The filled template already follows the guide: the live check is clean.
    CHECK(rapport::core::check_outreach(m.body).empty());
    h.tap("Mark as sent");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::ReachedOut);
    const auto due = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay);
    REQUIRE(due.size() == 2);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::Nudge);
    CHECK(due[1].follow_up.kind == core::FollowUpKind::LastNudge);
}

TEST_CASE("a thank-you due on Today opens ready to write, and sending it clears it") {
    Harness h;
    core::Person p;
    p.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(p));
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() - 30 * core::kHour; // met yesterday: thanks due today
    c.takeaways = "· Portfolio matters more than the degree title.\n· Start small";
    REQUIRE_FALSE(h.store().conversations().save(c));
    REQUIRE_FALSE(h.store().conversations().hold(c.id, c.when));
    REQUIRE_FALSE(h.store().prepare().save_profile({"Jordan", "", "", "", "", "", ""}));
    h.app().reload();
    h.frames(2);
    h.tap("Thank Amara Osei");
    REQUIRE(h.app().navigator().current().screen == Screen::Compose);
    CHECK(h.compose().message.kind == core::MessageKind::ThankYou);
    // [what I learned] is the first takeaway, quoted as the sentence it is.
    CHECK(h.compose().message.body.find(
              "One thing I'm taking with me: Portfolio matters more than the degree title.") !=
          std::string::npos);
    h.tap("Mark as sent");
    CHECK(h.store().follow_ups().due(h.clock().now() + 30 * core::kDay).empty());
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Thanked);
}

TEST_CASE("changing the kind refills an untouched template but keeps an edited one") {
    Harness h;
    core::Person p;
    p.name = "Sam Ortiz";
    REQUIRE_FALSE(h.store().people().save(p));
    h.app().reload();
    h.tap("People");
    h.tap("Sam Ortiz");
    h.tap("Write");
    h.tap("nudge");
    CHECK(h.compose().message.kind == core::MessageKind::Nudge);
    CHECK(h.compose().message.body.find("follow up") != std::string::npos);
    h.tap("Subject");
    h.press_char_key('A', true);
    h.type("Quick question");
    h.tap("Write your message");
    h.type(" P.S. loved your talk.");
    const std::string edited = h.compose().message.body;
    h.tap("thank-you");
    CHECK(h.compose().message.body == edited); // the user's words stay
    h.wait(1.5);
    // The draft was saved while writing: nothing typed is lost.
    const auto timeline = h.store().dashboard().timeline(p.id);
    bool draft = false;
    for (const auto& e : timeline)
        draft = draft || (e.kind == rapport::store::TimelineKind::Message && e.open);
    CHECK(draft);
}

TEST_CASE(
    "a [gap] the template left is flagged, and nothing is copied or marked sent until filled") {
    Harness h;
    core::Person p;
    p.name = "Sam Ortiz";
    p.stage = core::Stage::Researched;
    REQUIRE_FALSE(h.store().people().save(p)); // no field, no organisation, no profile: gaps
    h.app().reload();
    h.tap("People");
    h.tap("Sam Ortiz");
    h.tap("Write");
    REQUIRE(rapport::core::has_gap(h.compose().message.body));
    h.tap("Mark as sent");
    CHECK(h.app().navigator().current().screen == Screen::Compose);
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Researched);
    h.tap("Copy");
    CHECK(h.app().snackbar().text != "Copied");
}

TEST_CASE("\"Open in mail app\" says it is opening, and says so when no mail app answers") {
    Harness h;
    // The platform's opener, as it behaves with no mail app: it accepts the
    // link, then reports from its own thread that nothing could open it.
    // The mail app's answer comes when the test lets it.
    std::vector<std::string> opened;
    std::thread opener;
    std::promise<void> answer;
    h.adjust_services = [&](rapport::ui::AppServices& services) {
        services.open_url = [&](const std::string& url, std::string&,
                                std::function<void(const std::string&)> failed) {
            opened.push_back(url);
            opener = std::thread([failed, comes = answer.get_future()]() mutable {
                comes.wait();
                failed("no app is set up to open it");
            });
            return true;
        };
    };
    h.restart();
    const core::Person p = met_at_the_career_fair(h);
    h.app().reload();
    h.tap("People");
    h.tap("Daniel Kim");
    h.tap("Write");
    REQUIRE(rapport::core::check_outreach(h.compose().message.body).empty()); // no [gap] left
    h.reveal("Open in mail app");
    h.tap("Open in mail app");
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].rfind("mailto:daniel@fairview.example?subject=", 0) == 0);
    CHECK(h.app().snackbar().text == "Opening your mail app…");
    answer.set_value();
    opener.join(); // the report has arrived; the next frame shows it
    h.frames(1);
    // Said on Write, where the tap was, in place of "Opening…", with what to
    // do next; nothing of it waits on another screen.
    const std::string said = "Your mail app did not open: no app is set up to open it. Copy the "
                             "message and paste it into an email instead.";
    CHECK(h.app().snackbar().text == said);
    CHECK(h.app().navigator().current().screen == Screen::Compose);
    CHECK(h.shows_text("Your mail app did not open"));
    CHECK(h.store().people().find(p.id)->stage == p.stage); // nothing was marked sent
    h.tap("Back");
    h.tap("Capture notes");
    CHECK_FALSE(h.shows_text("did not open"));
    CHECK_FALSE(h.shows_text("will be retried"));
}

namespace {

// Daniel, found among LinkedIn alumni and researched: a LinkedIn note's moment.
core::Person researched_person(Harness& h) {
    core::Person p{.name = "Daniel Kim",
                   .organisation = "City of Fairview",
                   .field = "urban planning",
                   .linkedin = "https://www.linkedin.com/in/daniel-kim",
                   .source = core::Source::LinkedInAlumni,
                   .stage = core::Stage::Researched};
    REQUIRE_FALSE(h.store().people().save(p));
    h.app().reload();
    return p;
}

} // namespace

TEST_CASE("a LinkedIn note counts its 300 characters live and cannot be sent over them") {
    Harness h;
    const core::Person p = researched_person(h);
    h.tap("People");
    h.tap("Daniel Kim");
    h.tap("Write");
    h.reveal_sideways("LinkedIn note", "outreach");
    h.tap("LinkedIn note");
    const core::Message& m = h.compose().message;
    REQUIRE(m.kind == core::MessageKind::LinkedInNote);
    CHECK(m.subject.empty());
    CHECK_FALSE(h.shows("Subject"));
    CHECK(core::character_count(m.body) <= core::kLinkedInNoteLimit);
    CHECK(core::check_outreach(m.body).empty());
    CHECK(h.shows("Open their LinkedIn"));

    // Over the limit, nothing leaves: the tap on Mark as sent does nothing.
    h.tap("Write your message"); // into the note
    h.press(ImGuiKey_End, true);
    h.type(" I have followed your work on transit corridors for two years and would love to "
           "hear how you chose it.");
    REQUIRE(core::character_count(h.compose().message.body) > core::kLinkedInNoteLimit);
    h.reveal("Mark as sent");
    h.tap("Mark as sent");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Researched);
}

TEST_CASE("a template edited in Settings is the one Write fills in, Reset brings back the "
          "built-in one") {
    Harness h;
    const core::Person p = researched_person(h);
    h.tap("Settings");
    h.reveal("Message templates");
    h.tap("Message templates");
    REQUIRE(h.app().navigator().current().screen == Screen::Templates);
    h.tap("Write the template");
    h.press(ImGuiKey_A, true);
    h.type("Hello ");
    h.reveal("{first_name}");
    h.tap("{first_name}"); // goes where the caret was
    h.wait(1.0);
    const auto mine = h.store().prepare().message_template(core::MessageKind::Outreach);
    REQUIRE(mine);
    CHECK(mine->body == "Hello {first_name}");

    h.tap("Back");
    h.tap("Back");
    h.tap("People");
    h.tap("Daniel Kim");
    h.tap("Write");
    CHECK(h.compose().message.body == "Hello Daniel");
    h.tap("Back");
    h.tap("Back"); // the person, then People, where the tabs are

    h.tap("Today");
    h.tap("Settings");
    h.reveal("Message templates");
    h.tap("Message templates");
    h.reveal("Reset to the built-in template");
    h.tap("Reset to the built-in template");
    CHECK_FALSE(h.store().prepare().message_template(core::MessageKind::Outreach));
    CHECK(h.app().snackbar().text == "Back to the built-in template");
    h.tap("Undo");
    CHECK(h.store().prepare().message_template(core::MessageKind::Outreach)->body ==
          "Hello {first_name}");
}

TEST_CASE("Copy takes the message alone, and the subject has its own Copy") {
    Harness h;
    const core::Person p = write_to_daniel(h);
    const core::Message& m = h.compose().message;
    REQUIRE_FALSE(m.subject.empty());
    h.tap("Copy");
    CHECK(std::string(ImGui::GetClipboardText()) == m.body);
    CHECK(h.app().snackbar().text == "Copied");
    h.tap("Copy subject");
    CHECK(std::string(ImGui::GetClipboardText()) == m.subject);
}
