#pragma once
// One sync with the account's server: pull what changed there, merge it
// field by field with what changed here, push what is new here. Every step
// is safe to interrupt: items are named by record id (a retried upload can
// not make a second copy), writes are conditional (If-Match / If-None-Match),
// and what was merged is committed with the token that says so.
#include "interop/event_time.hpp"
#include "services/sync/dav_client.hpp"
#include "store/store.hpp"

#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::sync {

struct SyncSummary {
    int pulled = 0;           // records new or changed here from the server
    int pulled_deleted = 0;   // deleted here because deleted there
    int pushed = 0;           // records written to the server
    int pushed_deleted = 0;   // deleted there because deleted here
    int conflicts = 0;        // fields both sides changed (the loser kept)
    int missing = 0;          // gone from a full listing: kept, not deleted
    int meetings = 0;         // planned conversations read from the account's other calendars
    int meetings_changed = 0; // of those made, moved, cancelled or removed by this sync
    // "2 in, 1 out, 1 conflict" ("Nothing to do" when nothing moved).
    std::string text() const;
};

// Shared with the thread that shows it; `cancel` stops between requests.
struct SyncProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
};

struct SyncOutcome {
    DavError error;
    SyncSummary summary;
};

// The account's collection that holds `table`'s records (address book,
// calendar, or the Rapport-only one).
std::string collection_url(const store::SyncAccount& account, std::string_view table);

class UploadBatch;

class SyncEngine {
  public:
    SyncEngine(store::Store& store, DavClient& dav) : store_(store), dav_(dav) {}

    // Finds the account's homes and the Rapport collections, making any
    // that are missing; their URLs are saved with the account.
    DavError connect();
    // connect() if needed, then one sync; the outcome is saved on the account.
    SyncOutcome run(SyncProgress* progress = nullptr);
    // Uploads are recorded in transactions of this many (50): fewer commits
    // on a thread of its own; 1 where the sync shares the page's connection
    // and must hold no transaction while a request is out.
    void commit_every(int uploads) { batch_size_ = uploads < 1 ? 1 : uploads; }
    // The person's zone (platform::home_zone_name()): their conversations'
    // events are written in it and floating times read in it. UTC unless set.
    void home_zone(std::string zone) { home_.name = std::move(zone); }

  private:
    DavError pull(const std::string& collection, bool contacts, SyncSummary& summary,
                  SyncProgress* progress);
    DavError push(SyncSummary& summary, SyncProgress* progress);
    // One record written to the server, merged and written again (up to
    // three times) when it changed there meanwhile.
    DavError upload(core::SyncRecord record, std::optional<store::SyncedItem> synced,
                    UploadBatch& batch, SyncSummary& summary);
    // One record deleted there; edited there since, it comes back here.
    DavError delete_there(const store::SyncedItem& synced, UploadBatch& batch,
                          SyncSummary& summary);
    // After a refused write: the server's copy at `url` merged in, in a
    // transaction of its own; `gone`, when given, is recorded as no longer
    // there if the server has no copy.
    DavError take_server_copy(const std::string& url, std::string& problem,
                              const core::SyncRecord* gone, SyncSummary& summary);
    // Brings the server's copy of one record in, merged with this device's.
    store::Error merge_in(const core::SyncRecord& remote, const DavItem& item,
                          SyncSummary& summary);
    // merge_in for a record this device has: `base` gains what the merge
    // kept that the server's copy does not say.
    store::Error merge_with_local(const core::SyncRecord& remote, const DavItem& item,
                                  const store::LocalRecord& local,
                                  const std::optional<store::SyncedItem>& synced,
                                  core::SyncFields& base, SyncSummary& summary);
    // The server's copy says a value this device wrote lost to a later edit
    // made elsewhere: kept here as a conflict this device lost.
    store::Error note_replaced_here(const core::SyncRecord& remote, const DavItem& item,
                                    const core::SyncFields& here, const core::SyncFields& merged,
                                    SyncSummary& summary);
    // A value that lost here and has since been taken back on the device
    // that had it: nothing is left to choose, so it leaves the list.
    store::Error drop_settled_conflicts(const core::SyncRecord& remote,
                                        const core::SyncFields& merged);
    // Which items missing from a full listing were deleted elsewhere: into
    // `changes.removed`; the rest are counted as missing and kept.
    DavError confirm_deletions(const std::string& collection, bool listing_empty,
                               const std::vector<std::string>& absent, DavChanges& changes,
                               SyncSummary& summary);
    // The account's other calendars, for meetings with people here.
    DavError read_other_calendars(SyncSummary& summary);
    store::Error remote_deleted(const store::SyncedItem& item, SyncSummary& summary);
    // Other devices' values that lost to this record's: told to them on its item.
    std::vector<core::ReplacedEdit> replaced_by(const core::SyncRecord& record);
    std::string title_of(const core::SyncRecord& record);
    // Where a conversation's event opens its capture: the web app, once a
    // device has run it (the shared setting "web_app"); "" otherwise.
    std::string link_of(const core::SyncRecord& record);

    store::Store& store_;
    DavClient& dav_;
    store::SyncAccount account_;
    int batch_size_ = 50;
    interop::HomeZone home_;
    bool unsent_ = false; // the pull left something here the server lacks
};

} // namespace rapport::sync
