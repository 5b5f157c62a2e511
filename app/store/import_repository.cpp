// Import: match each contact with the people here, then apply in one
// transaction so a failure or a cancel leaves nothing half-imported.
#include "store/import_repository.hpp"

#include "core/calendar.hpp"
#include "core/links.hpp"

#include <algorithm>
#include <unordered_set>

namespace rapport::store {

int ImportPlan::count(ImportRow::Kind kind) const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(),
                                          [&](const ImportRow& r) { return r.kind == kind; }));
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool differs(const std::string& here, const std::string& there) {
    return !here.empty() && !there.empty() &&
           core::normalize_words(here) != core::normalize_words(there);
}

// An id from a vCard UID written by Rapport ("urn:uuid:<36 characters>").
std::string uuid_from(const std::string& uid) {
    std::string id = uid.rfind("urn:uuid:", 0) == 0 ? uid.substr(9) : "";
    if (id.size() != 36) return {};
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) return {};
    }
    return core::lower_ascii(id);
}

core::Person person_from(const core::ImportedContact& c) {
    core::Person p;
    p.id = uuid_from(c.uid);
    p.name = c.name;
    p.organisation = c.organisation;
    p.role = c.role;
    p.emails = c.emails;
    p.phones = c.phones;
    p.links = c.links;
    p.linkedin = c.linkedin;
    p.tags = c.tags;
    p.source = c.source.value_or(core::Source::Other);
    return p;
}

} // namespace

namespace {

// What identifies a contact within one file: emails, LinkedIn profile, and
// name with organisation.
std::vector<std::string> match_keys(const core::ImportedContact& c) {
    std::vector<std::string> keys;
    for (const std::string& e : c.emails)
        keys.push_back("e:" + e);
    if (!c.linkedin.empty()) keys.push_back("l:" + c.linkedin);
    if (!c.organisation.empty())
        keys.push_back("n:" + core::normalize_words(c.name) + "|" +
                       core::normalize_words(c.organisation));
    return keys;
}

// "adds email x" for each of `values` the person lacks.
void note_additions(const std::vector<std::string>& have, const std::vector<std::string>& values,
                    const char* what, std::vector<std::string>& changes) {
    for (const std::string& v : values)
        if (!contains(have, v)) changes.push_back(std::string("adds ") + what + " " + v);
}

void add_missing(std::vector<std::string>& have, const std::vector<std::string>& values) {
    for (const std::string& v : values)
        if (!contains(have, v)) have.push_back(v);
}

Error on_line(const core::ImportedContact& c, Error e) {
    if (!e) return e;
    return {e.kind, "Line " + std::to_string(c.line) + ": " + e.message};
}

} // namespace

ImportPlan ImportRepository::plan(const core::ImportParse& parsed) {
    ImportPlan plan;
    plan.format = parsed.format;
    plan.rows.reserve(parsed.contacts.size());
    // Keys already planned as new: a person twice in one file is added once.
    std::unordered_set<std::string> planned;
    for (const core::ImportedContact& c : parsed.contacts) {
        ImportRow row;
        row.contact = c;
        const core::Person candidate = person_from(c);
        const auto found = people_.duplicates_of(candidate);
        std::optional<core::Person> existing;
        if (!found.empty()) existing = people_.find(found.front().person_id);
        if (!existing && !candidate.id.empty())
            existing = people_.find(candidate.id); // our own UID
        if (!existing) {
            const std::vector<std::string> keys = match_keys(c);
            const bool repeated = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
                return planned.count(k) > 0;
            });
            row.kind = repeated ? ImportRow::Kind::Same : ImportRow::Kind::New;
            if (repeated) row.reason = "appears earlier in this file";
            planned.insert(keys.begin(), keys.end());
            plan.rows.push_back(std::move(row));
            continue;
        }
        row.reason = found.empty() ? "same id" : found.front().reason;
        describe_changes(*existing, row);
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

