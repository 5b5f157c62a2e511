#pragma once
// What other features may ask of capture: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

// Files the note (on the person, or in the inbox) and leaves capture.
struct FinishCapture {};

// Leaves capture keeping the note as a draft, unfiled (Today says it waits).
struct CloseCapture {};

// The note is about no one: it goes to the inbox.
struct CaptureToInbox {};

struct CapturePick {
    std::string person_id; // "" with a name: create them
    std::string name;
};

struct ToggleMet {};

struct InsertPrompt {
    std::string heading;
};

struct AddLead {
    std::string name;
    std::string context;
};

// Requests capture answers at once (ActionBus::ask).
// A conversation just ended: capture opens about it, as its debrief.
struct CaptureAfterConversation {
    std::string person_id;
    std::string person_name;
    std::string conversation_id;
};

} // namespace rapport::ui
