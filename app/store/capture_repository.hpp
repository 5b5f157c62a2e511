#pragma once
// Capture: the draft kept keystroke by keystroke, who it is about, and
// filing it as a note or a conversation's debrief.
#include "core/clock.hpp"
#include "store/connection.hpp"
#include "store/conversation_repository.hpp"
#include "store/note_repository.hpp"
#include "store/people_repository.hpp"

#include <optional>
#include <string>

namespace rapport::store {

struct CaptureDraft {
    std::string body;
    int cursor = 0;
    core::Millis updated_at = 0;
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    // "We met": a note about someone with no conversation to debrief
    // records one as held now (else it is a plain note).
    bool met = false;
};

// Who a capture is most likely about, and why (the capture screen words it:
// "conversation ended 12 min ago", "on their page").
struct CaptureTarget {
    enum class Why { OnTheirPage, InProgress, Ended };
    std::string person_id;
    std::string person_name;
    std::optional<std::string> conversation_id;
    Why why = Why::OnTheirPage;
    core::Millis ended_at = 0; // Ended: when the conversation ended
};

// What filing a capture did (services::file_capture), for the status line
// and the terminal.
struct CaptureResult {
    std::string note_id;
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    std::optional<core::Millis> thank_you_due;
    bool debrief = false; // the note became a conversation's debrief
};

class CaptureRepository : public Repository {
  public:
    CaptureRepository(Connection& connection, PeopleRepository& people)
        : Repository(connection), people_(people) {}

    std::optional<CaptureDraft> draft();
    Error save_draft(const CaptureDraft& draft);
    // The draft is gone (filed: services::finish_capture).
    Error clear_draft();
    // Who a capture is about. With `current_person` (capture opened from
    // their page or one of their conversations): them, with their
    // conversation held or planned within the last few hours, if any.
    // Otherwise the conversation held or planned most recently within the
    // last few hours (held early or late, by when it was held), else nobody.
    std::optional<CaptureTarget> target(core::Millis now,
                                        const std::optional<std::string>& current_person);

  private:
    PeopleRepository& people_;
};

} // namespace rapport::store
