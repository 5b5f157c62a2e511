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

TEST_CASE("your own question can be edited and archived, and comes back from the archive") {
    Harness h;
    core::Question mine;
    mine.text = "What would you do differently?";
    mine.category = core::QuestionCategory::CareerPath;
    REQUIRE_FALSE(h.store().save_question(mine));
    h.tap("Prepare");
    h.reveal("Edit What would you do differently?");
    h.tap("Edit What would you do differently?");
    h.reveal("Question");
    h.tap("Question");
    h.press_char_key('A', true);
    h.type("What would you do differently if you started today?");
    h.tap("Save question");
    auto find = [&](bool archived_too) -> std::optional<core::Question> {
        for (const core::Question& q : h.store().questions(archived_too))
            if (q.id == mine.id) return q;
        return std::nullopt;
    };
    REQUIRE(find(false));
    CHECK(find(false)->text == "What would you do differently if you started today?");
    CHECK(h.store().questions().size() == 23); // edited in place, not added

    const std::string title = "What would you do differently if you started today?";
    h.reveal("Archive " + title);
    h.tap("Archive " + title);
    CHECK_FALSE(find(false));
    REQUIRE(find(true));
    CHECK(find(true)->archived);
    h.reveal("Restore " + title);
    h.tap("Restore " + title);
    CHECK(find(false));
}

TEST_CASE("the guide's questions have no edit or archive, only your own do") {
    Harness h;
    h.tap("Prepare");
    CHECK(h.shows("What do you do in a typical day?"));
    CHECK_FALSE(h.shows("Edit What do you do in a typical day?"));
    CHECK_FALSE(h.shows("Archive What do you do in a typical day?"));
}
