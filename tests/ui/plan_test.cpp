// Planning a conversation's questions: the six starters first, more from the
// bank with placeholders filled from research (or a visible gap), reordered
// and removed by tap, and saved in that order.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
using rapport::ui::Screen;

namespace {

std::string add_person(Harness& h, const std::string& past_careers) {
    core::Person p;
    p.name = "Amara Osei";
    p.organisation = "Brightline Labs";
    p.research.past_careers = past_careers;
    REQUIRE_FALSE(h.store().people().save(p));
    h.app().reload();
    return p.id;
}

void open_plan(Harness& h) {
    h.tap("People");
    h.tap("Amara Osei");
    h.reveal("Plan a conversation");
    h.tap("Plan a conversation");
    REQUIRE(h.app().navigator().current().screen == Screen::PlanConversation);
}

std::vector<core::PlannedQuestion> saved_questions(Harness& h, const std::string& person_id) {
    const auto planned = h.store().conversations().upcoming(0, 5, person_id);
    REQUIRE(planned.size() == 1);
    return h.store().conversations().find(planned[0].conversation.id)->questions;
}

} // namespace

TEST_CASE("a plan starts with the six starters, a bank question with an empty research field "
          "shows its gap, tap moves it up and removes another") {
    Harness h;
    const std::string id = add_person(h, "");
    open_plan(h);
    const auto& questions = h.plan().conversation.questions;
    REQUIRE(questions.size() == 6);
    CHECK(questions[0].text == "Can you tell me about your career path and how you got here?");

    h.reveal("Career path");
    h.tap("Career path");
    const std::string gap =
        "How did what you did before ([their past career]) prepare you for what you do now?";
    h.reveal("Was there a turning point that brought you to Brightline Labs?");
    h.reveal(gap);
    h.tap(gap);
    REQUIRE(questions.size() == 7);
    CHECK(questions[6].text == gap);
    CHECK_FALSE(h.shows(gap)); // planned questions leave the list of ones to add

    h.reveal("Move question 7 up");
    h.tap("Move question 7 up");
    CHECK(questions[5].text == gap);
    h.reveal("Remove question 1");
    h.tap("Remove question 1");
    REQUIRE(questions.size() == 6);
    CHECK(questions[0].text == "What do you do in a typical day?");

    h.tap("Save");
    const auto saved = saved_questions(h, id);
    REQUIRE(saved.size() == 6);
    CHECK(saved[0].text == "What do you do in a typical day?");
    CHECK(saved[4].text == gap);
    CHECK(saved[4].question_id == "builtin-past-career");
}

TEST_CASE("research fills a question's placeholder, and a question of your own joins the plan") {
    Harness h;
    const std::string id = add_person(h, "Nurse Educator, St Mary's; teacher");
    open_plan(h);
    h.reveal("Career path");
    h.tap("Career path");
    const std::string filled =
        "How did what you did before (Nurse Educator) prepare you for what you do now?";
    h.reveal(filled);
    h.tap(filled);
    h.reveal("A question for this conversation");
    h.tap("A question for this conversation");
    h.type("What is Brightline's research ops team like?");
    h.tap("Add to plan");
    const auto& questions = h.plan().conversation.questions;
    REQUIRE(questions.size() == 8);
    CHECK(questions[7].text == "What is Brightline's research ops team like?");
    CHECK_FALSE(questions[7].question_id.has_value());
    h.tap("Save");
    const auto saved = saved_questions(h, id);
    REQUIRE(saved.size() == 8);
    CHECK(saved[6].text == filled);

    // Editing the plan again keeps its questions rather than the starters.
    h.reveal("Edit plan");
    h.tap("Edit plan");
    CHECK(h.plan().conversation.questions.size() == 8);
}

TEST_CASE("moving the first question up or the last down changes nothing") {
    Harness h;
    add_person(h, "");
    open_plan(h);
    const auto before = h.plan().conversation.questions;
    h.reveal("Move question 1 up");
    h.tap("Move question 1 up");
    h.reveal("Move question 6 down");
    h.tap("Move question 6 down");
    CHECK(h.plan().conversation.questions == before);
}

TEST_CASE("Enter adds your own question to the plan, and Enter in the place saves it") {
    Harness h;
    const std::string id = add_person(h, "");
    open_plan(h);
    h.reveal("A question for this conversation");
    h.tap("A question for this conversation");
    h.type("What surprised you in your first year?");
    h.press(ImGuiKey_Enter);
    const auto& questions = h.plan().conversation.questions;
    REQUIRE(questions.size() == 7);
    CHECK(questions[6].text == "What surprised you in your first year?");
    CHECK(h.plan().own_question.empty());

    h.reveal("Place");
    h.tap("Place");
    h.type("Brightline café");
    h.press(ImGuiKey_Enter);
    CHECK(h.app().navigator().current().screen != Screen::PlanConversation);
    const auto saved = h.store().conversations().upcoming(0, 5, id);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].conversation.place == "Brightline café");
    CHECK(saved_questions(h, id).size() == 7);
}
