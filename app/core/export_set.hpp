#pragma once
// What an export writes: everyone (or a selection) with their notes,
// conversations and follow-ups.
#include "core/conversation.hpp"
#include "core/person.hpp"
#include "core/records.hpp"

#include <vector>

namespace rapport::core {

struct ExportSet {
    std::vector<Person> people;              // by name
    std::vector<Conversation> conversations; // by time, with questions and answers
    std::vector<FollowUp> follow_ups;        // open and done
    std::vector<Note> notes;                 // by time
    // The name of a person in the set, or empty.
    std::string name_of(const std::string& person_id) const;
};

} // namespace rapport::core
