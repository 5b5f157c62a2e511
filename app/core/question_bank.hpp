#pragma once
// Questions to bring to a conversation: the guide's six starters and more,
// by category.
#include "core/enum_names.hpp"

#include <span>
#include <string>
#include <vector>

namespace rapport::core {

enum class QuestionCategory {
    CareerPath,
    TypicalDay,
    Mentors,
    LikesDislikes,
    Courses,
    Certifications,
    Organisation, // principles and culture
    Referrals,
};
std::span<const EnumName<QuestionCategory>> question_category_names();

struct Question {
    std::string id;
    std::string text;
    QuestionCategory category = QuestionCategory::CareerPath;
    bool builtin = false;
    bool archived = false;
    int position = 0;
    bool operator==(const Question&) const = default;
};

struct BuiltinQuestion {
    const char* key; // stable id suffix: "builtin-career-path"
    QuestionCategory category;
    const char* text;
    bool starter; // one of the guide's six
};

// The bank a new database starts with; the six starters come first.
std::span<const BuiltinQuestion> builtin_questions();
// Wordings earlier versions seeded and later ones mended ("How did your time
// at {past_career}…" read wrongly for a role): a built-in question still
// worded so, never edited, takes its question's current wording.
struct RetiredWording {
    const char* key;
    const char* text;
};
std::span<const RetiredWording> retired_wordings();

} // namespace rapport::core
