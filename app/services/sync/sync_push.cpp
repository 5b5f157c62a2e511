// Sending what changed here: uploads first, then deletions, every write
// conditional so a change made there meanwhile is merged, not overwritten.
#include "interop/dav_payloads.hpp"
#include "services/sync/sync_engine.hpp"
#include "services/sync/sync_words.hpp"

#include <optional>

namespace rapport::sync {

// Uploads are recorded in transactions of a few dozen: a kill loses at most
// those bookkeeping rows, and the next sync finds the uploads by name.
class UploadBatch {
  public:
    UploadBatch(store::Database& db, int size) : db_(db), size_(size) {}
    store::Error begin() {
        if (open_) return {};
        open_.emplace(db_);
        return open_->begin_error();
    }
    // One more write recorded: the batch commits when it is full.
    store::Error counted() { return ++count_ >= size_ ? commit() : store::Error{}; }
    store::Error commit() {
        if (!open_) return {};
        store::Error e = open_->commit();
        open_.reset();
        count_ = 0;
        return e;
    }

  private:
    store::Database& db_;
    int size_;
    int count_ = 0;
    std::optional<store::Transaction> open_;
};

namespace {

struct Pending {
    store::LocalRecord local;
    std::optional<store::SyncedItem> synced;
};

// Everything changed here since the last sync, split into what to upload
// and what to delete there.
void collect_unsynced(store::Store& store, const std::string& device, std::vector<Pending>& uploads,
                      std::vector<Pending>& deletions) {
    store::SyncRepository& repo = store.sync();
    for (const std::string& table : store::SyncRepository::tables())
        for (store::LocalRecord& local : repo.unsynced(table, device)) {
            // A meeting read from another calendar is there already: no
            // copy in Rapport's calendar while it is only planned.
            if (table == "conversation" && !local.deleted &&
                store.calendars().is_planned_meeting(local.record.id))
                continue;
            auto synced = repo.item(table, local.record.id);
            (local.deleted ? deletions : uploads).push_back({std::move(local), std::move(synced)});
        }
}

} // namespace

DavError SyncEngine::push(SyncSummary& summary, SyncProgress* progress) {
    UploadBatch batch(store_.sync().database(), batch_size_);
    std::vector<Pending> uploads, deletions;
    collect_unsynced(store_, account_.device, uploads, deletions);
    if (progress) progress->total += static_cast<int>(uploads.size() + deletions.size());
    for (Pending& p : uploads) {
        if (progress && progress->cancel) break;
        if (DavError e = upload(p.local.record, p.synced, batch, summary)) return e;
        if (progress) ++progress->done;
    }
    // Deletions after uploads, children before parents.
    for (auto it = deletions.rbegin(); it != deletions.rend(); ++it) {
        if (progress && progress->cancel) break;
        if (DavError e = delete_there(*it->synced, batch, summary)) return e;
        if (progress) ++progress->done;
    }
    if (store::Error se = batch.commit()) return store_error(se);
    return {};
}

DavError SyncEngine::upload(core::SyncRecord record, std::optional<store::SyncedItem> synced,
                            UploadBatch& batch, SyncSummary& summary) {
    store::SyncRepository& repo = store_.sync();
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
            if (store::Error se = batch.begin()) return store_error(se);
            if (store::Error se = repo.save_item(
                    {record.table, record.id, url, etag, record.fields, record.stamp, body}))
                return store_error(se);
            ++summary.pushed;
            if (store::Error se = batch.counted()) return store_error(se);
            return {};
        }
        if (e.problem != DavProblem::Conflict) return e;
        // Changed there meanwhile (or already there after an interrupted
        // sync): bring it in, merged, and write the merge.
        if (store::Error se = batch.commit()) return store_error(se);
        if (DavError ge = take_server_copy(url, e.detail, &record, summary)) return ge;
        const auto now_local = repo.record(record.table, record.id, account_.device);
        synced = repo.item(record.table, record.id);
        if (!now_local || now_local->deleted ||
            !core::changed_since(now_local->record.fields, synced->base))
            return {}; // the merge is what the server has
        record = now_local->record;
    }
    return {};
}

DavError SyncEngine::delete_there(const store::SyncedItem& synced, UploadBatch& batch,
                                  SyncSummary& summary) {
    DavError e = dav_.remove(synced.url, synced.etag);
    if (e.problem == DavProblem::Conflict) {
        // Edited there since: the edit wins; the record comes back here.
        if (store::Error se = batch.commit()) return store_error(se);
        return take_server_copy(synced.url, e.detail, nullptr, summary);
    }
    if (e) return e;
    if (store::Error se = batch.begin()) return store_error(se);
    if (store::Error se = store_.sync().drop_item(synced.table, synced.id)) return store_error(se);
    ++summary.pushed_deleted;
    if (store::Error se = batch.counted()) return store_error(se);
    return {};
}

DavError SyncEngine::take_server_copy(const std::string& url, std::string& problem,
                                      const core::SyncRecord* gone, SyncSummary& summary) {
    DavItem there;
    bool missing = false;
    if (DavError ge = dav_.get(url, there, missing)) return ge;
    store::SyncRepository& repo = store_.sync();
    store::Transaction one(repo.database());
    if (!missing)
        if (const auto remote = interop::read_item(there.data, problem, home_))
            if (store::Error se = merge_in(*remote, there, summary)) return store_error(se);
    if (missing && gone)
        if (store::Error se =
                repo.save_item({gone->table, gone->id, url, "", std::nullopt, {}, ""}))
            return store_error(se);
    if (store::Error se = one.commit()) return store_error(se);
    return {};
}

} // namespace rapport::sync
