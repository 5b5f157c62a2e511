#pragma once
// A record as sync moves it: which table it belongs to, its id, and its
// fields by column name, each text or null. Sync works on these rather than
// on the typed records so one engine carries every table, and a field the
// other side does not know is carried rather than dropped.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

using SyncValue = std::optional<std::string>; // nullopt: SQL NULL
using SyncFields = std::map<std::string, SyncValue>;

// When a record last changed, and where: the milliseconds of its last edit
// and the device that made it. Orders every pair of edits the same way on
// every device; the device id breaks a tie.
struct SyncStamp {
    std::int64_t millis = 0;
    std::string device;
    bool operator==(const SyncStamp&) const = default;
};
// Later edit first; the device id breaks a tie. (Written out: the web
// build's libc++ has no <=> for std::string.)
bool later_than(const SyncStamp& a, const SyncStamp& b);
// "1764581234567@3f2a…": how a stamp travels (X-RAPPORT-STAMP).
std::string stamp_text(const SyncStamp& stamp);
std::optional<SyncStamp> parse_stamp(const std::string& text);

struct SyncRecord {
    std::string table;
    std::string id;
    SyncFields fields;
    SyncStamp stamp;
};

// A field both sides changed to different values: the value that lost,
// kept so the person can see it and take it back.
struct SyncConflict {
    std::string field;
    SyncValue kept;  // the winner, now on both sides
    SyncValue lost;  // the loser
    bool local_lost; // true: this device's value lost
};

// A value another device had that lost to this device's later edit. It
// rides on the item this device writes back, so the device whose edit was
// replaced can say so too, not only the one that decided.
struct ReplacedEdit {
    std::string field;
    SyncValue lost;
};

struct MergeResult {
    SyncFields fields;
    std::vector<SyncConflict> conflicts;
    bool local_changed = false;  // differs from what this device has
    bool remote_changed = false; // differs from what the server has
};

// Has `fields` changed since `base` (the last copy both sides agreed on)?
// A field the base lacks counts as changed, so the other side gets it.
bool changed_since(const SyncFields& fields, const std::optional<SyncFields>& base);

// Field by field against the last copy both sides agreed on (`base`; none
// for a record never synced): a field changed on one side takes that side's
// value; changed on both to different values, the later stamp wins and the
// other value is reported. A field missing from `remote` (another app dropped
// a property it did not know) counts as unchanged there, never as cleared.
MergeResult merge_fields(const std::optional<SyncFields>& base, const SyncFields& local,
                         const SyncStamp& local_stamp, const SyncFields& remote,
                         const SyncStamp& remote_stamp);

} // namespace rapport::core
