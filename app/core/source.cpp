#include "core/source.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<Source>, 10> kSources = {{
    {Source::Faculty, "faculty", "Faculty"},
    {Source::PastSupervisorOrCoworker, "past_supervisor", "Past supervisor or co-worker"},
    {Source::FriendOrFamily, "friend_family", "Friend or family"},
    {Source::CareerFair, "career_fair", "Career fair"},
    {Source::SocialMedia, "social_media", "Social media"},
    {Source::Alumni, "alumni", "Alumni"},
    {Source::LinkedInAlumni, "linkedin_alumni", "LinkedIn alumni"},
    {Source::LinkedInConnection, "linkedin", "LinkedIn connection"},
    {Source::Referral, "referral", "Referral"},
    {Source::Other, "other", "Other"},
}};

} // namespace

std::span<const EnumName<Source>> source_names() {
    return kSources;
}

std::string_view source_phrase(Source s) {
    switch (s) {
    case Source::Faculty:
        return "my professors";
    case Source::PastSupervisorOrCoworker:
        return "a former colleague";
    case Source::FriendOrFamily:
        return "a friend of the family";
    case Source::CareerFair:
        return "the career fair";
    case Source::SocialMedia:
        return "social media";
    case Source::Alumni:
        return "the alumni network";
    case Source::LinkedInAlumni:
        return "the alumni network on LinkedIn";
    case Source::LinkedInConnection:
        return "my LinkedIn connections";
    case Source::Referral:
    case Source::Other:
        return {};
    }
    return {};
}

} // namespace rapport::core
