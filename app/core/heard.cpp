#include "core/heard.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace rapport::core {
namespace {

struct Topic {
    HeardTopic topic;
    const char* title;
    std::string Conversation::*field;
};

constexpr std::array<Topic, 6> kTopics = {{
    {HeardTopic::Courses, "Courses recommended", &Conversation::courses},
    {HeardTopic::Certifications, "Certifications and training", &Conversation::certifications},
    {HeardTopic::Mentors, "Mentors named", &Conversation::mentors},
    {HeardTopic::Advice, "Advice", &Conversation::advice},
    {HeardTopic::Likes, "What they like", &Conversation::likes},
    {HeardTopic::Dislikes, "What they dislike", &Conversation::dislikes},
}};

// The same item however it was typed: "Google UX certificate." and
// "google ux certificate" are one.
std::string key_of(const std::string& item) {
    std::string key = lower_ascii(trim(item));
    while (!key.empty() && (key.back() == '.' || key.back() == ';' || key.back() == ','))
        key.pop_back();
    return key;
}

} // namespace

std::vector<HeardSection> what_ive_heard(const std::vector<HeardConversation>& conversations) {
    // Oldest first, so "as first heard" is the order items are kept in.
    std::vector<const HeardConversation*> ordered;
    for (const HeardConversation& c : conversations)
        ordered.push_back(&c);
    const auto when = [](const HeardConversation* c) {
        return c->conversation.held_at.value_or(c->conversation.when);
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](auto* a, auto* b) { return when(a) < when(b); });

    std::vector<HeardSection> sections;
    for (const Topic& topic : kTopics) {
        HeardSection section{topic.topic, topic.title, {}};
        std::vector<std::string> keys;
        for (const HeardConversation* c : ordered) {
            const std::string& field = c->conversation.*(topic.field);
            for (const std::string& line : trimmed_lines(field)) {
                const std::string item = without_bullet(line);
                const std::string key = key_of(item);
                if (key.empty()) continue;
                const auto found = std::find(keys.begin(), keys.end(), key);
                if (found == keys.end()) {
                    keys.push_back(key);
                    section.items.push_back({item, {c->person_name}, c->conversation.id});
                    continue;
                }
                HeardItem& known = section.items[static_cast<size_t>(found - keys.begin())];
                if (std::find(known.people.begin(), known.people.end(), c->person_name) ==
                    known.people.end())
                    known.people.push_back(c->person_name);
                known.conversation_id = c->conversation.id;
            }
        }
        std::stable_sort(section.items.begin(), section.items.end(),
                         [](const HeardItem& a, const HeardItem& b) {
                             return a.people.size() > b.people.size();
                         });
        sections.push_back(std::move(section));
    }
    return sections;
}

} // namespace rapport::core
