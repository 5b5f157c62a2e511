#include "core/sync_record.hpp"

#include <charconv>
#include <set>

namespace rapport::core {

std::string stamp_text(const SyncStamp& stamp) {
    return std::to_string(stamp.millis) + "@" + stamp.device;
}

std::optional<SyncStamp> parse_stamp(const std::string& text) {
    const size_t at = text.find('@');
    if (at == std::string::npos || at == 0) return std::nullopt;
    SyncStamp stamp;
    const char* first = text.data();
    const auto [end, error] = std::from_chars(first, first + at, stamp.millis);
    if (error != std::errc() || end != first + at) return std::nullopt;
    stamp.device = text.substr(at + 1);
    return stamp;
}

bool later_than(const SyncStamp& a, const SyncStamp& b) {
    if (a.millis != b.millis) return a.millis > b.millis;
    return a.device > b.device;
}

MergeResult merge_fields(const std::optional<SyncFields>& base, const SyncFields& local,
                         const SyncStamp& local_stamp, const SyncFields& remote,
                         const SyncStamp& remote_stamp) {
    MergeResult result;
    std::set<std::string> names;
    for (const auto& [name, value] : local)
        names.insert(name);
    for (const auto& [name, value] : remote)
        names.insert(name);
    const bool local_is_later = later_than(local_stamp, remote_stamp);
    for (const std::string& name : names) {
        const auto l = local.find(name);
        const auto r = remote.find(name);
        const SyncValue* base_value = nullptr;
        if (base) {
            const auto b = base->find(name);
            if (b != base->end()) base_value = &b->second;
        }
        SyncValue merged;
        if (r == remote.end()) {
            merged = l->second; // not said there: unchanged there
        } else if (l == local.end()) {
            merged = r->second; // a field this device's copy lacks
        } else if (l->second == r->second) {
            merged = l->second;
        } else if (base_value && *base_value == l->second) {
            merged = r->second; // only the server's copy changed
        } else if (base_value && *base_value == r->second) {
            merged = l->second; // only this device's copy changed
        } else {
            merged = local_is_later ? l->second : r->second;
            result.conflicts.push_back(
                {name, merged, local_is_later ? r->second : l->second, !local_is_later});
        }
        if (l == local.end() || l->second != merged) result.local_changed = true;
        // A field the server's copy lacks is written back, so the next
        // device to read it has it.
        if (r == remote.end() || r->second != merged) result.remote_changed = true;
        result.fields[name] = std::move(merged);
    }
    return result;
}

bool changed_since(const SyncFields& fields, const std::optional<SyncFields>& base) {
    if (!base) return true;
    for (const auto& [name, value] : fields) {
        const auto b = base->find(name);
        if (b == base->end() || b->second != value) return true;
    }
    return false;
}

} // namespace rapport::core
