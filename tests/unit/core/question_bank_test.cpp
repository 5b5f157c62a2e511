#include "core/question_bank.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace rapport::core;

TEST_CASE("the bank starts with the guide's six questions, in order") {
    const auto bank = builtin_questions();
    REQUIRE(bank.size() >= 6);
    CHECK(std::string(bank[0].text) ==
          "Can you tell me about your career path and how you got here?");
    CHECK(std::string(bank[1].text) == "What do you do in a typical day?");
    CHECK(std::string(bank[2].text) == "Who was your mentor in this field?");
    CHECK(std::string(bank[3].text) == "What aspects of this job do you like or dislike?");
    CHECK(std::string(bank[4].text) == "Would you recommend any specific courses to take?");
    CHECK(std::string(bank[5].text) ==
          "Are there any additional certifications or training you would recommend?");
    for (size_t i = 0; i < 6; ++i)
        CHECK(bank[i].starter);
}

TEST_CASE("every category has questions and keys are unique") {
    std::set<std::string> keys;
    std::set<QuestionCategory> categories;
    for (const auto& q : builtin_questions()) {
        CHECK(keys.insert(q.key).second);
        categories.insert(q.category);
    }
    CHECK(categories.size() == question_category_names().size());
}
