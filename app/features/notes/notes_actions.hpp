#pragma once
// What other features may ask of notes: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/records.hpp"
#include <string>
#include <vector>

namespace rapport::ui {

struct DeleteNote {
    std::string id;
};

// Files a note under a person ("" with a name: someone new).
struct FileNote {
    std::string note_id;
    std::string person_id;
    std::string name;
};

struct ToggleNotePicker {};

} // namespace rapport::ui
