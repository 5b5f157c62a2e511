#pragma once
// What other features may ask of person: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/person.hpp"
#include "store/store.hpp"
#include "store/sync_repository.hpp"
#include "ui/shell_actions.hpp"
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct EditPerson {
    std::string id; // "" for a new person
};

struct SavePerson {
    bool allow_duplicate = false; // the user saw the duplicates and chose to add anyway
};

struct MergeInto {
    std::string existing_id; // fold the form's person into this one
};

struct DeletePerson {
    std::string id;
};

struct SetStage {
    std::string person_id;
    core::Stage stage;
};

struct SetCadence {
    std::string person_id;
    int days;
};

struct LogInteraction {
    std::string person_id;
};

struct ShowOlderTimeline {}; // the person's timeline: the next page

} // namespace rapport::ui
