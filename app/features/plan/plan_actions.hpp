#pragma once
// What other features may ask of plan: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/conversation.hpp"
#include "core/message_templates.hpp"
#include "core/question_bank.hpp"
#include <string>
#include <vector>

namespace rapport::ui {

struct PlanConversation {
    std::string person_id;
    std::string conversation_id; // "" for a new one
};

struct SavePlan {};

struct ExportInvite {
    std::string conversation_id;
};

} // namespace rapport::ui
