#pragma once
// Filing a capture, as the terminal, the capture screen and the web page's
// last save all do it: who it is about, the conversation it debriefs, the
// thank-you that follows. The store keeps the draft; the words are the
// screens'.
#include "store/store.hpp"

#include <optional>
#include <string>

namespace rapport::services {

// Files a capture. About a person with a conversation (held, or planned and
// not cancelled): the note is that conversation's debrief, its headings read
// into the conversation's fields, and the conversation is held (once: one
// thank-you due). About a person without one: a plain note, unless `met`,
// which records a conversation held now. About nobody: the inbox. Only blank
// text changes nothing. All of it or none.
store::Error file_capture(store::Store& store, const std::string& body,
                          std::optional<std::string> person_id,
                          std::optional<std::string> conversation_id, bool met,
                          store::CaptureResult* result = nullptr);
// Files the draft and clears it, in one transaction.
store::Error finish_capture(store::Store& store, store::CaptureResult* result = nullptr);

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
