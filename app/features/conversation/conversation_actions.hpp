#pragma once
// What other features may ask of conversation: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/conversation.hpp"
#include <string>

namespace rapport::ui {

struct StartConversation {
    std::string id;
};

struct StepQuestion {
    int delta; // +1 next, -1 previous
};

struct EndConversation {};

struct ContinueOvertime {};

} // namespace rapport::ui
