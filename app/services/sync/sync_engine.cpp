#include "services/sync/sync_engine.hpp"

#include "core/plural.hpp"
#include "interop/dav_payloads.hpp"
#include "services/sync/calendar_reader.hpp"
#include "services/sync/sync_words.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace rapport::sync {
namespace {

using core::SyncFields;
using core::SyncRecord;

constexpr const char* kContactsName = "Rapport";
constexpr const char* kCalendarName = "Rapport";
constexpr const char* kRecordsName = "Rapport records";

DavError store_error(const store::Error& e) {
    return {DavProblem::Server, "The database refused a change: " + e.message};
}

} // namespace

std::string SyncSummary::text() const {
    std::vector<std::string> parts;
    if (pulled) parts.push_back(std::to_string(pulled) + " in");
    if (pushed) parts.push_back(std::to_string(pushed) + " out");
    if (pulled_deleted + pushed_deleted)
        parts.push_back(std::to_string(pulled_deleted + pushed_deleted) + " removed");
    if (conflicts) parts.push_back(core::counted(conflicts, "conflict", "conflicts"));
    if (missing)
        parts.push_back(core::counted(missing, "item missing on the server (kept here)",
                                      "items missing on the server (kept here)"));
    if (parts.empty()) return "Nothing to do";
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

DavError SyncEngine::connect() {
    const auto account = store_.sync().account();
    if (!account) return {DavProblem::Server, "No sync account is set up"};
    account_ = *account;
    DavHomes homes;
    if (DavError e = dav_.discover(account_.address, homes)) return e;
    std::vector<DavCollectionInfo> found;
    if (DavError e = dav_.collections(homes.contacts, found)) return e;
    if (homes.calendar != homes.contacts)
        if (DavError e = dav_.collections(homes.calendar, found)) return e;
    const auto find = [&](bool contacts, const char* name) -> std::string {
        for (const DavCollectionInfo& c : found)
            if (c.name == name && (contacts ? c.contacts : c.calendar)) return c.url;
        return {};
    };
    std::string contacts = find(true, kContactsName);
    std::string calendar = find(false, kCalendarName);
    std::string records = find(false, kRecordsName);
    if (contacts.empty()) {
        contacts = homes.contacts + "rapport-contacts/";
        if (DavError e = dav_.make_collection(contacts, kContactsName, true)) return e;
    }
    if (calendar.empty()) {
        calendar = homes.calendar + "rapport-calendar/";
        if (DavError e = dav_.make_collection(calendar, kCalendarName, false)) return e;
    }
    if (records.empty()) {
        records = homes.calendar + "rapport-records/";
        if (DavError e = dav_.make_collection(records, kRecordsName, false)) return e;
    }
    if (store::Error e = store_.sync().save_collections(contacts, calendar, records))
        return store_error(e);
    account_.contacts_url = contacts;
    account_.calendar_url = calendar;
    account_.records_url = records;
    return {};
}

std::string collection_url(const store::SyncAccount& account, std::string_view table) {
    switch (interop::collection_of(table)) {
    case interop::DavCollection::Contacts:
        return account.contacts_url;
    case interop::DavCollection::Calendar:
        return account.calendar_url;
    case interop::DavCollection::Records:
        return account.records_url;
    }
    return {};
}

std::string SyncEngine::title_of(const SyncRecord& record) {
    const auto field = [&](const char* name) -> std::string {
        const auto it = record.fields.find(name);
        return it != record.fields.end() && it->second ? *it->second : "";
    };
    std::string person;
    if (const std::string id = field("person_id"); !id.empty())
        if (auto p = store_.sync().record("person", id, account_.device))
            person = p->record.fields["name"].value_or("");
    if (record.table == "conversation") return "Conversation with " + person;
    if (record.table == "follow_up") {
        const std::string title = field("title");
        return !title.empty() ? title : "Follow up with " + person;
    }
    return {};
}

std::string SyncEngine::link_of(const SyncRecord& record) {
    if (record.table != "conversation") return {};
    const std::string web_app = store_.sync().shared_setting("web_app");
    if (web_app.rfind("https://", 0) != 0 && web_app.rfind("http://", 0) != 0) return {};
    return web_app + "#capture=" + record.id;
}

std::vector<core::ReplacedEdit> SyncEngine::replaced_by(const SyncRecord& record) {
    std::vector<core::ReplacedEdit> out;
    for (const store::StoredConflict& c : store_.sync().conflicts(record.table, record.id))
        if (!c.conflict.local_lost) out.push_back({c.conflict.field, c.conflict.lost});
    return out;
}

store::Error SyncEngine::merge_in(const SyncRecord& remote, const DavItem& item,
                                  SyncSummary& summary) {
    store::SyncRepository& repo = store_.sync();
    const auto synced = repo.item(remote.table, remote.id);
    const auto local = repo.record(remote.table, remote.id, account_.device);
    SyncFields base = remote.fields;
    if (!local) {
        if (store::Error e = repo.apply(remote)) return e;
        ++summary.pulled;
    } else {
        const std::optional<SyncFields> old_base =
            synced ? synced->base : std::optional<SyncFields>();
        const bool changed_here = core::changed_since(local->record.fields, old_base);
        // A hybrid logical clock: an edit made here after the last sync is
        // later than that sync's copy even when this device's clock runs
        // behind the one that wrote it.
        core::SyncStamp here = changed_here || !synced ? local->record.stamp : synced->stamp;
        if (changed_here && synced && here.millis <= synced->stamp.millis)
            here.millis = synced->stamp.millis + 1;
        const bool changed_there = !old_base || core::changed_since(remote.fields, old_base);
        if (local->deleted && !changed_there) {
            // Deleted here, untouched there: the push deletes it there.
        } else {
            // An edit beats a delete on either side: a record deleted here
            // and edited there comes back, merged.
            core::MergeResult m = core::merge_fields(old_base, local->record.fields, here,
                                                     remote.fields, remote.stamp);
            for (const core::SyncConflict& c : m.conflicts) {
                if (c.field == "created_at") { // not a conflict: the earlier creation
                    m.fields[c.field] = std::min(c.kept.value_or(""), c.lost.value_or(""));
                    continue;
                }
                if (store::Error e = repo.add_conflict(remote.table, remote.id, c)) return e;
                ++summary.conflicts;
            }
            if (synced && synced->stamp.device == account_.device)
                if (store::Error e =
                        note_replaced_here(remote, item, local->record.fields, m.fields, summary))
                    return e;
            if (store::Error e = drop_settled_conflicts(remote, m.fields)) return e;
            m.local_changed = core::changed_since(m.fields, local->record.fields);
            if (core::changed_since(m.fields, remote.fields))
                unsent_ = true; // the merge goes back up
            if (m.local_changed || local->deleted) {
                if (store::Error e =
                        repo.apply({remote.table, remote.id, m.fields,
                                    core::later_than(here, remote.stamp) ? here : remote.stamp}))
                    return e;
                ++summary.pulled;
            }
            for (const auto& [name, value] : m.fields)
                if (!base.count(name)) base[name] = value; // not said there: as merged
        }
    }
    return repo.save_item(
        {remote.table, remote.id, item.url, item.etag, base, remote.stamp, item.data});
}

store::Error SyncEngine::note_replaced_here(const SyncRecord& remote, const DavItem& item,
                                            const SyncFields& here, const SyncFields& merged,
                                            SyncSummary& summary) {
    if (item.data.find("X-RAPPORT-REPLACED") == std::string::npos) return {};
    for (const core::ReplacedEdit& r : interop::replaced_edits(item.data)) {
        // This device's value, as it last wrote it to the server, is the one
        // another device replaced: unless it was edited again here since, or
        // is already what the merge keeps, its person is told, as there.
        const auto mine = here.find(r.field);
        const auto kept = merged.find(r.field);
        if (mine == here.end() || mine->second != r.lost || kept == merged.end() ||
            kept->second == r.lost)
            continue;
        if (store::Error e = store_.sync().add_conflict(remote.table, remote.id,
                                                        {r.field, kept->second, r.lost, true}))
            return e;
        ++summary.conflicts;
    }
    return {};
}

store::Error SyncEngine::drop_settled_conflicts(const SyncRecord& remote,
                                                const SyncFields& merged) {
    store::SyncRepository& repo = store_.sync();
    for (const store::StoredConflict& c : repo.conflicts(remote.table, remote.id)) {
        const auto now = merged.find(c.conflict.field);
        if (now != merged.end() && now->second == c.conflict.lost && !c.conflict.local_lost)
            if (store::Error e = repo.dismiss(c.row)) return e;
    }
    return {};
}

store::Error SyncEngine::remote_deleted(const store::SyncedItem& item, SyncSummary& summary) {
    store::SyncRepository& repo = store_.sync();
    const auto local = repo.record(item.table, item.id, account_.device);
    if (local && !local->deleted && core::changed_since(local->record.fields, item.base)) {
        // Edited here since: the edit wins, and goes back up as new.
        store::SyncedItem again = item;
        again.etag.clear();
        again.base.reset();
        again.raw.clear();
        unsent_ = true;
        return repo.save_item(again);
    }
    if (local && !local->deleted) {
        if (store::Error e = repo.mark_deleted(item.table, item.id)) return e;
        ++summary.pulled_deleted;
    }
    return repo.drop_item(item.table, item.id);
}

DavError SyncEngine::confirm_deletions(const std::string& collection, bool listing_empty,
                                       const std::vector<std::string>& absent, DavChanges& changes,
                                       SyncSummary& summary) {
    // An item missing from one listing is never a deletion by itself (a
    // server mid-write, a listing cut short): it is remembered. Missing
    // again from a later listing, and answered 404 when asked for, it was
    // deleted elsewhere. A listing with nothing in it deletes nothing: a
    // collection emptied or replaced wholesale is not someone's deletions.
    if (listing_empty) {
        summary.missing += static_cast<int>(absent.size());
        return {};
    }
    const std::vector<std::string> again =
        store_.sync().note_missing(collection, absent, store_.clock().now());
    for (const std::string& url : absent) {
        if (std::find(again.begin(), again.end(), url) == again.end()) {
            ++summary.missing;
            continue;
        }
        DavItem there;
        bool missing = false;
        if (DavError e = dav_.get(url, there, missing)) return e;
        if (missing)
            changes.removed.push_back(url);
        else
            ++summary.missing; // listed wrongly: still there, so kept
    }
    return {};
}

DavError SyncEngine::pull(const std::string& collection, bool contacts, SyncSummary& summary,
                          SyncProgress* progress) {
    store::SyncRepository& repo = store_.sync();
    const std::string token = repo.token(collection);
    DavChanges changes;
    bool full = false;
    DavError listed = dav_.changes(collection, token, changes);
    if (listed.problem == DavProblem::TokenExpired || listed.problem == DavProblem::Server) {
        // No sync-collection here, or a token it forgot: compare every ETag.
        full = true;
        changes = {};
        std::vector<DavItem> all;
        if (DavError e = dav_.list(collection, all)) return e;
        std::set<std::string> present;
        for (const DavItem& i : all) {
            present.insert(i.url);
            const auto known = repo.item_at(i.url);
            if (!known || known->etag != i.etag) changes.changed.push_back(i);
        }
        std::vector<std::string> absent;
        for (const store::SyncedItem& known : repo.items_in(collection))
            if (!known.etag.empty() && !present.count(known.url)) absent.push_back(known.url);
        if (DavError e = confirm_deletions(collection, all.empty(), absent, changes, summary))
            return e;
    } else if (listed) {
        return listed;
    }
    // Our own writes come back with the ETag we already have.
    std::vector<std::string> wanted;
    for (const DavItem& c : changes.changed) {
        const auto known = repo.item_at(c.url);
        if (!known || known->etag != c.etag || c.etag.empty()) wanted.push_back(c.url);
    }
    if (progress) progress->total += static_cast<int>(wanted.size());
    std::vector<DavItem> fetched;
    if (DavError e = dav_.fetch(collection, contacts, wanted, fetched)) return e;
    if (progress && progress->cancel) return {DavProblem::Server, "Sync stopped"};

    store::Database& db = repo.database();
    store::LargeCache cache(db);
    store::Transaction transaction(db);
    if (transaction.begin_error()) return store_error(transaction.begin_error());
    if (store::Error e = db.exec("PRAGMA defer_foreign_keys = ON")) return store_error(e);
    for (const DavItem& item : fetched) {
        std::string problem;
        const auto record = interop::read_item(item.data, problem, home_);
        if (progress) ++progress->done;
        if (!record) continue; // not ours, or unreadable: left alone on the server
        if (store::Error e = merge_in(*record, item, summary)) return store_error(e);
    }
    for (const std::string& url : changes.removed)
        if (const auto item = repo.item_at(url))
            if (store::Error e = remote_deleted(*item, summary)) return store_error(e);
    // After a full comparison the token is cleared: the next sync asks for
    // everything's ETag again, which moves no item that matches.
    if (store::Error e = repo.save_token(collection, full ? "" : changes.token))
        return store_error(e);
    if (store::Error e = transaction.commit()) return store_error(e);
    return {};
}

DavError SyncEngine::push(SyncSummary& summary, SyncProgress* progress) {
    store::SyncRepository& repo = store_.sync();
    store::Database& db = repo.database();
    // Writes are committed every few dozen uploads: a kill loses at most
    // those bookkeeping rows, and the next sync finds the uploads by name.
    std::optional<store::Transaction> batch;
    int in_batch = 0;
    const auto commit = [&]() -> store::Error {
        if (!batch) return {};
        store::Error e = batch->commit();
        batch.reset();
        in_batch = 0;
        return e;
    };
    const auto begin = [&]() -> store::Error {
        if (batch) return {};
        batch.emplace(db);
        return batch->begin_error();
    };

    struct Pending {
        store::LocalRecord local;
        std::optional<store::SyncedItem> synced;
    };
    std::vector<Pending> uploads, deletions;
    for (const std::string& table : store::SyncRepository::tables())
        for (store::LocalRecord& local : repo.unsynced(table, account_.device)) {
            // A meeting read from another calendar is there already: no
            // copy in Rapport's calendar while it is only planned.
            if (table == "conversation" && !local.deleted &&
                store_.calendars().is_planned_meeting(local.record.id))
                continue;
            auto synced = repo.item(table, local.record.id);
            if (local.deleted)
                deletions.push_back({std::move(local), std::move(synced)});
            else
                uploads.push_back({std::move(local), std::move(synced)});
        }
    if (progress) progress->total += static_cast<int>(uploads.size() + deletions.size());

    for (Pending& p : uploads) {
        if (progress && progress->cancel) break;
        SyncRecord record = p.local.record;
        std::optional<store::SyncedItem> synced = p.synced;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const std::string url =
                synced && !synced->url.empty()
                    ? synced->url
                    : collection_url(account_, record.table) + interop::item_name(record);
            const std::string body =
                interop::render_item(record, synced ? synced->raw : "", title_of(record),
                                     replaced_by(record), link_of(record), home_);
            std::string etag;
            const bool contacts = record.table == "person";
            DavError e = dav_.put(url, body, contacts, synced ? synced->etag : "", etag);
            if (!e) {
                if (store::Error se = begin()) return store_error(se);
                if (store::Error se = repo.save_item(
                        {record.table, record.id, url, etag, record.fields, record.stamp, body}))
                    return store_error(se);
                ++summary.pushed;
                if (++in_batch >= batch_size_)
                    if (store::Error se = commit()) return store_error(se);
                break;
            }
            if (e.problem != DavProblem::Conflict) return e;
            // Changed there meanwhile (or already there after an interrupted
            // sync): bring it in, merged, and write the merge.
            if (store::Error se = commit()) return store_error(se);
            DavItem there;
            bool missing = false;
            if (DavError ge = dav_.get(url, there, missing)) return ge;
            store::Transaction one(db);
            if (!missing)
                if (const auto remote = interop::read_item(there.data, e.detail, home_))
                    if (store::Error se = merge_in(*remote, there, summary)) return store_error(se);
            if (missing) {
                store::SyncedItem gone{record.table, record.id, url, "", std::nullopt, {}, ""};
                if (store::Error se = repo.save_item(gone)) return store_error(se);
            }
            if (store::Error se = one.commit()) return store_error(se);
            const auto now_local = repo.record(record.table, record.id, account_.device);
            synced = repo.item(record.table, record.id);
            if (!now_local || now_local->deleted ||
                !core::changed_since(now_local->record.fields, synced->base))
                break; // the merge is what the server has
            record = now_local->record;
        }
        if (progress) ++progress->done;
    }
    // Deletions after uploads, children before parents.
    for (auto it = deletions.rbegin(); it != deletions.rend(); ++it) {
        if (progress && progress->cancel) break;
        const store::SyncedItem& synced = *it->synced;
        DavError e = dav_.remove(synced.url, synced.etag);
        if (e.problem == DavProblem::Conflict) {
            // Edited there since: the edit wins; the record comes back here.
            if (store::Error se = commit()) return store_error(se);
            DavItem there;
            bool missing = false;
            if (DavError ge = dav_.get(synced.url, there, missing)) return ge;
            store::Transaction one(db);
            if (!missing)
                if (const auto remote = interop::read_item(there.data, e.detail, home_))
                    if (store::Error se = merge_in(*remote, there, summary)) return store_error(se);
            if (store::Error se = one.commit()) return store_error(se);
        } else if (e) {
            return e;
        } else {
            if (store::Error se = begin()) return store_error(se);
            if (store::Error se = repo.drop_item(synced.table, synced.id)) return store_error(se);
            ++summary.pushed_deleted;
            if (++in_batch >= batch_size_)
                if (store::Error se = commit()) return store_error(se);
        }
        if (progress) ++progress->done;
    }
    if (store::Error se = commit()) return store_error(se);
    return {};
}

