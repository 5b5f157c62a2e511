#pragma once
#include "core/text.hpp" // word_count
// The guide's advice on asking for a conversation, as a live check on a
// draft: do not ask for a position, say how you found them, ask for a
// specific short time (about 15 minutes), keep it short, and thank them.
#include <string>
#include <vector>

namespace rapport::core {

enum class OutreachIssue {
    AsksForJob,
    NoHowFound,
    NoSpecificTime,
    TooLong,   // more than 20 minutes asked
    OverWords, // more than 150 words
    NoThanks,
};

struct OutreachHint {
    OutreachIssue issue;
    std::string text; // plain language, shown beside the draft
};

constexpr int kOutreachMaxWords = 150;
constexpr int kOutreachMaxMinutes = 20;

// Empty when the draft follows the guide.
std::vector<OutreachHint> check_outreach(const std::string& draft);

} // namespace rapport::core
