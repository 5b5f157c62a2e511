#pragma once
// Filing a capture, as the terminal and the capture screen both do it.
#include "store/store.hpp"

#include <optional>
#include <string>

namespace rapport::services {

// The conversation a note about `person_id` debriefs: theirs, held or planned
// within the last few hours, if there is one.
std::optional<std::string> conversation_to_debrief(store::Store& store,
                                                   const std::string& person_id);

// Someone new, from a name typed where a person is chosen (capture, filing
// a note, `rapport capture --new`): saved with that name alone.
store::Error add_person_named(store::Store& store, const std::string& name, core::Person& added);
// The person a choice names: `picked_id` when one was picked from the list,
// else someone new named `typed_name` (`added` then says so).
store::Error chosen_person(store::Store& store, const std::string& picked_id,
                           const std::string& typed_name, std::string& id, bool& added);

} // namespace rapport::services
