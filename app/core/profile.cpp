#include "core/profile.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<Audience>, 4> kAudiences = {{
    {Audience::CareerFair, "career_fair", "Career fair"},
    {Audience::Alumni, "alumni", "Alumni"},
    {Audience::Faculty, "faculty", "Faculty"},
    {Audience::Other, "other", "Other"},
}};

} // namespace

std::span<const EnumName<Audience>> audience_names() {
    return kAudiences;
}

} // namespace rapport::core
