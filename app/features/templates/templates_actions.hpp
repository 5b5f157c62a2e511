#pragma once
// What other features may ask of templates: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/message_templates.hpp"

namespace rapport::ui {

struct EditTemplate {
    core::MessageKind kind;
};

struct InsertPlaceholder {
    std::string key;
};

struct ResetTemplate {};

} // namespace rapport::ui
