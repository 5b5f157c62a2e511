#pragma once
// An informational interview: planned, held or cancelled, with its questions
// in order, an answer to each, and what was heard.
#include "core/clock.hpp"
#include "core/enum_names.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rapport::core {

enum class ConversationMode { InPerson, Phone, VideoCall, Email };
enum class ConversationStatus { Planned, Held, Cancelled };

std::span<const EnumName<ConversationMode>> conversation_mode_names();
std::span<const EnumName<ConversationStatus>> conversation_status_names();

struct PlannedQuestion {
    std::optional<std::string> question_id; // from the bank, if it came from there
    std::string text;
    std::string answer;
    bool operator==(const PlannedQuestion&) const = default;
};

struct Conversation {
    std::string id;
    std::string person_id;
    Millis when = 0;
    int duration_minutes = 15; // the guide's "15 minute conversation"
    ConversationMode mode = ConversationMode::InPerson;
    std::string place; // an address, or a call link
    ConversationStatus status = ConversationStatus::Planned;
    std::optional<Millis> held_at;
    std::vector<PlannedQuestion> questions;
    std::string notes;
    std::string takeaways;
    std::string advice;
    std::string courses;        // recommended courses
    std::string certifications; // certifications or training
    std::string mentors;        // mentors named
    std::string likes;
    std::string dislikes;
    std::string next_steps;
    Millis created_at = 0;
    Millis updated_at = 0;
    bool operator==(const Conversation&) const = default;
};

// A problem that must stop a save, or empty.
std::string validate_conversation(const Conversation& conversation);

} // namespace rapport::core
