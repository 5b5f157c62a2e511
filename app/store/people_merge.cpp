// Duplicates: who a new or imported person may already be (same email,
// LinkedIn profile, or name and organisation), and merging one into another
// with every record that points at them, undoable.
#include "store/people_repository.hpp"

#include "store/table_registry.hpp"

#include "core/links.hpp"
#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"
#include "store/uuid.hpp"

#include <algorithm>

namespace rapport::store {

std::vector<Duplicate> PeopleRepository::duplicates_of(const core::Person& c) {
    std::vector<Duplicate> found;
    auto add = [&](Statement& q, const char* reason) {
        while (q.step()) {
            const std::string id = q.text(0);
            if (id == c.id) continue;
            bool seen = false;
            for (const Duplicate& d : found)
                seen = seen || d.person_id == id;
            if (!seen) found.push_back({id, q.text(1), reason});
        }
    };
    for (const std::string& raw : c.emails) {
        const std::string email = core::normalize_email(raw);
        if (email.empty()) continue;
        Statement q = db_.prepare("SELECT p.id, p.name FROM person_email e JOIN person p ON p.id "
                                  "= e.person_id WHERE e.email = ?1 AND p.deleted_at IS NULL");
        q.bind(1, email);
        add(q, "same email");
    }
    if (const std::string url = core::normalize_linkedin_url(c.linkedin); !url.empty()) {
        Statement q = db_.prepare("SELECT id, name FROM person WHERE linkedin = ?1 AND linkedin <> "
                                  "'' AND deleted_at IS NULL");
        q.bind(1, url);
        add(q, "same LinkedIn profile");
    }
    if (!c.organisation.empty()) {
        // Organisations are matched by their normalised key, kept on save.
        Statement q = db_.prepare(
            "SELECT p.id, p.name FROM person p JOIN organisation o ON o.id = p.organisation_id "
            "WHERE p.name = ?1 COLLATE NOCASE AND o.name_key = ?2 AND p.deleted_at IS NULL");
        q.bind(1, c.name).bind(2, core::normalize_words(c.organisation));
        add(q, "same name and organisation");
    }
    return found;
}

Error PeopleRepository::move_references(const char* table, const PersonColumn& r,
                                        const std::string& keep_id, const std::string& other_id,
                                        core::Millis now, MergeUndo* undo) {
    const std::string where = std::string(" WHERE ") + r.column + " = ?2";
    if (undo) {
        Statement which = db_.prepare(std::string("SELECT id FROM ") + table + where);
        which.bind(2, other_id);
        MergeUndo::Moved moved{table, r.column, r.stamped, {}};
        while (which.step())
            moved.ids.push_back(which.text(0));
        if (which.error()) return which.error();
        undo->moved.push_back(std::move(moved));
    }
    Statement move = db_.prepare(std::string("UPDATE ") + table + " SET " + r.column + " = ?1" +
                                 (r.stamped ? ", updated_at = ?3" : "") + where);
    move.bind(1, keep_id).bind(2, other_id);
    if (r.stamped) move.bind(3, now);
    if (!move.run()) return move.error();
    return {};
}

Error PeopleRepository::merge(const std::string& keep_id, const std::string& other_id,
                              MergeUndo* undo) {
    if (Error e = refuse_if_read_only()) return e;
    if (keep_id == other_id)
        return {ErrorKind::Invalid, "A person cannot be merged into themselves"};
    auto keep = find(keep_id);
    auto other = find(other_id);
    if (!keep || !other) return {ErrorKind::Invalid, "That person no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    if (undo) *undo = MergeUndo{*keep, other_id, {}};
    // Every column that names a person (store/table_registry.hpp) moves.
    for (const TableInfo& t : data_tables())
        for (const PersonColumn& r : t.people) {
            if (!r.column) continue;
            if (Error e = move_references(t.name, r, keep_id, other_id, now, undo)) return e;
        }
    Statement found = db_.prepare(
        "UPDATE search_doc SET person_id = ?1 WHERE person_id = ?2 AND kind <> 'person'");
    found.bind(1, keep_id).bind(2, other_id);
    if (!found.run()) return found.error();
    // Fill what `keep` lacks; lists are united.
    auto fill = [](std::string& into, const std::string& from) {
        if (into.empty()) into = from;
    };
    core::Person merged = *keep;
    fill(merged.pronouns, other->pronouns);
    fill(merged.role, other->role);
    fill(merged.organisation, other->organisation);
    fill(merged.field, other->field);
    fill(merged.location, other->location);
    fill(merged.linkedin, other->linkedin);
    fill(merged.research.education, other->research.education);
    fill(merged.research.specialty, other->research.specialty);
    fill(merged.research.past_careers, other->research.past_careers);
    fill(merged.research.inspirations, other->research.inspirations);
    if (!other->research.notes.empty())
        merged.research.notes +=
            (merged.research.notes.empty() ? "" : "\n") + other->research.notes;
    auto unite = [](std::vector<std::string>& into, const std::vector<std::string>& from) {
        for (const std::string& v : from)
            if (std::find(into.begin(), into.end(), v) == into.end()) into.push_back(v);
    };
    unite(merged.emails, other->emails);
    unite(merged.phones, other->phones);
    unite(merged.links, other->links);
    unite(merged.tags, other->tags);
    unite(merged.research.links, other->research.links);
    if (!merged.referred_by && other->referred_by && *other->referred_by != keep_id)
        merged.referred_by = other->referred_by;
    if (core::pipeline_rank(other->stage) > core::pipeline_rank(merged.stage) &&
        !core::is_side_state(other->stage))
        merged.stage = other->stage;
    if (merged.cadence_days == 0) merged.cadence_days = other->cadence_days;
    if (other->last_interaction_at &&
        (!merged.last_interaction_at || *other->last_interaction_at > *merged.last_interaction_at))
        merged.last_interaction_at = other->last_interaction_at;
    if (Error e = remove(other_id)) return e;
    if (Error e = save(merged)) return e;
    return transaction.commit();
}

Error PeopleRepository::unmerge(const MergeUndo& undo) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    for (const MergeUndo::Moved& moved : undo.moved) {
        const bool stamped = moved.stamped;
        Statement back =
            db_.prepare(std::string("UPDATE ") + moved.table + " SET " + moved.column + " = ?1" +
                        (stamped ? ", updated_at = ?3" : "") + " WHERE id = ?2");
        for (const std::string& id : moved.ids) {
            back.bind(1, undo.other_id).bind(2, id);
            if (stamped) back.bind(3, now);
            if (!back.run()) return back.error();
        }
        // What search finds under a conversation's answers goes back with it
        // (its notes and the conversation itself follow by their triggers).
        if (std::string_view(moved.table) == "conversation") {
            Statement answers = db_.prepare("UPDATE search_doc SET person_id = ?1 WHERE kind = "
                                            "'answer' AND ref_id LIKE ?2 || ':%'");
            for (const std::string& id : moved.ids) {
                answers.bind(1, undo.other_id).bind(2, id);
                if (!answers.run()) return answers.error();
            }
        }
    }
    if (Error e = restore(undo.other_id)) return e;
    core::Person keep = undo.keep_before;
    if (Error e = save(keep)) return e;
    return transaction.commit();
}

} // namespace rapport::store
