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
        std::vector<std::string> keys;
        for (const std::string& e : c.emails)
            keys.push_back("e:" + e);
        if (!c.linkedin.empty()) keys.push_back("l:" + c.linkedin);
        if (!c.organisation.empty())
            keys.push_back("n:" + core::normalize_words(c.name) + "|" +
                           core::normalize_words(c.organisation));
        const auto found = people_.duplicates_of(candidate);
        std::optional<core::Person> existing;
        if (!found.empty()) existing = people_.find(found.front().person_id);
        if (!existing && !candidate.id.empty())
            existing = people_.find(candidate.id); // our own UID
        if (!existing) {
            const bool repeated = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
                return planned.count(k) > 0;
            });
            row.kind = repeated ? ImportRow::Kind::Same : ImportRow::Kind::New;
            if (repeated) row.reason = "appears earlier in this file";
            for (const std::string& k : keys)
                planned.insert(k);
            plan.rows.push_back(std::move(row));
            continue;
        }
        row.person_id = existing->id;
        row.person_name = existing->name;
        row.reason = found.empty() ? "same id" : found.front().reason;
        bool changed = false;
        if (differs(existing->organisation, c.organisation)) {
            row.changes.push_back("organisation now " + c.organisation + " (was " +
                                  existing->organisation + ")");
            changed = true;
        }
        if (differs(existing->role, c.role)) {
            row.changes.push_back("role now " + c.role + " (was " + existing->role + ")");
            changed = true;
        }
        if (existing->organisation.empty() && !c.organisation.empty())
            row.changes.push_back("adds organisation " + c.organisation);
        if (existing->role.empty() && !c.role.empty()) row.changes.push_back("adds role " + c.role);
        if (existing->linkedin.empty() && !c.linkedin.empty())
            row.changes.push_back("adds LinkedIn profile");
        for (const std::string& e : c.emails)
            if (!contains(existing->emails, e)) row.changes.push_back("adds email " + e);
        for (const std::string& t : c.phones)
            if (!contains(existing->phones, t)) row.changes.push_back("adds phone " + t);
        for (const std::string& l : c.links)
            if (!contains(existing->links, l)) row.changes.push_back("adds link " + l);
        for (const std::string& t : c.tags)
            if (!contains(existing->tags, t)) row.changes.push_back("adds tag " + t);
        if (!c.note.empty() && !notes_.person_has_note(existing->id, c.note))
            row.changes.push_back("adds a note");
        row.kind = changed               ? ImportRow::Kind::Changed
                   : row.changes.empty() ? ImportRow::Kind::Same
                                         : ImportRow::Kind::Duplicate;
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

Error ImportRepository::apply(const ImportPlan& plan, ImportOutcome& outcome,
                              ImportProgress* progress) {
    if (Error e = refuse_if_read_only()) return e;
    outcome = {};
    if (progress) progress->total = static_cast<int>(plan.rows.size());
    LargeCache large_cache(db_); // a large import is one transaction
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    auto add_note = [&](const std::string& person_id, const std::string& body) -> Error {
        core::Note note;
        note.person_id = person_id;
        note.body = body;
        return notes_.save(note);
    };
    std::vector<std::pair<std::string, std::string>> referrals; // person id, referrer UID
    int done = 0;
    for (const ImportRow& row : plan.rows) {
        if (progress) {
            if (progress->cancel) return {ErrorKind::Invalid, "Import cancelled: nothing changed"};
            progress->done = done;
        }
        ++done;
        const core::ImportedContact& c = row.contact;
        if (row.kind == ImportRow::Kind::Same || !row.merge) {
            ++outcome.skipped;
            continue;
        }
        std::string id;
        if (row.kind == ImportRow::Kind::New) {
            core::Person p = person_from(c);
            if (Error e = people_.save(p))
                return {e.kind, "Line " + std::to_string(c.line) + ": " + e.message};
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
            ++outcome.added;
        } else {
            auto p = people_.find(row.person_id);
            if (!p) continue; // deleted since the preview
            id = p->id;
            if (differs(p->organisation, c.organisation) || differs(p->role, c.role)) {
                // Keep where they were, dated, before moving them on.
                if (Error e =
                        add_note(id, "Now " + core::position_at(c.role, c.organisation) + " (was " +
                                         core::position_at(p->role, p->organisation) +
                                         "), from the " + plan.format + " import"))
                    return e;
            }
            if (!c.organisation.empty()) p->organisation = c.organisation;
            if (!c.role.empty()) p->role = c.role;
            if (p->linkedin.empty()) p->linkedin = c.linkedin;
            for (const std::string& e : c.emails)
                if (!contains(p->emails, e)) p->emails.push_back(e);
            for (const std::string& t : c.phones)
                if (!contains(p->phones, t)) p->phones.push_back(t);
            for (const std::string& l : c.links)
                if (!contains(p->links, l)) p->links.push_back(l);
            for (const std::string& t : c.tags)
                if (!contains(p->tags, t)) p->tags.push_back(t);
            if (Error e = people_.save(*p))
                return {e.kind, "Line " + std::to_string(c.line) + ": " + e.message};
            if (!c.note.empty() && !notes_.person_has_note(id, c.note))
                if (Error e = add_note(id, c.note)) return e;
            ++outcome.merged;
        }
        if (!c.related_uid.empty()) referrals.emplace_back(id, c.related_uid);
    }
    // Who referred whom, once everyone is in.
    for (const auto& [id, uid] : referrals) {
        const std::string referrer = uuid_from(uid);
        if (referrer.empty() || referrer == id || !people_.find(referrer)) continue;
        auto p = people_.find(id);
        if (!p || p->referred_by) continue;
        p->referred_by = referrer;
        if (Error e = people_.save(*p)) return e;
    }
    if (progress) progress->done = done;
    return transaction.commit();
}

} // namespace rapport::store
