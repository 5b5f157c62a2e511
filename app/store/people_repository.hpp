#pragma once
// People and organisations: saving and finding them, their stages (and the
// history of stage changes), duplicates, merging and soft deletion.
#include "core/follow_up_rules.hpp"
#include "core/person.hpp"
#include "core/records.hpp"
#include "store/connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

enum class PeopleSort { NextAction, RecentlyMet, Name };

struct PeopleQuery {
    std::vector<core::Stage> stages;    // empty: every stage
    std::optional<core::Source> source; // empty: every source
    PeopleSort sort = PeopleSort::NextAction;
    int limit = 200;
    int offset = 0;
};

struct PersonSummary {
    std::string id;
    std::string name;
    std::string role;
    std::string organisation;
    core::Stage stage = core::Stage::Identified;
    core::Source source = core::Source::Other;
    std::optional<core::FollowUpKind> next_kind;
    std::optional<core::Millis> next_due;
    std::optional<core::Millis> last_interaction_at;
};

// Everyone's name, for pickers: lower-cased once here, not per frame.
struct PersonName {
    std::string id;
    std::string name;
    std::string key; // lower_ascii(name)
};

struct Duplicate {
    std::string person_id;
    std::string name;
    std::string reason; // "same email", "same LinkedIn profile", "same name and organisation"
};

// What a merge moved, to undo it: the kept person as they were, and each
// row whose reference moved from the other to them.
struct PersonColumn; // store/table_registry.hpp

struct MergeUndo {
    core::Person keep_before;
    std::string other_id;
    struct Moved {
        const char* table;
        const char* column;
        bool stamped; // the table has updated_at
        std::vector<std::string> ids;
    };
    std::vector<Moved> moved;
};

class PeopleRepository : public Repository {
  public:
    explicit PeopleRepository(Connection& connection) : Repository(connection) {}

    // Assigns id and times when new. A new person may bring its own id (an
    // import keeping a vCard UID): an unused id with created_at 0.
    Error save(core::Person& person);
    std::optional<core::Person> find(const std::string& id);
    std::optional<core::Person> find_by_name(const std::string& name);
    std::vector<PersonSummary> list(const PeopleQuery& query);
    std::int64_t count();
    std::vector<PersonName> names();
    Error remove(const std::string& id);  // soft
    Error restore(const std::string& id); // undo a remove
    Error set_stage(const std::string& person_id, core::Stage stage);
    std::vector<Duplicate> duplicates_of(const core::Person& candidate);
    // Folds `other` into `keep`: every note, conversation, message, follow-up
    // and referral moves over, empty fields of `keep` are filled from
    // `other`, and `other` is deleted (softly).
    // `undo` (optional) is filled with what unmerge needs.
    Error merge(const std::string& keep_id, const std::string& other_id, MergeUndo* undo = nullptr);
    // Puts both people back as they were before the merge.
    Error unmerge(const MergeUndo& undo);
    std::vector<core::Person> referred_by(const std::string& person_id);
    Error save_organisation(core::Organisation& organisation);
    std::optional<core::Organisation> organisation_named(const std::string& name);
    // After a person's row was written directly (sync): their organisation
    // (found or made by name) and their email index, from the row's fields.
    Error refresh_links(const std::string& person_id);

    // ---- for the repositories whose records move a person along ----
    // Moves the person's stage as `event` does (inside the caller's
    // transaction), recording the change.
    Error change_stage(const std::string& person_id, core::StageEvent event, core::Millis at);
    // The stage `person_id` had before they reached `stage`, if they are at
    // it now (for undoing what a cancelled conversation did).
    std::optional<core::Stage> stage_before(const std::string& person_id, core::Stage stage);
    // Puts a person from stage `from` at `to`, recording the change (a
    // cancelled conversation giving back the stage it gave).
    Error move_stage(const std::string& person_id, core::Stage from, core::Stage to,
                     core::Millis at);
    // Moves a person's last interaction forward to `at` (never back).
    Error touch(const std::string& person_id, core::Millis at);

  private:
    Error write_stage(const std::string& person_id, core::Stage from, core::Stage to,
                      core::Millis at);
    // A merge: `table`'s `column` moved from `other_id` to `keep_id`, what
    // moved kept in `undo`.
    Error move_references(const char* table, const PersonColumn& column, const std::string& keep_id,
                          const std::string& other_id, core::Millis now, MergeUndo* undo);
};

} // namespace rapport::store
