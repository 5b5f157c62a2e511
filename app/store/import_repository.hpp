#pragma once
// Importing contacts: matching every contact with the people here, then
// applying the plan in one transaction.
#include "store/connection.hpp"
#include "store/import.hpp"
#include "store/note_repository.hpp"
#include "store/people_repository.hpp"

namespace rapport::store {

class ImportRepository : public Repository {
  public:
    ImportRepository(Connection& connection, PeopleRepository& people, NoteRepository& notes)
        : Repository(connection), people_(people), notes_(notes) {}

    // Matches every contact with the people here; reads only.
    ImportPlan plan(const core::ImportParse& parsed);
    // Applies a plan in one transaction: all of it, or (on an error or a
    // cancel through `progress`) none of it.
    Error apply(const ImportPlan& plan, ImportOutcome& outcome, ImportProgress* progress = nullptr);

  private:
    // The plan's row for a contact matching `existing`: what it would add or
    // change, and so whether it is Changed, Duplicate or Same.
    void describe_changes(const core::Person& existing, ImportRow& row);
    // A New row's person saved, with its LinkedIn connection and note.
    Error add_person(const core::ImportedContact& c, std::string& id);
    // A Changed or Duplicate row merged into the person it matched
    // (`id` empty when they were deleted since the preview).
    Error merge_person(const ImportRow& row, const std::string& format, std::string& id);
    // Who referred whom, once everyone is in (person id, referrer's UID).
    Error link_referrals(const std::vector<std::pair<std::string, std::string>>& referrals);
    Error add_note(const std::string& person_id, const std::string& body);

    PeopleRepository& people_;
    NoteRepository& notes_;
};

} // namespace rapport::store
