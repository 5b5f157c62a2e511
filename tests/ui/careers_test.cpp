// Careers: options ranked by interest, and one tap from an answer to evidence.
#include "ui/harness.hpp"

#include <doctest/doctest.h>
#include <string>
#include <tuple>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

TEST_CASE("an answer is filed as evidence under a career option in one tap each") {
    Harness h;
    h.tap("Careers");
    h.tap("Career option");
    h.type("UX researcher");
    h.tap("4");
    h.tap("Add option");
    REQUIRE(h.store().careers().list().size() == 1);
    CHECK(h.store().careers().list()[0].interest == 4);

    const auto bank = h.store().prepare().questions();
    core::Person p;
    p.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(p));
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() - core::kDay;
    c.questions = {{bank[3].id, bank[3].text, "Loves the variety; dislikes long review cycles"}};
    REQUIRE_FALSE(h.store().conversations().save(c));

    h.tap("Prepare");
    h.reveal("What aspects of this job do you like or dislike?");
    h.tap("What aspects of this job do you like or dislike?");
    h.tap("File under a career");
    h.tap("Con");
    h.tap("File under UX researcher");
    const auto evidence = h.store().careers().evidence_for(h.store().careers().list()[0].id);
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].kind == core::EvidenceKind::Con);
    CHECK(*evidence[0].conversation_id == c.id);

    h.tap("Back");
    h.tap("Careers");
    h.tap("UX researcher");
    REQUIRE(h.app().navigator().current().screen == Screen::Career);
    REQUIRE(h.careers().evidence().size() == 1);
    CHECK(h.careers().evidence()[0].who == "Amara Osei");
}

TEST_CASE("options are ranked by interest") {
    Harness h;
    for (auto [title, interest] : {std::pair{"Archivist", 2}, std::pair{"Data scientist", 5}}) {
        core::CareerOption option;
        option.title = title;
        option.interest = interest;
        REQUIRE_FALSE(h.store().careers().save(option));
    }
    h.tap("Careers");
    REQUIRE(h.careers().careers().size() == 2);
    CHECK(h.careers().careers()[0].option.title == "Data scientist");
}

TEST_CASE("a note on a person's timeline is filed as evidence, all of it, with who said it") {
    Harness h;
    core::CareerOption option;
    option.title = "Museum archivist";
    option.interest = 3;
    REQUIRE_FALSE(h.store().careers().save(option));
    core::Person p;
    p.name = "Ines Duarte";
    REQUIRE_FALSE(h.store().people().save(p));
    core::Note note;
    note.person_id = p.id;
    note.body = "Funding is tight in small museums.\nMost roles need a master's degree.";
    REQUIRE_FALSE(h.store().notes().save(note));
    h.app().reload();

    h.tap("People");
    h.tap("Ines Duarte");
    h.reveal("File under a career");
    h.tap("File under a career");
    h.reveal("Open question");
    h.tap("Open question");
    h.tap("File under Museum archivist");
    const auto evidence = h.store().careers().evidence_for(option.id);
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].kind == core::EvidenceKind::OpenQuestion);
    CHECK(evidence[0].note_id == note.id);
    CHECK(evidence[0].text == note.body);

    h.tap("Back");
    h.tap("Careers");
    h.tap("Museum archivist");
    REQUIRE(h.careers().evidence().size() == 1);
    CHECK(h.careers().evidence()[0].who == "Ines Duarte");
}

namespace {

core::CareerOption add_option(Harness& h, const std::string& title, int interest) {
    core::CareerOption option;
    option.title = title;
    option.interest = interest;
    REQUIRE_FALSE(h.store().careers().save(option));
    h.app().reload();
    return option;
}

} // namespace

TEST_CASE("an option is renamed and its field set in place, and deleting it can be undone") {
    Harness h;
    const core::CareerOption option = add_option(h, "UX researcher", 4);
    h.tap("Careers");
    h.tap("UX researcher");
    h.reveal("Name");
    h.tap("Name");
    h.press(ImGuiKey_A, true); // all of it, typed over
    h.type("Service designer");
    h.tap("Field");
    h.type("design");
    h.wait(1.0); // written by the autosave, with no button
    auto saved = h.store().careers().list();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].title == "Service designer");
    CHECK(saved[0].field == "design");
    CHECK(saved[0].interest == 4);

    h.tap("Delete");
    CHECK(h.app().navigator().current().screen == Screen::Careers);
    CHECK(h.store().careers().list().empty());
    CHECK(h.app().snackbar().text == "Deleted Service designer");
    h.tap("Undo");
    REQUIRE(h.store().careers().list().size() == 1);
    CHECK(h.store().careers().list()[0].id == option.id);
    CHECK(h.careers().careers().size() == 1); // the list shows it again
}

