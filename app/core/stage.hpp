#pragma once
// Where a person is in the practice, and the rules that move them on.
//   identified → researched → reached out → scheduled → met → thanked →
//   keeping in touch, with side states no reply, declined and paused.
#include "core/enum_names.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace rapport::core {

enum class Stage {
    Identified,
    Researched,
    ReachedOut,
    Scheduled,
    Met,
    Thanked,
    KeepingInTouch,
    NoReply,
    Declined,
    Paused,
};

std::span<const EnumName<Stage>> stage_names();
inline std::string_view stage_code(Stage s) {
    return code_of(stage_names(), s);
}
inline std::string_view stage_label(Stage s) {
    return label_of(stage_names(), s);
}
inline std::optional<Stage> stage_from_code(std::string_view c) {
    return from_code(stage_names(), c);
}

bool is_side_state(Stage stage);
// The main-line stage after this one, for the one-tap "advance" (none after
// keeping in touch; from a side state, back to where the line resumes).
std::optional<Stage> next_stage(Stage stage);
// Position on the main line (side states rank with reached out).
int pipeline_rank(Stage stage);

// Things that happen to a person; each may move their stage.
enum class StageEvent {
    ResearchFilled,        // research checklist has content
    OutreachSent,          // an outreach message marked sent
    ConversationPlanned,   // a conversation scheduled
    ConversationHeld,      // a conversation took place
    ThankYouSent,          // a thank-you message marked sent
    InteractionLogged,     // any later contact
    NoReplyAfterLastNudge, // the 7-business-day nudge went unanswered
    ReplyReceived,
};

// The stage after `event`. Stages only move forward along the main line: a
// held conversation moves "reached out" to "met" but leaves "thanked" alone.
// A reply or a new conversation brings a person back from "no reply" or
// "paused"; "declined" stays unless a conversation is actually held.
Stage stage_after(Stage current, StageEvent event);

} // namespace rapport::core
