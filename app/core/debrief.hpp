#pragma once
// The debrief after a conversation: prompt headings the user can drop into a
// capture, reading the sections under them back into the conversation's
// fields, and "People to contact" back out as referral leads.
#include "core/conversation.hpp"

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

// What a note says under each debrief heading. A heading is a prompt's
// heading or its chip ("Three takeaways" or "Takeaways"), any case, with or
// without a trailing colon; the text runs to the next heading.
struct DebriefSections {
    std::string takeaways;
    std::string advice;
    std::string courses;
    std::string certifications;
    std::string mentors;
    std::string likes;    // "What they like and dislike", less the dislikes
    std::string dislikes; // its lines that start "Dislike…"
    std::string next_steps;
    // Under a heading that is one of the conversation's planned questions:
    // its answer, by the question's place in the plan ("" where none).
    std::vector<std::string> answers;
    bool empty() const;
};
// `planned`: the conversation's questions, whose text heads their answer
// (capture offers each unanswered one as a chip).
DebriefSections read_debrief(const std::string& text,
                             std::span<const PlannedQuestion> planned = {});

// Adds each section to the conversation's field of the same name (and each
// answer to its planned question), once: a
// section the field already holds is not added again, so filing a second
// note (or the same one twice) never doubles what the first one gave.
// True when a field changed.
bool add_debrief(Conversation& conversation, const DebriefSections& sections);

// The first line of a field, without its bullet or a closing full stop:
// what a thank-you says it learned ("start with usability tests").
std::string first_takeaway(const std::string& takeaways);

struct ReferralLead {
    std::string name;    // "Sam Ortiz"
    std::string context; // "Brightline, design systems"
};

// The lines under a "People to contact" heading, up to the next heading:
// "· Sam Ortiz (Brightline, design systems)" → {"Sam Ortiz", "Brightline, …"}.
std::vector<ReferralLead> referral_leads(const std::string& text);

} // namespace rapport::core
