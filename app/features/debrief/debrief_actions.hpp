#pragma once
// What other features may ask of debrief: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/conversation.hpp"
#include "core/records.hpp"
#include <string>
#include <vector>

namespace rapport::ui {

struct ToggleMoveConversation {};

struct MoveConversation {};

struct CancelConversation {
    bool confirmed = false;
};

struct DeleteConversation {};

} // namespace rapport::ui
