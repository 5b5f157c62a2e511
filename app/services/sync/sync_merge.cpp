// Bringing the server's copy of a record in: merged field by field with
// this device's, conflicts kept, deletions on either side settled.
#include "core/sync_record.hpp"
#include "interop/dav_payloads.hpp"
#include "services/sync/sync_engine.hpp"

#include <algorithm>

namespace rapport::sync {
namespace {

using core::SyncFields;
using core::SyncRecord;

// A hybrid logical clock: an edit made here after the last sync is later
// than that sync's copy even when this device's clock runs behind the one
// that wrote it.
core::SyncStamp stamp_here(const store::LocalRecord& local,
                           const std::optional<store::SyncedItem>& synced, bool changed_here) {
    core::SyncStamp here = changed_here || !synced ? local.record.stamp : synced->stamp;
    if (changed_here && synced && here.millis <= synced->stamp.millis)
        here.millis = synced->stamp.millis + 1;
    return here;
}

// Fields both sides changed are kept as conflicts, the loser with them;
// two creation times are not a conflict: the earlier one stands.
store::Error keep_conflicts(store::SyncRepository& repo, const SyncRecord& remote,
                            core::MergeResult& merged, SyncSummary& summary) {
    for (const core::SyncConflict& c : merged.conflicts) {
        if (c.field == "created_at") {
            merged.fields[c.field] = std::min(c.kept.value_or(""), c.lost.value_or(""));
            continue;
        }
        if (store::Error e = repo.add_conflict(remote.table, remote.id, c)) return e;
        ++summary.conflicts;
    }
    return {};
}

} // namespace

store::Error SyncEngine::merge_in(const SyncRecord& remote, const DavItem& item,
                                  SyncSummary& summary) {
    store::SyncRepository& repo = store_.sync();
    const auto synced = repo.item(remote.table, remote.id);
    const auto local = repo.record(remote.table, remote.id, account_.device);
    SyncFields base = remote.fields;
    if (!local) {
        if (store::Error e = repo.apply(remote)) return e;
        ++summary.pulled;
    } else if (store::Error e = merge_with_local(remote, item, *local, synced, base, summary)) {
        return e;
    }
    return repo.save_item(
        {remote.table, remote.id, item.url, item.etag, base, remote.stamp, item.data});
}

store::Error SyncEngine::merge_with_local(const SyncRecord& remote, const DavItem& item,
                                          const store::LocalRecord& local,
                                          const std::optional<store::SyncedItem>& synced,
                                          SyncFields& base, SyncSummary& summary) {
    store::SyncRepository& repo = store_.sync();
    const std::optional<SyncFields> old_base = synced ? synced->base : std::optional<SyncFields>();
    const bool changed_here = core::changed_since(local.record.fields, old_base);
    const core::SyncStamp here = stamp_here(local, synced, changed_here);
    const bool changed_there = !old_base || core::changed_since(remote.fields, old_base);
    // Deleted here, untouched there: the push deletes it there.
    if (local.deleted && !changed_there) return {};
    // An edit beats a delete on either side: a record deleted here and
    // edited there comes back, merged.
    core::MergeResult m =
        core::merge_fields(old_base, local.record.fields, here, remote.fields, remote.stamp);
    if (store::Error e = keep_conflicts(repo, remote, m, summary)) return e;
    if (synced && synced->stamp.device == account_.device)
        if (store::Error e =
                note_replaced_here(remote, item, local.record.fields, m.fields, summary))
            return e;
    if (store::Error e = drop_settled_conflicts(remote, m.fields)) return e;
    m.local_changed = core::changed_since(m.fields, local.record.fields);
    if (core::changed_since(m.fields, remote.fields)) unsent_ = true; // the merge goes back up
    if (m.local_changed || local.deleted) {
        if (store::Error e =
                repo.apply({remote.table, remote.id, m.fields,
                            core::later_than(here, remote.stamp) ? here : remote.stamp}))
            return e;
        ++summary.pulled;
    }
    for (const auto& [name, value] : m.fields)
        if (!base.count(name)) base[name] = value; // not said there: as merged
    return {};
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

} // namespace rapport::sync