TEST_CASE("evidence is typed in with who it came from, and removed with undo") {
    Harness h;
    core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    const core::CareerOption option = add_option(h, "UX researcher", 3);
    h.tap("Careers");
    h.tap("UX researcher");
    h.reveal("Open question");
    h.tap("Open question");
    h.tap("What you heard or think");
    h.type("Do juniors get to run studies?");
    h.reveal("From (optional)");
    CHECK_FALSE(h.shows("Amara Osei")); // no one suggested before typing
    h.tap("From (optional)");
    h.type("amar");
    h.tap("Amara Osei");
    h.reveal("Add");
    h.tap("Add");
    auto evidence = h.store().careers().evidence_for(option.id);
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].kind == core::EvidenceKind::OpenQuestion);
    CHECK(evidence[0].text == "Do juniors get to run studies?");
    CHECK(evidence[0].person_id == amara.id);
    REQUIRE(h.careers().evidence().size() == 1);
    CHECK(h.careers().evidence()[0].who == "Amara Osei");

    h.reveal("Remove", 0);
    h.tap("Remove");
    CHECK(h.store().careers().evidence_for(option.id).empty());
    CHECK(h.careers().evidence().empty());
    h.tap("Undo");
    CHECK(h.store().careers().evidence_for(option.id).size() == 1);
    CHECK(h.careers().evidence().size() == 1);
}

TEST_CASE("an option with no text is not added as evidence, and a blank name is not saved") {
    Harness h;
    const core::CareerOption option = add_option(h, "Archivist", 2);
    h.tap("Careers");
    h.tap("Archivist");
    h.reveal("Add");
    h.tap("Add");
    CHECK(h.store().careers().evidence_for(option.id).empty());
    h.reveal("Name");
    h.tap("Name");
    h.press(ImGuiKey_A, true);
    h.press(ImGuiKey_Backspace);
    h.wait(1.0);
    CHECK(h.store().careers().list()[0].title == "Archivist"); // the last good name stays
}

TEST_CASE("two options side by side, each with its own evidence") {
    Harness h;
    const core::CareerOption ux = add_option(h, "UX researcher", 4);
    const core::CareerOption archivist = add_option(h, "Archivist", 2);
    for (auto [career, text, kind] :
         {std::tuple{ux.id, "Varied days", core::EvidenceKind::Pro},
          std::tuple{ux.id, "Long review cycles", core::EvidenceKind::Con},
          std::tuple{archivist.id, "Quiet, focused work", core::EvidenceKind::Pro}}) {
        core::Evidence e;
        e.career_id = career;
        e.text = text;
        e.kind = kind;
        REQUIRE_FALSE(h.store().careers().add_evidence(e));
    }
    h.app().reload();
    h.tap("Careers");
    h.tap("UX researcher");
    h.reveal("Beside Archivist");
    h.tap("Beside Archivist");
    REQUIRE(h.app().navigator().current().screen == Screen::CareerCompare);
    CHECK(h.app().navigator().current().argument == ux.id + "," + archivist.id);
    REQUIRE(h.careers().compared(false).size() == 2);
    REQUIRE(h.careers().compared(true).size() == 1);
    CHECK(h.careers().compared(true)[0].evidence.text == "Quiet, focused work");
}

TEST_CASE("Enter in a new option's name adds it, as Add option does") {
    Harness h;
    h.tap("Careers");
    h.tap("Career option");
    h.type("Museum educator");
    h.press(ImGuiKey_Enter);
    REQUIRE(h.store().careers().list().size() == 1);
    CHECK(h.store().careers().list()[0].title == "Museum educator");
}

TEST_CASE("Add option with no name says so, adds nothing, and the words go once a name is typed") {
    Harness h;
    h.tap("Careers");
    h.reveal("Add option");
    h.tap("Add option");
    h.frames(1);
    CHECK(h.store().careers().list().empty());
    CHECK(h.shows_text("Type the option's name first"));
    h.tap("Career option");
    h.type("Archivist");
    h.frames(1);
    CHECK_FALSE(h.shows_text("Type the option's name first"));
    h.tap("Add option");
    REQUIRE(h.store().careers().list().size() == 1);
    CHECK(h.store().careers().list()[0].title == "Archivist");
}
