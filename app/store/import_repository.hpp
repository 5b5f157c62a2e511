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
    PeopleRepository& people_;
    NoteRepository& notes_;
};

} // namespace rapport::store
