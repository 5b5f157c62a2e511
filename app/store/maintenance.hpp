#pragma once
// Work that must not delay the first frame: the integrity check and the
// day's snapshot. It runs on its own read-only connection, so it can run on
// a worker thread while the UI keeps its connection.
#include "core/clock.hpp"

#include <string>

namespace rapport::store {

struct MaintenanceReport {
    std::string integrity = "ok"; // quick_check's answer
    std::string snapshot_error;   // empty when the day's snapshot exists
};

MaintenanceReport run_maintenance(const std::string& database_path,
                                  const std::string& snapshot_folder, const core::Clock& clock);

} // namespace rapport::store
