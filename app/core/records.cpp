#include "core/records.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<MessageKind>, 7> kMessageKinds = {{
    {MessageKind::Outreach, "outreach", "outreach"},
    {MessageKind::Nudge, "nudge", "nudge"},
    {MessageKind::ThankYou, "thank_you", "thank-you"},
    {MessageKind::ReferralRequest, "referral_request", "referral request"},
    {MessageKind::TellReferrer, "tell_referrer", "tell the referrer"},
    {MessageKind::KeepInTouch, "keep_in_touch", "keep in touch"},
    {MessageKind::LinkedInNote, "linkedin_note", "LinkedIn note"},
}};

constexpr std::array<EnumName<FollowUpKind>, 6> kFollowUpKinds = {{
    {FollowUpKind::ThankYou, "thank_you", "Send a thank-you"},
    {FollowUpKind::Nudge, "nudge", "Nudge"},
    {FollowUpKind::LastNudge, "last_nudge", "Last nudge"},
    {FollowUpKind::KeepInTouch, "keep_in_touch", "Keep in touch"},
    {FollowUpKind::TellReferrer, "tell_referrer", "Tell the referrer"},
    {FollowUpKind::Custom, "custom", "Follow up"},
}};

} // namespace

std::span<const EnumName<MessageKind>> message_kind_names() {
    return kMessageKinds;
}
std::span<const EnumName<FollowUpKind>> follow_up_kind_names() {
    return kFollowUpKinds;
}

} // namespace rapport::core
