#include "core/debrief.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("a prompt adds its heading on a new line with the cursor under it") {
    int cursor = 0;
    const std::string first = insert_heading("", "Three takeaways", cursor);
    CHECK(first == "Three takeaways\n· ");
    CHECK(cursor == static_cast<int>(first.size()));
    const std::string second = insert_heading("Three takeaways\n· portfolio\n", "Advice", cursor);
    CHECK(second == "Three takeaways\n· portfolio\n\nAdvice\n· ");
    CHECK(cursor == static_cast<int>(second.size()));
}

TEST_CASE("people to contact become referral leads, and only they do") {
    const std::string text = "Three takeaways\n"
                             "· Research ops is growing\n"
                             "\n"
                             "People to contact\n"
                             "· Sam Ortiz (Brightline, design systems)\n"
                             "- Priya Patel, data team\n"
                             "Chloé Nguyễn-Berg\n"
                             "· \n"
                             "· ask her about the 2019 reorg and everything after it please\n"
                             "\n"
                             "Next steps\n"
                             "· Send portfolio to Dana\n";
    const auto leads = referral_leads(text);
    REQUIRE(leads.size() == 3);
    CHECK(leads[0].name == "Sam Ortiz");
    CHECK(leads[0].context == "Brightline, design systems");
    CHECK(leads[1].name == "Priya Patel");
    CHECK(leads[1].context == "data team");
    CHECK(leads[2].name == "Chloé Nguyễn-Berg");
    CHECK(referral_leads("Next steps\n· Sam Ortiz").empty());
}

TEST_CASE("there are ten debrief prompts, from takeaways to fit") {
    CHECK(debrief_prompts().size() == 10);
    CHECK(std::string(debrief_prompts()[7].heading) == "People to contact");
}

TEST_CASE("debrief sections are read under any form of their heading") {
    const DebriefSections s = read_debrief("Takeaways:\n"
                                           "- Portfolios matter\n"
                                           "ADVICE\n"
                                           "• Talk to the team lead\n"
                                           "Courses\n"
                                           "· \n"
                                           "What they like and dislike\n"
                                           "· the travel\n"
                                           "· Dislike - on-call weeks\n"
                                           "Their typical day\n"
                                           "· standups at 9\n");
    CHECK(s.takeaways == "Portfolios matter");
    CHECK(s.advice == "Talk to the team lead");
    CHECK(s.courses.empty()); // an empty bullet is not a course
    CHECK(s.likes == "the travel");
    CHECK(s.dislikes == "on-call weeks");
    CHECK(s.next_steps.empty());
    CHECK(read_debrief("Just a line about the day").empty());
}

TEST_CASE("adding a debrief twice changes nothing the second time") {
    Conversation c;
    c.advice = "Ship small";
    DebriefSections s;
    s.advice = "Ship small";
    s.takeaways = "Portfolios matter";
    CHECK(add_debrief(c, s));
    CHECK(c.advice == "Ship small");
    CHECK(c.takeaways == "Portfolios matter");
    CHECK_FALSE(add_debrief(c, s));
    CHECK(c.takeaways == "Portfolios matter");
}

TEST_CASE("the first takeaway is the thank-you's [what I learned]") {
    CHECK(first_takeaway("\n· Start with usability tests.\n· Portfolios win") ==
          "Start with usability tests");
    CHECK(first_takeaway("  \n").empty());
}

TEST_CASE("an answer under a planned question's heading becomes that question's answer, once") {
    Conversation c;
    c.questions = {{std::nullopt, "What do you do in a typical day?", ""},
                   {std::nullopt, "What do you like most about your work?", "The people"}};
    const std::string note = "Great chat.\n"
                             "What do you do in a typical day?\n"
                             "· Interviews in the morning, synthesis after lunch\n"
                             "Advice\n"
                             "· Start with usability tests\n"
                             "what do you like most about your work?:\n"
                             "· Seeing a finding change a roadmap\n";
    const DebriefSections sections = read_debrief(note, c.questions);
    REQUIRE(sections.answers.size() == 2);
    CHECK(sections.answers[0] == "Interviews in the morning, synthesis after lunch");
    CHECK(sections.advice == "Start with usability tests");
    CHECK(sections.answers[1] == "Seeing a finding change a roadmap");
    CHECK(add_debrief(c, sections));
    CHECK(c.questions[0].answer == "Interviews in the morning, synthesis after lunch");
    CHECK(c.questions[1].answer == "The people\nSeeing a finding change a roadmap");
    CHECK_FALSE(add_debrief(c, sections)); // filed twice, added once
    // Without the plan, a question in the text is just text.
    CHECK(read_debrief(note).answers.empty());
    CHECK(read_debrief("Why did she leave?\n· no idea", c.questions).empty());
}
