#pragma once
// What other features may ask of careers: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/career.hpp"
#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

struct ScreenContext;

struct AddCareer {
    std::string title;
    int interest;
};

struct SetInterest {
    std::string career_id;
    int interest;
};

// Files an answer (conversation and question position), a note, or text
// typed in (with the person it came from, if any) as a pro, con or open
// question under a career option.
struct FileEvidence {
    std::string career_id;
    core::EvidenceKind kind;
    std::string text;
    std::string conversation_id;
    int question_position = 0;
    std::string note_id;
    std::string person_id;
};

struct DeleteCareer {
    std::string career_id;
};

struct RemoveEvidence {
    std::string evidence_id;
};

// Requests careers answers at once (ActionBus::ask).
// Reads the options again: a screen showing "File under a career" loads.
struct ReadCareerOptions {};
// Draws "File under a career", then the kind and the option, for what
// `evidence` points at; `key` names it, unique on the screen.
struct FileEvidenceControl {
    ScreenContext& screen;
    std::string key;
    FileEvidence evidence;
};

} // namespace rapport::ui
