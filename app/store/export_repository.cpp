// Reading everything an export writes.
#include "core/export_set.hpp"
#include "store/row_codec.hpp"
#include "store/store.hpp"

#include <unordered_set>

namespace rapport::store {

core::ExportSet Store::export_set(const std::vector<std::string>& person_ids) {
    core::ExportSet set;
    std::unordered_set<std::string> wanted(person_ids.begin(), person_ids.end());
    auto included = [&](const std::string& id) { return wanted.empty() || wanted.count(id) > 0; };
    Statement people = db_.prepare(
        "SELECT id FROM person WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id");
    while (people.step())
        if (included(people.text(0)))
            if (auto p = person(people.text(0))) set.people.push_back(std::move(*p));
    Statement conversations = db_.prepare(
        "SELECT c.id, c.person_id FROM conversation c JOIN person p ON p.id = c.person_id WHERE "
        "c.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY c.when_at, c.id");
    while (conversations.step())
        if (included(conversations.text(1)))
            if (auto c = conversation(conversations.text(0)))
                set.conversations.push_back(std::move(*c));
    Statement follow_ups = db_.prepare(
        "SELECT f.id, f.person_id, f.kind, f.title, f.due, f.done_at, f.conversation_id, "
        "f.message_id, f.about_person_id, f.created_at FROM follow_up f JOIN person p ON p.id = "
        "f.person_id WHERE f.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY f.due, f.id");
    while (follow_ups.step()) {
        if (!included(follow_ups.text(1))) continue;
        core::FollowUp f;
        f.id = follow_ups.text(0);
        f.person_id = follow_ups.text(1);
        f.kind = decode(core::follow_up_kind_names(), follow_ups.text(2));
        f.title = follow_ups.text(3);
        f.due = follow_ups.integer(4);
        if (!follow_ups.is_null(5)) f.done_at = follow_ups.integer(5);
        f.conversation_id = follow_ups.optional_text(6);
        f.message_id = follow_ups.optional_text(7);
        f.about_person_id = follow_ups.optional_text(8);
        f.created_at = follow_ups.integer(9);
        set.follow_ups.push_back(std::move(f));
    }
    Statement notes = db_.prepare(
        "SELECT id, person_id, conversation_id, body, created_at, updated_at FROM note WHERE "
        "deleted_at IS NULL ORDER BY created_at, id");
    while (notes.step()) {
        const auto person_id = notes.optional_text(1);
        if (!wanted.empty() && (!person_id || !wanted.count(*person_id))) continue;
        set.notes.push_back({notes.text(0), person_id, notes.optional_text(2), notes.text(3),
                             notes.integer(4), notes.integer(5)});
    }
    return set;
}

} // namespace rapport::store
