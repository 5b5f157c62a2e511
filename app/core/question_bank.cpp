#include "core/question_bank.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<QuestionCategory>, 8> kCategories = {{
    {QuestionCategory::CareerPath, "career_path", "Career path"},
    {QuestionCategory::TypicalDay, "typical_day", "Typical day"},
    {QuestionCategory::Mentors, "mentors", "Mentors"},
    {QuestionCategory::LikesDislikes, "likes_dislikes", "Likes and dislikes"},
    {QuestionCategory::Courses, "courses", "Courses"},
    {QuestionCategory::Certifications, "certifications", "Certifications and training"},
    {QuestionCategory::Organisation, "organisation", "Principles and culture"},
    {QuestionCategory::Referrals, "referrals", "Referrals"},
}};

using C = QuestionCategory;
constexpr std::array<BuiltinQuestion, 22> kBuiltins = {{
    // The guide's six conversation starters, in its order.
    {"career-path", C::CareerPath, "Can you tell me about your career path and how you got here?",
     true},
    {"typical-day", C::TypicalDay, "What do you do in a typical day?", true},
    {"mentor", C::Mentors, "Who was your mentor in this field?", true},
    {"likes-dislikes", C::LikesDislikes, "What aspects of this job do you like or dislike?", true},
    {"courses", C::Courses, "Would you recommend any specific courses to take?", true},
    {"certifications", C::Certifications,
     "Are there any additional certifications or training you would recommend?", true},
    // More per category.
    {"first-job", C::CareerPath, "What was your first job in this field, and how did you find it?",
     false},
    {"past-career", C::CareerPath,
     "How did what you did before ({past_career}) prepare you for what you do now?", false},
    {"turning-point", C::CareerPath,
     "Was there a turning point that brought you to {organisation}?", false},
    {"surprise", C::TypicalDay, "What surprised you most when you started this role?", false},
    {"skills-daily", C::TypicalDay, "Which skills do you use every day that I might not expect?",
     false},
    {"mentor-find", C::Mentors, "How would you suggest someone at my stage find a mentor?", false},
    {"hardest", C::LikesDislikes, "What is the hardest part of your work?", false},
    {"change", C::LikesDislikes,
     "If you could change one thing about this field, what would it be?", false},
    {"study-now", C::Courses, "If you were studying {field} today, what would you focus on?",
     false},
    {"experience", C::Certifications, "Which experiences would make a candidate stand out to you?",
     false},
    {"principles", C::Organisation, "What principles guide the way {organisation} works?", false},
    {"culture", C::Organisation, "How would you describe the culture of your team?", false},
    {"values-fit", C::Organisation, "What kind of person thrives at {organisation}?", false},
    {"colleagues", C::Referrals, "Are there other colleagues you think I should talk to?", false},
    {"stay-in-touch", C::Referrals, "Would it be all right if I kept in touch?", false},
    {"resources", C::Referrals, "Are there groups, events or publications you would recommend?",
     false},
}};

} // namespace

std::span<const EnumName<QuestionCategory>> question_category_names() {
    return kCategories;
}
std::span<const RetiredWording> retired_wordings() {
    static constexpr RetiredWording kRetired[] = {
        {"past-career", "How did your time at {past_career} prepare you for what you do now?"},
    };
    return kRetired;
}

std::span<const BuiltinQuestion> builtin_questions() {
    return kBuiltins;
}

} // namespace rapport::core
