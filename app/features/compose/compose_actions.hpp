#pragma once
// What other features may ask of compose: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/message_templates.hpp"
#include "core/records.hpp"
#include <string>

namespace rapport::ui {

struct Compose {
    std::string person_id;
    core::MessageKind kind;
    std::string met_person; // for telling a referrer
};

struct SetMessageKind {
    core::MessageKind kind;
};

struct MarkSent {};

} // namespace rapport::ui
