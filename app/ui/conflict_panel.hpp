#pragma once
// A value that lost a sync conflict, with the choice to take it back or let
// it go: drawn on a person's page for what is about them, and on the Sync
// screen for what is about no one.
#include "store/sync_repository.hpp"

#include <string_view>

namespace rapport::ui {

struct ScreenContext;

// `what`: the record and field, in words ("Note · text", "Career option · title").
void conflict_panel(ScreenContext& screen, const store::StoredConflict& conflict,
                    std::string_view what);

} // namespace rapport::ui
