#pragma once
// The debrief after a conversation: prompt headings the user can drop into a
// capture, and reading "People to contact" back out as referral leads.
#include <span>
#include <string>
#include <vector>

namespace rapport::core {

struct DebriefPrompt {
    const char* chip;    // "Takeaways"
    const char* heading; // "Three takeaways"
};

std::span<const DebriefPrompt> debrief_prompts();

// `text` with `heading` added as its own line (after a blank line when the
// text has content) and an empty bullet under it. `cursor` is set to where
// typing continues.
std::string insert_heading(const std::string& text, const std::string& heading, int& cursor);

struct ReferralLead {
    std::string name;    // "Sam Ortiz"
    std::string context; // "Brightline, design systems"
};

// The lines under a "People to contact" heading, up to the next heading:
// "· Sam Ortiz (Brightline, design systems)" → {"Sam Ortiz", "Brightline, …"}.
std::vector<ReferralLead> referral_leads(const std::string& text);

} // namespace rapport::core
