// Exactly what was typed: keys typed before a text box is ready wait for it,
// fast typing keeps every key in order, and what is stored never depends on
// the window's width. Input goes through the platform's InputQueue, as on
// the desktop and the web.
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

namespace {

std::string stored_draft(Harness& h) {
    h.wait(1.0); // past the autosave debounce
    const auto draft = h.store().captures().draft();
    return draft ? draft->body : std::string("(no draft)");
}

} // namespace

TEST_CASE("keys typed before the first frame of a launch into capture all arrive") {
    Harness h;
    h.restart({Screen::Capture, {}}, "Alpha bravo charlie");
    CHECK(h.capture().text == "Alpha bravo charlie");
    CHECK(stored_draft(h) == "Alpha bravo charlie");
}

TEST_CASE("text typed ahead of a relaunch goes where the caret was left, not where ImGui starts") {
    Harness h;
    REQUIRE_FALSE(
        h.store().captures().save_draft({"Hello world", 5, 0, std::nullopt, std::nullopt}));
    // Characters with no key events (an input method's commit) are the
    // first thing the box gets.
    h.restart({Screen::Capture, {}}, ", dear", true);
    CHECK(h.capture().text == "Hello, dear world");
}

TEST_CASE("typing straight after Ctrl+N reaches the capture box, first letter included") {
    Harness h;
    h.queue_ctrl_key('N');
    h.queue_typing("Met Dana at the fair");
    h.run_input();
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().text == "Met Dana at the fair");
}

TEST_CASE("typing straight after tapping (+) loses nothing") {
    Harness h;
    h.queue_tap("Capture");
    h.queue_typing("Ask about GIS");
    h.run_input();
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().text == "Ask about GIS");
}

TEST_CASE("typing straight after \"Capture notes\" on a person files it about them, whole") {
    Harness h;
    core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    h.app().reload();
    h.tap("People");
    h.tap("Amara Osei");
    h.queue_tap("Capture notes");
    h.queue_typing("Start with usability testing");
    h.run_input();
    REQUIRE(h.app().navigator().current().screen == Screen::Capture);
    CHECK(h.capture().person_name == "Amara Osei");
    CHECK(h.capture().text == "Start with usability testing");
}

TEST_CASE("a hand-off from a second launch opens capture and keeps what follows") {
    Harness h;
    h.tap("People");
    h.app().handle_request("capture"); // as the desktop loop does, between frames
    h.queue_typing("From the launcher");
    h.run_input();
    CHECK(h.capture().text == "From the launcher");
}

TEST_CASE("a burst of typing with line breaks arrives in order, every Enter kept") {
    Harness h;
    h.tap("Capture");
    // All queued between two frames: faster than any typist (5 ms a key).
    const std::string typed = "She starts at 8.\nMeetings till noon, then time.\nHe said: apply "
                              "in spring\n\nNext: email Sam";
    h.queue_typing(typed);
    h.run_input();
    CHECK(h.capture().text == typed);
    CHECK(stored_draft(h) == typed);
}

TEST_CASE("Backspace in a burst removes the character before it, not one after") {
    Harness h;
    h.tap("Capture");
    h.queue_typing("teh");
    h.input().key(259, true); // Backspace
    h.input().key(259, false);
    h.input().key(259, true);
    h.input().key(259, false);
    h.queue_typing("he team");
    h.run_input();
    CHECK(h.capture().text == "the team");
}

TEST_CASE("an answer belongs to the card it was typed on, even typing on while moving on") {
    Harness h;
    // One line each, so Next stays where it was tapped first.
    const core::Conversation c =
        rapport::testing::plan_conversation(h, {"A typical day?", "What you like?", "Who else?"});
    h.tap("Start");
    REQUIRE(h.app().navigator().current().screen == Screen::Conversation);
    h.tap("Their answer, in a few words");
    // Typed, a tap on Next, typing on at once; twice; all before a frame.
    const ImVec2 next = h.centre_of("Next");
    h.queue_typing("Fieldwork most afternoons");
    h.queue_tap(next);
    h.queue_typing("Likes fieldwork");
    h.queue_tap(next);
    h.queue_typing("Sam Ortiz");
    h.run_input();
    INFO("on card " << h.conversation().index << "; answers '"
                    << h.conversation().conversation.questions[0].answer << "', '"
                    << h.conversation().conversation.questions[1].answer << "', '"
                    << h.conversation().conversation.questions[2].answer << "'");
    h.tap("End and capture");
    const auto saved = h.store().conversations().find(c.id);
    REQUIRE(saved);
    REQUIRE(saved->questions.size() == 3);
    CHECK(saved->questions[0].answer == "Fieldwork most afternoons");
    CHECK(saved->questions[1].answer == "Likes fieldwork");
    CHECK(saved->questions[2].answer == "Sam Ortiz");
}

TEST_CASE("soft wrapping is display only: resizing while typing stores no line breaks") {
    Harness h;
    h.tap("Capture");
    const std::string first = "Research ops is a growing path and portfolios matter more than "
                              "titles, she said, so learn GIS before applying.";
    h.queue_typing(first);
    h.run_input();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800); // wider: every wrap point moves
    h.frames(3);
    h.queue_typing(" Then widen the search");
    h.run_input();
    io.DisplaySize = ImVec2(360, 860); // narrower than it started
    h.frames(3);
    h.queue_typing(" and ask Sam.");
    h.run_input();
    io.DisplaySize = ImVec2(420, 860);
    h.frames(3);
    const std::string want = first + " Then widen the search and ask Sam.";
    CHECK(h.capture().text == want);
    CHECK(stored_draft(h) == want);
}