DavError SyncEngine::read_other_calendars(SyncSummary& summary) {
    // Rapport's calendar sits in the calendar home beside the others.
    std::string home = account_.calendar_url;
    if (!home.empty() && home.back() == '/') home.pop_back();
    home = home.substr(0, home.rfind('/') + 1);
    if (home.empty()) return {};
    CalendarReading reading;
    DavError e = read_calendars(store_, dav_, home, {account_.calendar_url, account_.records_url},
                                home_, reading);
    summary.meetings = reading.meetings;
    summary.meetings_changed = reading.changed;
    return e;
}

SyncOutcome SyncEngine::run(SyncProgress* progress) {
    SyncOutcome outcome;
    const auto account = store_.sync().account();
    if (!account) {
        outcome.error = {DavProblem::Server, "No sync account is set up"};
        return outcome;
    }
    account_ = *account;
    unsent_ = false;
    if (account_.contacts_url.empty() || account_.calendar_url.empty() ||
        account_.records_url.empty())
        outcome.error = connect();
    // Once this device has synced, push first: every write is conditional,
    // so a change made there meanwhile is caught by its precondition and
    // merged before it is written, and a note taken here reaches the server
    // after its own request instead of after three "what changed" reports
    // (most of a second each on a large collection). A first sync pulls
    // first: what both devices already hold (the built-in questions, a
    // restored copy) is then matched by listing, not by a refused write each.
    store::SyncRepository& repo = store_.sync();
    const bool synced_before = !outcome.error && !repo.token(account_.contacts_url).empty() &&
                               !repo.token(account_.calendar_url).empty() &&
                               !repo.token(account_.records_url).empty();
    if (synced_before) outcome.error = push(outcome.summary, progress);
    if (!outcome.error)
        outcome.error = pull(account_.contacts_url, true, outcome.summary, progress);
    if (!outcome.error)
        outcome.error = pull(account_.calendar_url, false, outcome.summary, progress);
    if (!outcome.error)
        outcome.error = pull(account_.records_url, false, outcome.summary, progress);
    // What the pull left to send (an edit here that beat a delete there
    // goes back up as new) goes in the same sync.
    if (!outcome.error && (unsent_ || !synced_before))
        outcome.error = push(outcome.summary, progress);
    if (!outcome.error) outcome.error = read_other_calendars(outcome.summary);
    store_.sync().save_outcome(store_.clock().now(), outcome.summary.text(),
                               outcome.error ? problem_words(outcome.error) : "");
    return outcome;
}

} // namespace rapport::sync
