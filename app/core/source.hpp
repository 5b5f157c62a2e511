#pragma once
// How the user came to know a contact: the guide's list of potential contacts.
#include "core/enum_names.hpp"

#include <optional>
#include <span>

namespace rapport::core {

enum class Source {
    Faculty,
    PastSupervisorOrCoworker,
    FriendOrFamily,
    CareerFair,
    SocialMedia,
    Alumni,
    LinkedInAlumni,
    LinkedInConnection, // a connection's row in LinkedIn's export: not alumni by itself
    Referral,
    Other,
};

std::span<const EnumName<Source>> source_names();
inline std::string_view source_code(Source s) {
    return code_of(source_names(), s);
}
inline std::string_view source_label(Source s) {
    return label_of(source_names(), s);
}
// How the source reads in "I found you through …"; empty for Other and
// Referral (the referrer's name says it better).
std::string_view source_phrase(Source s);
inline std::optional<Source> source_from_code(std::string_view c) {
    return from_code(source_names(), c);
}

} // namespace rapport::core
