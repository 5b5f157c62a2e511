#pragma once
// A contact, what the user learned about them, and their organisation.
#include "core/clock.hpp"
#include "core/source.hpp"
#include "core/stage.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

struct Research {
    std::string education;
    std::string specialty; // areas of specialty
    std::string past_careers;
    std::string inspirations; // sources of inspiration
    std::vector<std::string> links;
    std::string notes;
    bool operator==(const Research&) const = default;
};

struct Person {
    std::string id;
    std::string name;
    std::string pronouns;
    std::string role;
    std::string organisation;
    std::string field;
    std::string location;
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::vector<std::string> links;
    std::string linkedin; // normalised profile URL, or empty
    Source source = Source::Other;
    std::optional<std::string> referred_by; // a person id
    std::vector<std::string> tags;
    Stage stage = Stage::Identified;
    int cadence_days = 0; // keep-in-touch cadence; 0 = none
    Research research;
    std::optional<Millis> last_interaction_at;
    Millis created_at = 0;
    Millis updated_at = 0;
    bool operator==(const Person&) const = default;
};

struct Organisation {
    std::string id;
    std::string name;
    std::string principles;
    std::string core_beliefs;
    bool operator==(const Organisation&) const = default;
};

// "Amara Osei" → "AO"; "Dr. Helen Brennan" → "HB"; UTF-8 safe. A Chinese,
// Japanese or Korean name gives its first character ("王芳" → "王"); Thai
// skips a leading vowel sign, which is never said first.
std::string initials(const std::string& name);

// The name as it is written: given then family ("Amara Osei"), except when
// both are Chinese, Japanese or Korean, which put the family name first and
// need no space ("王" + "芳" → "王芳", "김" + "민준" → "김민준").
std::string full_name(const std::string& given, const std::string& family);

// The other way, for a vCard's N: the family name and the given names of a
// name as written. "Amara Osei" → {"Osei", "Amara"}, the last word as the
// family name. A Chinese, Japanese or Korean name without a space puts the
// family name first: one character ("王芳" → {"王", "芳"}, "김민준" → {"김",
// "민준"}), two for a known two-character surname ("欧阳娜娜") or a name of
// four characters or more ("山田太郎" → {"山田", "太郎"}).
struct NameParts {
    std::string family;
    std::string given;
};
NameParts split_name(const std::string& name);

// "Senior UX Researcher at Brightline Labs"; either part alone when the
// other is empty.
std::string position_at(const std::string& role, const std::string& organisation);

// Research fields still empty before a first conversation, in checklist order.
std::vector<std::string> missing_research(const Person& person);

// A problem with a person's fields that must stop a save, or empty.
std::string validate_person(const Person& person);

} // namespace rapport::core
