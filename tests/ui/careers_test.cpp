// Careers: options ranked by interest, and one tap from an answer to evidence.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

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
