// Notes read back: opened whole from the timeline and from search, edited
// with autosave, deleted with undo; the inbox, filed one note at a time.
#include "services/capture.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using namespace rapport::testing;
namespace core = rapport::core;
namespace store = rapport::store;
using rapport::ui::Screen;

namespace {

// A note longer than any card: 60 words on four lines.
std::string long_note() {
    std::string body = "Portfolio first, then the degree.\n";
    for (int line = 0; line < 3; ++line) {
        for (int i = 0; i < 20; ++i)
            body += "word" + std::to_string(line * 20 + i) + " ";
        body += "\n";
    }
    return body + "The end of the note.";
}

// Amara Osei with one note, open on its own screen; returns the note's id.
std::string open_amaras_note(Harness& h) {
    const core::Person p = add_person(h, "Amara Osei");
    store::CaptureResult filed;
    REQUIRE_FALSE(rapport::services::file_capture(h.store(), "Ask about the GIS course", p.id,
                                                  std::nullopt, false, &filed));
    open_person_page(h, "Amara Osei");
    h.reveal("Note");
    h.tap("Note");
    return filed.note_id;
}

} // namespace

TEST_CASE("a note opens whole from the timeline, edits are saved as typed") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    store::CaptureResult filed;
    REQUIRE_FALSE(
        rapport::services::file_capture(h.store(), long_note(), p.id, std::nullopt, false, &filed));
    open_person_page(h, "Amara Osei");
    h.reveal("Note");
    h.tap("Note");
    REQUIRE(h.app().navigator().current().screen == Screen::Note);
    CHECK(h.notes().editor().note.body == long_note()); // all of it, not 200 characters
    CHECK(h.shows("Amara Osei"));
    h.tap("The note's text");
    h.press(ImGuiKey_End, true); // Ctrl+End: the end of the text
    h.type(" Added later.");
    h.wait(0.6); // the autosave rule: within half a second
    CHECK(h.store().notes().find(filed.note_id)->body == long_note() + " Added later.");
}

TEST_CASE("deleting a note can be undone") {
    Harness h;
    const std::string note_id = open_amaras_note(h);
    h.tap("Delete");
    CHECK_FALSE(h.store().notes().find(note_id));
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().snackbar().text == "Note deleted");
    h.tap("Undo");
    REQUIRE(h.store().notes().find(note_id));
    CHECK(h.store().notes().find(note_id)->body == "Ask about the GIS course");
}

TEST_CASE("a confirmation leaves by itself, one with Undo stays long enough to reach it") {
    Harness h;
    open_amaras_note(h);
    h.tap("Delete");
    REQUIRE(h.app().snackbar().text == "Note deleted");
    h.wait(7.0);
    CHECK(h.app().snackbar().text == "Note deleted"); // Undo is still there at 7 s
    CHECK(h.shows("Undo"));
    h.wait(4.0);
    CHECK(h.app().snackbar().text.empty()); // gone by 11 s, without a touch
    // A plain confirmation: gone after 5 s.
    h.reveal("Remind me to");
    h.tap("Remind me to");
    h.type("send the GIS article");
    h.tap("Tomorrow");
    REQUIRE_FALSE(h.app().snackbar().text.empty());
    h.wait(4.0);
    CHECK_FALSE(h.app().snackbar().text.empty());
    h.wait(1.5);
    CHECK(h.app().snackbar().text.empty());
}

TEST_CASE("the inbox: Today counts it, a note is filed under someone new, then it is empty") {
    Harness h;
    add_person(h, "Amara Osei");
    store::CaptureResult filed;
    REQUIRE_FALSE(rapport::services::file_capture(h.store(),
                                                  "Met someone from the parks department",
                                                  std::nullopt, std::nullopt, false, &filed));
    h.app().reload();
    h.frames(2);
    CHECK(h.today().inbox == 1);
    h.tap("1 note in your inbox");
    REQUIRE(h.app().navigator().current().screen == Screen::Inbox);
    h.tap("Met someone from the parks department");
    REQUIRE(h.app().navigator().current().screen == Screen::Note);
    h.tap("File under…");
    h.type("Lena Park");
    h.tap("Add Lena Park");
    const auto lena = h.store().people().find_by_name("Lena Park");
    REQUIRE(lena);
    CHECK(*h.store().notes().find(filed.note_id)->person_id == lena->id);
    CHECK(h.app().navigator().current().screen == Screen::Inbox); // back for the next one
    CHECK(h.notes().inbox().empty());
    CHECK(h.app().snackbar().text == "Filed under Lena Park");
}

TEST_CASE("a search result opens the note it matched, at the match, one tap clears the search") {
    Harness h;
    const core::Person p = add_person(h, "Amara Osei");
    store::CaptureResult filed;
    REQUIRE_FALSE(rapport::services::file_capture(
        h.store(), "Coffee chat.\nShe recommends the cartography module.", p.id, std::nullopt,
        false, &filed));
    open_person_page(h, "Search people, notes, answers");
    h.type("cartography");
    h.frames(3);
    h.tap("Amara Osei"); // the note's card carries the person's name
    REQUIRE(h.app().navigator().current().screen == Screen::Note);
    CHECK(h.notes().editor().note.id == filed.note_id);
    h.frames(2);
    h.type("old ");
    CHECK(h.notes().editor().note.body ==
          "Coffee chat.\nShe recommends the old cartography module.");
    h.press(ImGuiKey_Escape); // leaves the text box
    h.press(ImGuiKey_Escape); // back to the results
    REQUIRE(h.app().navigator().current().screen == Screen::People);
    h.tap("Clear search");
    CHECK(h.people_list().search_text.empty());
}
