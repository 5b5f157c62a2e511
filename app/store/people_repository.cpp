// People, organisations, stages and duplicates.
#include "core/links.hpp"
#include "store/row_codec.hpp"
#include "store/store.hpp"
#include "store/uuid.hpp"

#include <algorithm>

namespace rapport::store {
namespace {

constexpr const char* kPersonColumns =
    "id, name, pronouns, role, organisation, field, location, emails, phones, links, linkedin, "
    "source, referred_by, tags, stage, cadence_days, education, specialty, past_careers, "
    "inspirations, research_links, research_notes, last_interaction_at, created_at, updated_at";

core::Person read_person(const Statement& row) {
    core::Person p;
    p.id = row.text(0);
    p.name = row.text(1);
    p.pronouns = row.text(2);
    p.role = row.text(3);
    p.organisation = row.text(4);
    p.field = row.text(5);
    p.location = row.text(6);
    p.emails = split_lines(row.text(7));
    p.phones = split_lines(row.text(8));
    p.links = split_lines(row.text(9));
    p.linkedin = row.text(10);
    p.source = decode(core::source_names(), row.text(11));
    p.referred_by = row.optional_text(12);
    p.tags = split_lines(row.text(13));
    p.stage = decode(core::stage_names(), row.text(14));
    p.cadence_days = static_cast<int>(row.integer(15));
    p.research.education = row.text(16);
    p.research.specialty = row.text(17);
    p.research.past_careers = row.text(18);
    p.research.inspirations = row.text(19);
    p.research.links = split_lines(row.text(20));
    p.research.notes = row.text(21);
    if (!row.is_null(22)) p.last_interaction_at = row.integer(22);
    p.created_at = row.integer(23);
    p.updated_at = row.integer(24);
    return p;
}

} // namespace

Error Store::save_person(core::Person& p) {
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

    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    // New: no id, or (an import keeping a vCard UID) an unused id and no
    // creation time.
    bool is_new = p.id.empty();
    if (!is_new && p.created_at == 0) {
        Statement taken = db_.prepare("SELECT 1 FROM person WHERE id = ?1");
        taken.bind(1, p.id);
        is_new = !taken.step();
    }
    std::optional<core::Stage> old_stage;
    if (is_new) {
        if (p.id.empty()) p.id = new_uuid();
        p.created_at = now;
    } else if (auto existing = person(p.id)) {
        old_stage = existing->stage;
    } else {
        return {ErrorKind::Invalid, "That person no longer exists"};
    }
    p.updated_at = now;

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

    Statement upsert = db_.prepare(
        "INSERT INTO person(id, name, pronouns, role, organisation, organisation_id, field, "
        "location, emails, phones, links, linkedin, source, referred_by, tags, stage, "
        "cadence_days, education, specialty, past_careers, inspirations, research_links, "
        "research_notes, last_interaction_at, created_at, updated_at) VALUES "
        "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,"
        "?25,?26) ON CONFLICT(id) DO UPDATE SET name=excluded.name, pronouns=excluded.pronouns, "
        "role=excluded.role, organisation=excluded.organisation, "
        "organisation_id=excluded.organisation_id, field=excluded.field, "
        "location=excluded.location, emails=excluded.emails, phones=excluded.phones, "
        "links=excluded.links, linkedin=excluded.linkedin, source=excluded.source, "
        "referred_by=excluded.referred_by, tags=excluded.tags, stage=excluded.stage, "
        "cadence_days=excluded.cadence_days, education=excluded.education, "
        "specialty=excluded.specialty, past_careers=excluded.past_careers, "
        "inspirations=excluded.inspirations, research_links=excluded.research_links, "
        "research_notes=excluded.research_notes, "
        "last_interaction_at=excluded.last_interaction_at, updated_at=excluded.updated_at");
    upsert.bind(1, p.id).bind(2, p.name).bind(3, p.pronouns).bind(4, p.role);
    upsert.bind(5, p.organisation).bind(6, organisation_id).bind(7, p.field).bind(8, p.location);
    upsert.bind(9, join_lines(p.emails)).bind(10, join_lines(p.phones));
    upsert.bind(11, join_lines(p.links)).bind(12, p.linkedin);
    upsert.bind(13, core::source_code(p.source)).bind(14, p.referred_by);
    upsert.bind(15, join_lines(p.tags)).bind(16, core::stage_code(p.stage));
    upsert.bind(17, p.cadence_days).bind(18, p.research.education);
    upsert.bind(19, p.research.specialty).bind(20, p.research.past_careers);
    upsert.bind(21, p.research.inspirations).bind(22, join_lines(p.research.links));
    upsert.bind(23, p.research.notes);
    if (p.last_interaction_at)
        upsert.bind(24, *p.last_interaction_at);
    else
        upsert.bind_null(24);
    upsert.bind(25, p.created_at).bind(26, p.updated_at);
    if (!upsert.run()) return upsert.error();

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
        if (Error e = write_stage(p.id, old_stage.value_or(p.stage), p.stage, now); e) return e;
    return transaction.commit();
}

std::optional<core::Person> Store::person(const std::string& id) {
    Statement query = db_.prepare(std::string("SELECT ") + kPersonColumns +
                                  " FROM person WHERE id = ?1 AND deleted_at IS NULL");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_person(query);
}

std::optional<core::Person> Store::person_by_name(const std::string& name) {
    Statement query = db_.prepare(std::string("SELECT ") + kPersonColumns +
                                  " FROM person WHERE name = ?1 COLLATE NOCASE AND deleted_at "
                                  "IS NULL ORDER BY updated_at DESC LIMIT 1");
    query.bind(1, name);
    if (!query.step()) return std::nullopt;
    return read_person(query);
}

std::vector<core::Person> Store::referred_by(const std::string& person_id) {
    Statement query = db_.prepare(std::string("SELECT ") + kPersonColumns +
                                  " FROM person WHERE referred_by = ?1 AND deleted_at IS NULL "
                                  "ORDER BY created_at");
    query.bind(1, person_id);
    std::vector<core::Person> people;
    while (query.step())
        people.push_back(read_person(query));
    return people;
}

std::vector<PersonSummary> Store::people(const PeopleQuery& q) {
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
        sql += " ORDER BY f.due IS NULL, f.due, p.name COLLATE NOCASE";
        break;
    case PeopleSort::RecentlyMet:
        sql += " ORDER BY p.last_interaction_at IS NULL, p.last_interaction_at DESC, p.name "
               "COLLATE NOCASE";
        break;
    case PeopleSort::Name:
        sql += " ORDER BY p.name COLLATE NOCASE";
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

std::vector<PersonName> Store::person_names() {
    Statement q = db_.prepare("SELECT id, name FROM person WHERE deleted_at IS NULL "
                              "ORDER BY name COLLATE NOCASE");
    std::vector<PersonName> names;
    while (q.step()) {
        std::string name = q.text(1);
        std::string key = core::lower_ascii(name);
        names.push_back({q.text(0), std::move(name), std::move(key)});
    }
    return names;
}

std::int64_t Store::count_people() {
    return db_.scalar("SELECT count(*) FROM person WHERE deleted_at IS NULL");
}

Error Store::delete_person(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement update = db_.prepare(
        "UPDATE person SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL");
    update.bind(1, id).bind(2, clock_.now());
    if (!update.run()) return update.error();
    if (db_.changes() == 0) return {ErrorKind::Invalid, "That person no longer exists"};
    return {};
}

Error Store::restore_person(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement update =
        db_.prepare("UPDATE person SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, clock_.now());
    update.run();
    return update.error();
}

Error Store::write_stage(const std::string& person_id, core::Stage from, core::Stage to,
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

Error Store::set_stage(const std::string& person_id, core::Stage stage) {
    if (Error e = refuse_if_read_only()) return e;
    auto p = person(person_id);
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

Error Store::change_stage(const std::string& person_id, core::StageEvent event, core::Millis at) {
    auto p = person(person_id);
    if (!p) return {ErrorKind::Invalid, "That person no longer exists"};
    const core::Stage next = core::stage_after(p->stage, event);
    if (next == p->stage) return {};
    Statement update = db_.prepare("UPDATE person SET stage = ?2, updated_at = ?3 WHERE id = ?1");
    update.bind(1, person_id).bind(2, core::stage_code(next)).bind(3, at);
    if (!update.run()) return update.error();
    return write_stage(person_id, p->stage, next, at);
}

std::vector<Duplicate> Store::find_duplicates(const core::Person& c) {
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

Error Store::merge_people(const std::string& keep_id, const std::string& other_id) {
    if (Error e = refuse_if_read_only()) return e;
    if (keep_id == other_id)
        return {ErrorKind::Invalid, "A person cannot be merged into themselves"};
    auto keep = person(keep_id);
    auto other = person(other_id);
    if (!keep || !other) return {ErrorKind::Invalid, "That person no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    for (const char* sql : {
             "UPDATE note SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
             "UPDATE conversation SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
             "UPDATE message SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
             "UPDATE follow_up SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
             "UPDATE follow_up SET about_person_id = ?1 WHERE about_person_id = ?2",
             "UPDATE stage_change SET person_id = ?1 WHERE person_id = ?2",
             "UPDATE person SET referred_by = ?1, updated_at = ?3 WHERE referred_by = ?2",
             "UPDATE search_doc SET person_id = ?1 WHERE person_id = ?2 AND kind <> 'person'",
         }) {
        Statement move = db_.prepare(sql);
        move.bind(1, keep_id).bind(2, other_id).bind(3, now);
        if (!move.run()) return move.error();
    }
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
    if (Error e = delete_person(other_id)) return e;
    if (Error e = save_person(merged)) return e;
    return transaction.commit();
}

Error Store::save_organisation(core::Organisation& o) {
    if (Error e = refuse_if_read_only()) return e;
    const std::string key = core::normalize_words(o.name);
    if (key.empty()) return {ErrorKind::Invalid, "An organisation needs a name"};
    const core::Millis now = clock_.now();
    if (o.id.empty()) {
        if (auto existing = organisation_named(o.name))
            o.id = existing->id;
        else
            o.id = new_uuid();
    }
    Statement upsert = db_.prepare(
        "INSERT INTO organisation(id, name, name_key, principles, core_beliefs, created_at, "
        "updated_at) VALUES (?1,?2,?3,?4,?5,?6,?6) ON CONFLICT(id) DO UPDATE SET "
        "name=excluded.name, name_key=excluded.name_key, principles=excluded.principles, "
        "core_beliefs=excluded.core_beliefs, updated_at=excluded.updated_at");
    upsert.bind(1, o.id).bind(2, o.name).bind(3, key).bind(4, o.principles);
    upsert.bind(5, o.core_beliefs).bind(6, now);
    upsert.run();
    return upsert.error();
}

std::optional<core::Organisation> Store::organisation_named(const std::string& name) {
    Statement q = db_.prepare("SELECT id, name, principles, core_beliefs FROM organisation "
                              "WHERE name_key = ?1 AND deleted_at IS NULL");
    q.bind(1, core::normalize_words(name));
    if (!q.step()) return std::nullopt;
    return core::Organisation{q.text(0), q.text(1), q.text(2), q.text(3)};
}

} // namespace rapport::store
