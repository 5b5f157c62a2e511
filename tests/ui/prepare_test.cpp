// Prepare: the question bank and comparing every answer to one question.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

TEST_CASE("one question, every answer side by side") {
    Harness h;
    const auto bank = h.store().questions();
    const core::Question day = bank[1];
    for (const auto& [name, answer] :
         {std::pair{"Amara Osei", "Interviews in the morning, synthesis after lunch"},
          std::pair{"Ines Duarte", "Collections, then visitors"}}) {
        core::Person p;
        p.name = name;
        REQUIRE_FALSE(h.store().save_person(p));
        core::Conversation c;
        c.person_id = p.id;
        c.when = h.clock().now() - core::kDay;
        c.questions = {{day.id, day.text, answer}};
        REQUIRE_FALSE(h.store().save_conversation(c));
    }
    h.tap("Prepare");
    h.tap("What do you do in a typical day?");
    REQUIRE(h.app().navigator().current().screen == Screen::Compare);
    REQUIRE(h.app().model().answers.size() == 2);
    CHECK(h.app().model().compared_question == "What do you do in a typical day?");
}

TEST_CASE("your own question joins the bank in its category") {
    Harness h;
    h.tap("Prepare");
    h.reveal("Question");
    h.tap("Question");
    h.type("What would you do differently?");
    h.tap("Add question");
    const auto bank = h.store().questions();
    CHECK(bank.back().text == "What would you do differently?");
    CHECK_FALSE(bank.back().builtin);
}
