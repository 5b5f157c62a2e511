#pragma once
// What other features may ask of prepare: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/question_bank.hpp"
#include <string>
#include <vector>

namespace rapport::ui {

// Adds your own question (empty id) or saves an edit to one.
struct SaveQuestion {
    std::string id;
    std::string text;
    core::QuestionCategory category;
};

struct ArchiveQuestion {
    std::string id;
    bool archived; // false brings it back
};

} // namespace rapport::ui
