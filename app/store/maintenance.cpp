#include "store/maintenance.hpp"

#include "store/store.hpp"

namespace rapport::store {

MaintenanceReport run_maintenance(const std::string& database_path,
                                  const std::string& snapshot_folder, const core::Clock& clock) {
    MaintenanceReport report;
    Error error;
    auto store = Store::open(database_path, clock, error, true);
    if (!store) {
        report.integrity = error.message;
        return report;
    }
    Statement check = store->database().prepare("PRAGMA quick_check");
    report.integrity = check.step() ? check.text(0) : check.error().message;
    check.reset();
    // Never snapshot a damaged file over a good snapshot.
    if (report.integrity == "ok" && !snapshot_folder.empty())
        if (Error e = store->daily_snapshot(snapshot_folder)) report.snapshot_error = e.message;
    return report;
}

} // namespace rapport::store
