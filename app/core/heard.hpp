#pragma once
// "What I've heard": what people recommended across every conversation, the
// guide's research on your major made from your own debriefs. Each line of a
// field is one item; the same item from two people is counted once each.
#include "core/conversation.hpp"

#include <string>
#include <vector>

namespace rapport::core {

// One conversation's debrief and who gave it.
struct HeardConversation {
    std::string person_name;
    Conversation conversation;
};

struct HeardItem {
    std::string text;                // as first written
    std::vector<std::string> people; // who said it, each once, in the order heard
    std::string conversation_id;     // the most recent conversation it came from
};

enum class HeardTopic { Courses, Certifications, Mentors, Advice, Likes, Dislikes };

struct HeardSection {
    HeardTopic topic;
    const char* title;            // "Courses recommended"
    std::vector<HeardItem> items; // most people first, then as first heard
};

// Every topic, in a fixed order, even when empty (the screen says so).
std::vector<HeardSection> what_ive_heard(const std::vector<HeardConversation>& conversations);

} // namespace rapport::core
