// People, organisations and stages; finding and merging duplicates is
// people_merge.cpp.
#include "store/people_repository.hpp"

#include "core/links.hpp"
#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"
#include "store/uuid.hpp"

#include <algorithm>

namespace rapport::store {

// The person table's columns, once: what a person reads as and saves as.
const Table<core::Person>& people_table() {
    using P = core::Person;
    using R = core::Research;
    static const Table<P> table("person",
                                {column<&P::id>("id"),
                                 column<&P::name>("name"),
                                 column<&P::pronouns>("pronouns"),
                                 column<&P::role>("role"),
                                 column<&P::organisation>("organisation"),
                                 column<&P::field>("field"),
                                 column<&P::location>("location"),
                                 column<&P::emails>("emails"),
                                 column<&P::phones>("phones"),
                                 column<&P::links>("links"),
                                 column<&P::linkedin>("linkedin"),
                                 code_column<&P::source, &core::source_names>("source"),
                                 column<&P::referred_by>("referred_by"),
                                 column<&P::tags>("tags"),
                                 code_column<&P::stage, &core::stage_names>("stage"),
                                 column<&P::cadence_days>("cadence_days"),
                                 nested_column<&P::research, &R::education>("education"),
                                 nested_column<&P::research, &R::specialty>("specialty"),
                                 nested_column<&P::research, &R::past_careers>("past_careers"),
                                 nested_column<&P::research, &R::inspirations>("inspirations"),
                                 nested_column<&P::research, &R::links>("research_links"),
                                 nested_column<&P::research, &R::notes>("research_notes"),
                                 column<&P::last_interaction_at>("last_interaction_at")},
                                Stamps::CreatedAndUpdated, {"organisation_id"});
    return table;
}

const Table<core::Organisation>& organisations_table() {
    using O = core::Organisation;
    static const Table<O> table("organisation",
                                {column<&O::id>("id"), column<&O::name>("name"),
                                 column<&O::principles>("principles"),
                                 column<&O::core_beliefs>("core_beliefs")},
                                Stamps::CreatedAndUpdated, {"name_key"});
    return table;
}

Error PeopleRepository::save(core::Person& p) {
    if (Error e = refuse_if_read_only()) return e;
    if (std::string problem = core::validate_person(p); !problem.empty())
        return {ErrorKind::Invalid, problem};
    if (p.referred_by && *p.referred_by == p.id && !p.id.empty())
        return {ErrorKind::Invalid, "A person cannot refer themselves"};
    // Normal forms make duplicates findable whatever the user typed.
    std::vector<std::string> emails;
    for (const std::string& e : p.emails)
        if (std::string n = core::normalize_email(e); !n.empty()) emails.push_back(n);
    p.emails = emails;
    if (!p.linkedin.empty()) {
        std::string normal = core::normalize_linkedin_url(p.linkedin);
        if (normal.empty())
            return {ErrorKind::Invalid, "'" + p.linkedin + "' is not a LinkedIn profile link"};
        p.linkedin = normal;
    }
    // A saved person (they have a creation time) must still be there; an
    // id from elsewhere (a vCard UID) may be new, but not a deleted one's.
    std::optional<core::Stage> old_stage;
    if (!p.id.empty()) {
        if (auto existing = find(p.id)) {
            old_stage = existing->stage;
        } else {
            Statement taken = db_.prepare("SELECT 1 FROM person WHERE id = ?1");
            taken.bind(1, p.id);
            if (p.created_at != 0 || taken.step())
                return {ErrorKind::Invalid, "That person no longer exists"};
        }
    }

    // The organisation, the person and their emails together, or none.
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    std::optional<std::string> organisation_id;
    if (!p.organisation.empty()) {
        if (auto org = organisation_named(p.organisation)) {
            organisation_id = org->id;
        } else {
            core::Organisation created{"", p.organisation, "", ""};
            if (Error e = save_organisation(created)) return e;
            organisation_id = created.id;
        }
    }
    const auto after = [&](bool, core::Millis now) -> Error {
        Statement clear = db_.prepare("DELETE FROM person_email WHERE person_id = ?1");
        clear.bind(1, p.id);
        if (!clear.run()) return clear.error();
        Statement add_email =
            db_.prepare("INSERT OR IGNORE INTO person_email(email, person_id) VALUES (?1, ?2)");
        for (const std::string& email : p.emails) {
            add_email.bind(1, email).bind(2, p.id);
            if (!add_email.run()) return add_email.error();
        }
        if (!old_stage || *old_stage != p.stage)
            return write_stage(p.id, old_stage.value_or(p.stage), p.stage, now);
        return {};
    };
    if (Error e = save_record(people_table(), p, "", after, {organisation_id})) return e;
    return transaction.commit();
}

Error PeopleRepository::refresh_links(const std::string& person_id) {
    Statement row = db_.prepare("SELECT organisation, emails FROM person WHERE id = ?1");
    row.bind(1, person_id);
    if (!row.step()) return row.error();
    const std::string organisation = row.text(0);
    const std::vector<std::string> emails = split_lines(row.text(1));
    std::optional<std::string> organisation_id;
    if (!organisation.empty()) {
        if (auto org = organisation_named(organisation)) {
            organisation_id = org->id;
        } else {
            core::Organisation created{"", organisation, "", ""};
            if (Error e = save_organisation(created)) return e;
            organisation_id = created.id;
        }
    }
    Statement set = db_.prepare("UPDATE person SET organisation_id = ?2 WHERE id = ?1");
    set.bind(1, person_id).bind(2, organisation_id);
    if (!set.run()) return set.error();
    Statement clear = db_.prepare("DELETE FROM person_email WHERE person_id = ?1");
    clear.bind(1, person_id);
    if (!clear.run()) return clear.error();
    Statement add =
        db_.prepare("INSERT OR IGNORE INTO person_email(email, person_id) VALUES (?1, ?2)");
    for (const std::string& e : emails)
        if (std::string n = core::normalize_email(e); !n.empty()) {
            add.bind(1, n).bind(2, person_id);
            if (!add.run()) return add.error();
        }
    return {};
}

std::optional<core::Person> PeopleRepository::find(const std::string& id) {
    Statement query = db_.prepare("SELECT " + people_table().select_list() +
                                  " FROM person WHERE id = ?1 AND deleted_at IS NULL");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return people_table().read(query);
}

std::optional<core::Person> PeopleRepository::find_by_name(const std::string& name) {
    Statement query = db_.prepare("SELECT " + people_table().select_list() +
                                  " FROM person WHERE name = ?1 COLLATE NOCASE AND deleted_at "
                                  "IS NULL ORDER BY updated_at DESC LIMIT 1");
    query.bind(1, name);
    if (!query.step()) return std::nullopt;
    return people_table().read(query);
}

std::vector<core::Person> PeopleRepository::referred_by(const std::string& person_id) {
    Statement query = db_.prepare("SELECT " + people_table().select_list() +
                                  " FROM person WHERE referred_by = ?1 AND deleted_at IS NULL "
                                  "ORDER BY created_at");
    query.bind(1, person_id);
    std::vector<core::Person> people;
    while (query.step())
        people.push_back(people_table().read(query));
    return people;
}

std::vector<PersonSummary> PeopleRepository::list(const PeopleQuery& q) {
    std::string sql =
        // Each person's next open follow-up, found for everyone in one pass
        // (SQLite takes `kind` from the row with the smallest due) rather than
        // a lookup per person: a third of the People tab's time at 10k.
        "SELECT p.id, p.name, p.role, p.organisation, p.stage, p.source, f.kind, f.due, "
        "p.last_interaction_at FROM person p LEFT JOIN (SELECT person_id, kind, min(due) AS due "
        "FROM follow_up WHERE done_at IS NULL AND deleted_at IS NULL GROUP BY person_id) f "
        "ON f.person_id = p.id WHERE p.deleted_at IS NULL";
    if (!q.stages.empty()) {
        sql += " AND p.stage IN (";
        for (size_t i = 0; i < q.stages.size(); ++i)
            sql += (i ? ",'" : "'") + std::string(core::stage_code(q.stages[i])) + "'";
        sql += ")";
    }
    if (q.source) sql += " AND p.source = '" + std::string(core::source_code(*q.source)) + "'";
    switch (q.sort) {
    case PeopleSort::NextAction:
        sql += " ORDER BY f.due IS NULL, f.due, p.name COLLATE NAME";
        break;
    case PeopleSort::RecentlyMet:
        sql += " ORDER BY p.last_interaction_at IS NULL, p.last_interaction_at DESC, p.name "
               "COLLATE NAME";
        break;
    case PeopleSort::Name:
        sql += " ORDER BY p.name COLLATE NAME";
        break;
    }
    sql += " LIMIT ?1 OFFSET ?2";
    Statement query = db_.prepare(sql);
    query.bind(1, q.limit).bind(2, q.offset);
    std::vector<PersonSummary> people;
    while (query.step()) {
        PersonSummary s;
        s.id = query.text(0);
        s.name = query.text(1);
        s.role = query.text(2);
        s.organisation = query.text(3);
        s.stage = decode(core::stage_names(), query.text(4));
        s.source = decode(core::source_names(), query.text(5));
        if (!query.is_null(6)) s.next_kind = decode(core::follow_up_kind_names(), query.text(6));
        if (!query.is_null(7)) s.next_due = query.integer(7);
        if (!query.is_null(8)) s.last_interaction_at = query.integer(8);
        people.push_back(std::move(s));
    }
    return people;
}

std::vector<PersonName> PeopleRepository::names() {
    Statement q = db_.prepare("SELECT id, name FROM person WHERE deleted_at IS NULL "
                              "ORDER BY name COLLATE NAME");
    std::vector<PersonName> names;
    while (q.step()) {
        std::string name = q.text(1);
        std::string key = core::lower_ascii(name);
        names.push_back({q.text(0), std::move(name), std::move(key)});
    }
    return names;
}

std::int64_t PeopleRepository::count() {
    return db_.scalar("SELECT count(*) FROM person WHERE deleted_at IS NULL");
}

Error PeopleRepository::remove(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement update = db_.prepare(
        "UPDATE person SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL");
    update.bind(1, id).bind(2, clock_.now());
    if (!update.run()) return update.error();
    if (db_.changes() == 0) return {ErrorKind::Invalid, "That person no longer exists"};
    return {};
}

Error PeopleRepository::restore(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement update =
        db_.prepare("UPDATE person SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, clock_.now());
    update.run();
    return update.error();
}

Error PeopleRepository::write_stage(const std::string& person_id, core::Stage from, core::Stage to,
                                    core::Millis at) {
    Statement record = db_.prepare("INSERT INTO stage_change(id, person_id, from_stage, to_stage, "
                                   "at) VALUES (?1,?2,?3,?4,?5)");
    record.bind(1, new_uuid()).bind(2, person_id);
    if (from == to)
        record.bind_null(3); // the first stage of a new person
    else
        record.bind(3, core::stage_code(from));
    record.bind(4, core::stage_code(to)).bind(5, at);
    record.run();
    return record.error();
}

Error PeopleRepository::set_stage(const std::string& person_id, core::Stage stage) {
    if (Error e = refuse_if_read_only()) return e;
    auto p = find(person_id);
    if (!p) return {ErrorKind::Invalid, "That person no longer exists"};
    if (p->stage == stage) return {};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    Statement update = db_.prepare("UPDATE person SET stage = ?2, updated_at = ?3 WHERE id = ?1");
    update.bind(1, person_id).bind(2, core::stage_code(stage)).bind(3, now);
    if (!update.run()) return update.error();
    if (Error e = write_stage(person_id, p->stage, stage, now)) return e;
    return transaction.commit();
}

Error PeopleRepository::move_stage(const std::string& person_id, core::Stage from, core::Stage to,
                                   core::Millis at) {
    Statement update = db_.prepare("UPDATE person SET stage = ?2, updated_at = ?3 WHERE id = ?1");
    update.bind(1, person_id).bind(2, core::stage_code(to)).bind(3, at);
    if (!update.run()) return update.error();
    return write_stage(person_id, from, to, at);
}

Error PeopleRepository::change_stage(const std::string& person_id, core::StageEvent event,
                                     core::Millis at) {
    auto p = find(person_id);
    if (!p) return {ErrorKind::Invalid, "That person no longer exists"};
    const core::Stage next = core::stage_after(p->stage, event);
    if (next == p->stage) return {};
    Statement update = db_.prepare("UPDATE person SET stage = ?2, updated_at = ?3 WHERE id = ?1");
    update.bind(1, person_id).bind(2, core::stage_code(next)).bind(3, at);
    if (!update.run()) return update.error();
    return write_stage(person_id, p->stage, next, at);
}

Error PeopleRepository::save_organisation(core::Organisation& o) {
    const std::string key = core::normalize_words(o.name);
    if (o.id.empty() && !key.empty())
        if (auto existing = organisation_named(o.name)) o.id = existing->id;
    return save_record(organisations_table(), o, key.empty() ? "An organisation needs a name" : "",
                       nothing_more, {key});
}

std::optional<core::Organisation> PeopleRepository::organisation_named(const std::string& name) {
    Statement q = db_.prepare("SELECT " + organisations_table().select_list() +
                              " FROM organisation WHERE name_key = ?1 AND deleted_at IS NULL");
    q.bind(1, core::normalize_words(name));
    if (!q.step()) return std::nullopt;
    return organisations_table().read(q);
}

std::optional<core::Stage> PeopleRepository::stage_before(const std::string& person_id,
                                                          core::Stage stage) {
    auto p = find(person_id);
    if (!p || p->stage != stage) return std::nullopt;
    Statement q = db_.prepare("SELECT from_stage FROM stage_change WHERE person_id = ?1 AND "
                              "to_stage = ?2 AND from_stage IS NOT NULL ORDER BY at DESC, "
                              "rowid DESC LIMIT 1");
    q.bind(1, person_id).bind(2, core::stage_code(stage));
    if (!q.step()) return std::nullopt;
    return core::stage_from_code(q.text(0));
}

Error PeopleRepository::touch(const std::string& person_id, core::Millis at) {
    Statement update = db_.prepare(
        "UPDATE person SET last_interaction_at = max(coalesce(last_interaction_at, 0), ?2), "
        "updated_at = max(updated_at, ?2) WHERE id = ?1");
    update.bind(1, person_id).bind(2, at);
    update.run();
    return update.error();
}

} // namespace rapport::store
