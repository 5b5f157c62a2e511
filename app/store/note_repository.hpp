#pragma once
// Notes: the inbox, notes on a person, a conversation's debriefs.
#include "core/records.hpp"
#include "store/connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

class NoteRepository : public Repository {
  public:
    explicit NoteRepository(Connection& connection) : Repository(connection) {}

    Error save(core::Note& note);
    std::optional<core::Note> find(const std::string& id);
    std::int64_t count();
    // Whether any note exists: a count would read every note row.
    bool any();
    std::vector<core::Note> inbox(int limit = 50);
    int count_inbox();
    // The notes filed on a conversation (its debriefs), oldest first.
    std::vector<core::Note> about(const std::string& conversation_id);
    Error remove(const std::string& id);  // soft
    Error restore(const std::string& id); // undo a remove
    // Whether the person has a note with exactly this text (an import adds
    // its notes once).
    bool person_has_note(const std::string& person_id, const std::string& body);
};

} // namespace rapport::store
