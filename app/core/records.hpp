#pragma once
// The smaller records around people: notes, messages and follow-ups.
#include "core/clock.hpp"
#include "core/enum_names.hpp"

#include <optional>
#include <span>
#include <string>

namespace rapport::core {

// A free note, on a person, a conversation, or in the unsorted inbox.
struct Note {
    std::string id;
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    std::string body;
    Millis created_at = 0;
    Millis updated_at = 0;
    bool operator==(const Note&) const = default;
};

// LinkedInNote: a connection request's note, the outreach where LinkedIn is
// how they were found (300 characters at most, no subject).
enum class MessageKind {
    Outreach,
    Nudge,
    ThankYou,
    ReferralRequest,
    TellReferrer,
    KeepInTouch,
    LinkedInNote
};
std::span<const EnumName<MessageKind>> message_kind_names();

struct Message {
    std::string id;
    std::string person_id;
    MessageKind kind = MessageKind::Outreach;
    std::string subject;
    std::string body;
    std::optional<Millis> sent_at; // empty while a draft
    Millis created_at = 0;
    Millis updated_at = 0;
    bool operator==(const Message&) const = default;
};

enum class FollowUpKind { ThankYou, Nudge, LastNudge, KeepInTouch, TellReferrer, Custom };
std::span<const EnumName<FollowUpKind>> follow_up_kind_names();

struct FollowUp {
    std::string id;
    std::string person_id;
    FollowUpKind kind = FollowUpKind::Custom;
    std::string title; // for custom follow-ups
    Millis due = 0;
    std::optional<Millis> done_at;
    std::optional<std::string> conversation_id; // what it follows up on
    std::optional<std::string> message_id;
    std::optional<std::string> about_person_id; // tell-the-referrer: who was met
    Millis created_at = 0;
    bool operator==(const FollowUp&) const = default;
};

} // namespace rapport::core
