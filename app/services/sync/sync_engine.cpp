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
