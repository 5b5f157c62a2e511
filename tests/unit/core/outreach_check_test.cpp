#include "core/outreach_check.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

namespace {

bool has(const std::vector<OutreachHint>& hints, OutreachIssue issue) {
    for (const auto& h : hints)
        if (h.issue == issue) return true;
    return false;
}

} // namespace

TEST_CASE("a draft that follows the guide passes clean") {
    const std::string good =
        "Dear Ms. Osei,\n\nI found your profile through the UNT alumni network on LinkedIn and "
        "read your article on research operations. I'm a junior studying information science "
        "and I'm exploring UX research as a career. Would you have time for a 15 minute "
        "conversation in the next few weeks? I would love to hear about your career path.\n\n"
        "Thank you for considering it,\nJordan";
    CHECK(check_outreach(good).empty());
    const std::string short_note = "Hi Daniel, Professor Brennan suggested I reach out. Could "
                                   "we talk for 15-minutes next week about city planning? "
                                   "Thanks so much!";
    CHECK(check_outreach(short_note).empty());
    // Talking about a position they held is not asking for one.
    const std::string positions = "We met at the career fair. I'd love to hear how your first "
                                  "position led to your current role. Would you have 15 minutes? "
                                  "I appreciate your time.";
    CHECK(check_outreach(positions).empty());
    // Advice on a resume is not a job ask.
    const std::string advice = "We met at the career fair. I'd love your advice on shaping my "
                               "resume for this field. Would you have 15 minutes? Thank you.";
    CHECK(check_outreach(advice).empty());
}

TEST_CASE("asking for a job, internship or to be hired is flagged") {
    for (const char* ask :
         {"Are there any open positions on your team?",
          "I am looking for an internship this summer.", "Could you refer me for the analyst role?",
          "I would love to be hired by your firm.", "Is your company hiring?",
          "Please consider me for a job.", "Could you pass my resume along to your recruiter?",
          "Would you forward my CV to the hiring manager?",
          "Could you introduce me to your recruiter?", "Could you put in a good word for me?"}) {
        const std::string asked = ask;
        CAPTURE(asked);
        const std::string draft = std::string("I found you on LinkedIn. ") + ask +
                                  " Would you have 15 minutes? Thank you.";
        const auto hints = check_outreach(draft);
        REQUIRE(has(hints, OutreachIssue::AsksForJob));
        CHECK(hints[0].text.find("isn't the place to ask for a position") != std::string::npos);
    }
}

TEST_CASE("missing how you found them, a time, or thanks is each named") {
    const auto hints = check_outreach("Hello, can we chat sometime about your work?");
    CHECK(has(hints, OutreachIssue::NoHowFound));
    CHECK(has(hints, OutreachIssue::NoSpecificTime));
    CHECK(has(hints, OutreachIssue::NoThanks));
    CHECK_FALSE(has(hints, OutreachIssue::AsksForJob));
}

TEST_CASE("more than 20 minutes or 150 words is too much") {
    CHECK(has(check_outreach("I saw your talk. Could we meet for 30 minutes? Thanks."),
              OutreachIssue::TooLong));
    CHECK(has(check_outreach("I saw your talk. Could we meet for half an hour? Thanks."),
              OutreachIssue::TooLong));
    CHECK_FALSE(has(check_outreach("I saw your talk. Could we meet for 20 minutes? Thanks."),
                    OutreachIssue::TooLong));
    std::string long_draft = "I saw your talk. Would you have 15 minutes? Thank you. ";
    for (int i = 0; i < 150; ++i)
        long_draft += "word ";
    const auto hints = check_outreach(long_draft);
    REQUIRE(has(hints, OutreachIssue::OverWords));
    CHECK(word_count(long_draft) > 150);
}
