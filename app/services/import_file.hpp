#pragma once
// Importing a file, as the command line, the desktop and the web all do it:
// first what it would do (nothing changes), then doing it. Each front end
// words the outcome its own way.
#include "core/clock.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>

namespace rapport::services {

// What importing a file would do.
struct ImportPreview {
    bool backup = false;            // a Rapport backup: restoring replaces everything
    bool replaces_data = false;     // and the database has people, notes or conversations
    std::int64_t backup_people = 0; // people in the backup
    std::string backup_bytes;       // the backup, kept for the restore
    std::string format;             // contacts: "LinkedIn connections", …
    store::ImportPlan plan;         // contacts: what each row will do
};

// Why a file cannot be imported; nothing was changed.
struct ImportProblem {
    enum class Kind { None, Folder, Unreadable, NotImportable };
    Kind kind = Kind::None;
    std::string detail; // the system's reason, or what the parser said
    int line = 0;       // the line the parser stopped at, if known
    explicit operator bool() const { return kind != Kind::None; }
};

ImportProblem preview_import(const std::string& path, store::Store& store, ImportPreview& preview);

// Restores the backup or applies the plan. A restore over data first keeps a
// snapshot of it beside the database; its path goes to `kept`.
store::Error apply_import(const ImportPreview& preview, store::Store& store,
                          const core::Clock& clock, store::ImportOutcome& outcome,
                          store::ImportProgress* progress, std::string& kept);

} // namespace rapport::services
