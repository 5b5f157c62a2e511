#include "core/conversation.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<ConversationMode>, 4> kModes = {{
    {ConversationMode::InPerson, "in_person", "in person"},
    {ConversationMode::Phone, "phone", "phone"},
    {ConversationMode::VideoCall, "video", "video call"},
    {ConversationMode::Email, "email", "email"},
}};

constexpr std::array<EnumName<ConversationStatus>, 3> kStatuses = {{
    {ConversationStatus::Planned, "planned", "planned"},
    {ConversationStatus::Held, "held", "held"},
    {ConversationStatus::Cancelled, "cancelled", "cancelled"},
}};

} // namespace

std::span<const EnumName<ConversationMode>> conversation_mode_names() {
    return kModes;
}
std::span<const EnumName<ConversationStatus>> conversation_status_names() {
    return kStatuses;
}

std::string validate_conversation(const Conversation& c) {
    if (c.person_id.empty()) return "A conversation needs the person it is with";
    if (c.duration_minutes < 1 || c.duration_minutes > 480)
        return "A conversation lasts between 1 minute and 8 hours";
    return {};
}

} // namespace rapport::core
