// Reading everything an export writes.
#include "store/export_repository.hpp"
#include "core/export_set.hpp"
#include "store/row_codec.hpp"
#include "store/tables.hpp"

#include <unordered_set>

namespace rapport::store {

core::ExportSet ExportRepository::collect(const std::vector<std::string>& person_ids) {
    core::ExportSet set;
    std::unordered_set<std::string> wanted(person_ids.begin(), person_ids.end());
    auto included = [&](const std::string& id) { return wanted.empty() || wanted.count(id) > 0; };
    Statement people = db_.prepare(
        "SELECT id FROM person WHERE deleted_at IS NULL ORDER BY name COLLATE NAME, id");
    while (people.step())
        if (included(people.text(0)))
            if (auto p = people_.find(people.text(0))) set.people.push_back(std::move(*p));
    Statement conversations = db_.prepare(
        "SELECT c.id, c.person_id FROM conversation c JOIN person p ON p.id = c.person_id WHERE "
        "c.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY c.when_at, c.id");
    while (conversations.step())
        if (included(conversations.text(1)))
            if (auto c = conversations_.find(conversations.text(0)))
                set.conversations.push_back(std::move(*c));
    Statement follow_ups = db_.prepare(
        "SELECT " + follow_ups_table().select_list("f") +
        " FROM follow_up f JOIN person p ON p.id = f.person_id WHERE f.deleted_at IS NULL AND "
        "p.deleted_at IS NULL ORDER BY f.due, f.id");
    while (follow_ups.step()) {
        core::FollowUp f = follow_ups_table().read(follow_ups);
        if (included(f.person_id)) set.follow_ups.push_back(std::move(f));
    }
    Statement notes = db_.prepare("SELECT " + notes_table().select_list() +
                                  " FROM note WHERE deleted_at IS NULL ORDER BY created_at, id");
    while (notes.step()) {
        core::Note n = notes_table().read(notes);
        if (!wanted.empty() && (!n.person_id || !wanted.count(*n.person_id))) continue;
        set.notes.push_back(std::move(n));
    }
    return set;
}

} // namespace rapport::store
