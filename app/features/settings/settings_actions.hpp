#pragma once
// What other features may ask of settings: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "store/store.hpp"
#include "store/sync_repository.hpp"
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

// Replaces everything with a daily copy (the day it was taken, for words).
struct RestoreSnapshot {
    std::string path;
    std::string named; // "from Sun 15 June", "from before version 6"
};

} // namespace rapport::ui
