#pragma once
// Importing contacts: a preview that says, for every row, whether it is
// someone new, someone already here (and how we know), or a change since the
// last import; then one transaction that applies it, all or nothing.
#include "core/imported_contact.hpp"

#include <atomic>
#include <string>
#include <vector>

namespace rapport::store {

struct ImportRow {
    enum class Kind {
        New,       // nobody like them here yet
        Duplicate, // already here; the file adds something
        Changed,   // already here with another organisation or role
        Same,      // already here, nothing new: importing changes nothing
    };
    Kind kind = Kind::New;
    core::ImportedContact contact;
    std::string person_id; // the match, for all but New
    std::string person_name;
    std::string reason;               // "same email", "same LinkedIn profile", …
    std::vector<std::string> changes; // "role now Senior Researcher (was Researcher)"
    bool merge = true;                // false skips a Duplicate or Changed row
};

struct ImportPlan {
    std::string format;
    std::vector<ImportRow> rows;
    int count(ImportRow::Kind kind) const;
};

// Shared with a worker thread: how far an import got, and a way to stop it.
struct ImportProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
};

struct ImportOutcome {
    int added = 0;
    int merged = 0;
    int skipped = 0;
};

} // namespace rapport::store