void ImportRepository::describe_changes(const core::Person& existing, ImportRow& row) {
    const core::ImportedContact& c = row.contact;
    row.person_id = existing.id;
    row.person_name = existing.name;
    bool changed = false;
    if (differs(existing.organisation, c.organisation)) {
        row.changes.push_back("organisation now " + c.organisation + " (was " +
                              existing.organisation + ")");
        changed = true;
    }
    if (differs(existing.role, c.role)) {
        row.changes.push_back("role now " + c.role + " (was " + existing.role + ")");
        changed = true;
    }
    if (existing.organisation.empty() && !c.organisation.empty())
        row.changes.push_back("adds organisation " + c.organisation);
    if (existing.role.empty() && !c.role.empty()) row.changes.push_back("adds role " + c.role);
    if (existing.linkedin.empty() && !c.linkedin.empty())
        row.changes.push_back("adds LinkedIn profile");
    note_additions(existing.emails, c.emails, "email", row.changes);
    note_additions(existing.phones, c.phones, "phone", row.changes);
    note_additions(existing.links, c.links, "link", row.changes);
    note_additions(existing.tags, c.tags, "tag", row.changes);
    if (!c.note.empty() && !notes_.person_has_note(existing.id, c.note))
        row.changes.push_back("adds a note");
    row.kind = changed               ? ImportRow::Kind::Changed
               : row.changes.empty() ? ImportRow::Kind::Same
                                     : ImportRow::Kind::Duplicate;
}

Error ImportRepository::add_note(const std::string& person_id, const std::string& body) {
    core::Note note;
    note.person_id = person_id;
    note.body = body;
    return notes_.save(note);
}

Error ImportRepository::add_person(const core::ImportedContact& c, std::string& id) {
    core::Person p = person_from(c);
    if (Error e = on_line(c, people_.save(p))) return e;
    id = p.id;
    if (c.connected_on) {
        std::string text =
            "Connected on LinkedIn on " + core::local_date_text(*c.connected_on, clock_);
        if (!c.role.empty() || !c.organisation.empty())
            text += " · " + core::position_at(c.role, c.organisation);
        if (Error e = add_note(id, text)) return e;
    }
    if (!c.note.empty())
        if (Error e = add_note(id, c.note)) return e;
    return {};
}

Error ImportRepository::merge_person(const ImportRow& row, const std::string& format,
                                     std::string& id) {
    const core::ImportedContact& c = row.contact;
    auto p = people_.find(row.person_id);
    if (!p) return {}; // deleted since the preview
    id = p->id;
    if (differs(p->organisation, c.organisation) || differs(p->role, c.role)) {
        // Keep where they were, dated, before moving them on.
        if (Error e = add_note(id, "Now " + core::position_at(c.role, c.organisation) + " (was " +
                                       core::position_at(p->role, p->organisation) +
                                       "), from the " + format + " import"))
            return e;
    }
    if (!c.organisation.empty()) p->organisation = c.organisation;
    if (!c.role.empty()) p->role = c.role;
    if (p->linkedin.empty()) p->linkedin = c.linkedin;
    add_missing(p->emails, c.emails);
    add_missing(p->phones, c.phones);
    add_missing(p->links, c.links);
    add_missing(p->tags, c.tags);
    if (Error e = on_line(c, people_.save(*p))) return e;
    if (!c.note.empty() && !notes_.person_has_note(id, c.note))
        if (Error e = add_note(id, c.note)) return e;
    return {};
}

Error ImportRepository::link_referrals(
    const std::vector<std::pair<std::string, std::string>>& referrals) {
    for (const auto& [id, uid] : referrals) {
        const std::string referrer = uuid_from(uid);
        if (referrer.empty() || referrer == id || !people_.find(referrer)) continue;
        auto p = people_.find(id);
        if (!p || p->referred_by) continue;
        p->referred_by = referrer;
        if (Error e = people_.save(*p)) return e;
    }
    return {};
}

Error ImportRepository::apply(const ImportPlan& plan, ImportOutcome& outcome,
                              ImportProgress* progress) {
    if (Error e = refuse_if_read_only()) return e;
    outcome = {};
    if (progress) progress->total = static_cast<int>(plan.rows.size());
    LargeCache large_cache(db_); // a large import is one transaction
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    std::vector<std::pair<std::string, std::string>> referrals; // person id, referrer UID
    int done = 0;
    for (const ImportRow& row : plan.rows) {
        if (progress) {
            if (progress->cancel) return {ErrorKind::Invalid, "Import cancelled: nothing changed"};
            progress->done = done;
        }
        ++done;
        if (row.kind == ImportRow::Kind::Same || !row.merge) {
            ++outcome.skipped;
            continue;
        }
        std::string id;
        const bool adding = row.kind == ImportRow::Kind::New;
        if (Error e = adding ? add_person(row.contact, id) : merge_person(row, plan.format, id))
            return e;
        if (id.empty()) continue; // merging into someone deleted since the preview
        ++(adding ? outcome.added : outcome.merged);
        if (!row.contact.related_uid.empty()) referrals.emplace_back(id, row.contact.related_uid);
    }
    if (Error e = link_referrals(referrals)) return e;
    if (progress) progress->done = done;
    return transaction.commit();
}

} // namespace rapport::store
