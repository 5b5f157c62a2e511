#pragma once
// The user: who they are and what they want, and the elevator speech built
// from it, in versions per audience.
#include "core/clock.hpp"
#include "core/enum_names.hpp"

#include <span>
#include <string>

namespace rapport::core {

struct Profile {
    std::string name;
    std::string major; // what they study or have done
    std::string goals;
    std::string strengths;
    std::string weaknesses; // ones they are working on
    std::string skills;
    std::string exploring;
    bool operator==(const Profile&) const = default;
};

enum class Audience { CareerFair, Alumni, Faculty, Other };
std::span<const EnumName<Audience>> audience_names();

struct ElevatorSpeech {
    std::string id;
    Audience audience = Audience::Other;
    std::string text;
    Millis updated_at = 0;
    bool operator==(const ElevatorSpeech&) const = default;
};

} // namespace rapport::core
