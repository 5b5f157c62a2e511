#pragma once
// The moment a conversation ends: which planned conversations have just
// ended and still wait for their notes, and what this device has done about
// asking for them (asked, put off, let go). Kept on the device, never synced:
// each device asks once, and a phone's calendar rings by itself.
#include "core/clock.hpp"
#include "store/connection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

// A planned conversation that has ended and has no notes yet.
struct EndedConversation {
    std::string conversation_id;
    std::string person_id;
    std::string person_name;
    core::Millis ended = 0;     // its start plus its length
    core::Millis ask_after = 0; // "Not now": not asked again before this
    bool asked = false;         // a notification was shown for this ask
};

// How long after its end a conversation counts as just ended (Today's card,
// the notification): the notes are still fresh.
constexpr core::Millis kJustEndedFor = 3 * core::kHour;
// "Not now" asks again this much later.
constexpr core::Millis kAskAgainAfter = 30 * core::kMinute;

class EndPromptRepository : public Repository {
  public:
    explicit EndPromptRepository(Connection& connection) : Repository(connection) {}

    // Planned (not held, not cancelled) conversations whose end lies in the
    // kJustEndedFor before `now`, not let go; the latest end first.
    std::vector<EndedConversation> just_ended(core::Millis now);
    // Those of them a notification should ask about now: not asked yet for
    // this ask, and no "Not now" still running.
    std::vector<EndedConversation> to_ask(core::Millis now);
    // When the next ask falls due after `now`: the end of a planned
    // conversation, or a put-off running out. What a timer waits for.
    std::optional<core::Millis> next_ask_after(core::Millis now);
    // The caller that claims an ask first (the running app or `rapport
    // remind`) shows its notification; `claimed` says whether this one did.
    Error claim(const std::string& conversation_id, core::Millis now, bool& claimed);
    // "Not now": asked again at `until`.
    Error put_off(const std::string& conversation_id, core::Millis until);
    // Today's ✕: not asked about again.
    Error let_go(const std::string& conversation_id);
    // Undo of let_go.
    Error take_up(const std::string& conversation_id);
};

} // namespace rapport::store
