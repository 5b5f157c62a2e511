// Prepare: the question bank and comparing every answer to one question.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

TEST_CASE("one question, every answer side by side") {
    Harness h;
    const auto bank = h.store().prepare().questions();
    const core::Question day = bank[1];
    for (const auto& [name, answer] :
         {std::pair{"Amara Osei", "Interviews in the morning, synthesis after lunch"},
          std::pair{"Ines Duarte", "Collections, then visitors"}}) {
        core::Person p;
        p.name = name;
        REQUIRE_FALSE(h.store().people().save(p));
        core::Conversation c;
        c.person_id = p.id;
        c.when = h.clock().now() - core::kDay;
        c.questions = {{day.id, day.text, answer}};
        REQUIRE_FALSE(h.store().conversations().save(c));
    }
    h.tap("Prepare");
    h.reveal("What do you do in a typical day?");
    h.tap("What do you do in a typical day?");
    REQUIRE(h.app().navigator().current().screen == Screen::Compare);
    REQUIRE(h.compare().answers().size() == 2);
    CHECK(h.compare().question() == "What do you do in a typical day?");
}

TEST_CASE("a question with many answers shows 30 at a time, newest first, the rest on request") {
    // Unbounded, the 3,027 answers of the 10k-person benchmark made one draw
    // list pass 65,536 vertices, which aborts where indices are 16-bit
    // without vertex offsets (the headless harness, and WebGL).
    Harness h({1280, 800});
    const core::Question day = h.store().prepare().questions()[1];
    for (int i = 0; i < 80; ++i) {
        core::Person p;
        p.name = "Person " + std::to_string(i);
        REQUIRE_FALSE(h.store().people().save(p));
        core::Conversation c;
        c.person_id = p.id;
        c.when = h.clock().now() - (i + 1) * core::kDay; // Person 0 is the newest
        c.questions = {{day.id, day.text, std::string(250, 'a' + i % 26)}};
        REQUIRE_FALSE(h.store().conversations().save(c));
    }
    h.app().reload();
    h.tap("Prepare");
    h.reveal("What do you do in a typical day?");
    h.tap("What do you do in a typical day?");
    REQUIRE(h.compare().answers().size() == 80);
    CHECK(h.compare().answers()[0].person_name == "Person 0"); // newest first
    h.reveal("Show 30 more (50 left)", 40);
    h.tap("Show 30 more (50 left)");
    h.reveal("Show 20 more (20 left)", 40);
    h.tap("Show 20 more (20 left)");
    for (int i = 0; i < 15; ++i) // to the end of the list
        h.drag(ImVec2(640, 600), ImVec2(640, 200));
    h.wait(1.5);
    for (const auto& hit : h.context().hits.all())
        CHECK(hit.label.rfind("Show ", 0) != 0); // all 80 shown: nothing more to offer
}

TEST_CASE("your own question joins the bank in its category") {
    Harness h;
    h.tap("Prepare");
    h.reveal("Question");
    h.tap("Question");
    h.type("What would you do differently?");
    h.tap("Add question");
    const auto bank = h.store().prepare().questions();
    CHECK(bank.back().text == "What would you do differently?");
    CHECK_FALSE(bank.back().builtin);
}

TEST_CASE("your own question can be edited and archived, and comes back from the archive") {
    Harness h;
    core::Question mine;
    mine.text = "What would you do differently?";
    mine.category = core::QuestionCategory::CareerPath;
    REQUIRE_FALSE(h.store().prepare().save_question(mine));
    h.tap("Prepare");
    h.reveal("Edit What would you do differently?");
    h.tap("Edit What would you do differently?");
    h.reveal("Question");
    h.tap("Question");
    h.press_char_key('A', true);
    h.type("What would you do differently if you started today?");
    h.tap("Save question");
    auto find = [&](bool archived_too) -> std::optional<core::Question> {
        for (const core::Question& q : h.store().prepare().questions(archived_too))
            if (q.id == mine.id) return q;
        return std::nullopt;
    };
    REQUIRE(find(false));
    CHECK(find(false)->text == "What would you do differently if you started today?");
    CHECK(h.store().prepare().questions().size() == 23); // edited in place, not added

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
    h.reveal("What do you do in a typical day?");
    CHECK(h.shows("What do you do in a typical day?"));
    CHECK_FALSE(h.shows("Edit What do you do in a typical day?"));
    CHECK_FALSE(h.shows("Archive What do you do in a typical day?"));
}

TEST_CASE("Enter adds your own question, like the button") {
    Harness h;
    h.tap("Prepare");
    h.reveal("Question");
    h.tap("Question");
    h.type("What surprised you most?");
    h.press(ImGuiKey_Enter);
    const auto bank = h.store().prepare().questions();
    CHECK(bank.back().text == "What surprised you most?");
    CHECK(h.shows("Question")); // the field stays for the next one
}

TEST_CASE("Prepare opens on the speech and what people recommended, above the question bank") {
    Harness h;
    h.tap("Prepare");
    // Both on the first screen of a phone, without a scroll.
    REQUIRE(h.shows("Know what you want to say"));
    REQUIRE(h.shows("What I've heard"));
    const auto bank = h.store().prepare().questions();
    REQUIRE_FALSE(bank.empty());
    CHECK(h.centre_of("What I've heard").y < h.centre_of(bank[0].text).y);
    h.tap("What I've heard");
    CHECK(h.app().navigator().current().screen == Screen::Heard);
}
