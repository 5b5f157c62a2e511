#pragma once
// Every feature the app shows, made for the shell that asks them; the entry
// points (app/shell) hand this to the App.
#include "ui/feature.hpp"

#include <memory>
#include <vector>

namespace rapport::ui {

struct SyncConnection; // features/sync/sync_connection.hpp

// Every feature but Sync (the tests' app, which has no network).
std::vector<std::unique_ptr<Feature>> all_features(Shell& shell);
// Every feature, Sync among them on `sync`: the platform's HTTP client,
// keyring and worker, which only the shell can hand in (features/sync).
std::vector<std::unique_ptr<Feature>> all_features_with_sync(Shell& shell, SyncConnection sync);

} // namespace rapport::ui
