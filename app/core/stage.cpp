#include "core/stage.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<Stage>, 10> kStages = {{
    {Stage::Identified, "identified", "identified"},
    {Stage::Researched, "researched", "researched"},
    {Stage::ReachedOut, "reached_out", "reached out"},
    {Stage::Scheduled, "scheduled", "scheduled"},
    {Stage::Met, "met", "met"},
    {Stage::Thanked, "thanked", "thanked"},
    {Stage::KeepingInTouch, "keeping_in_touch", "keeping in touch"},
    {Stage::NoReply, "no_reply", "no reply"},
    {Stage::Declined, "declined", "declined"},
    {Stage::Paused, "paused", "paused"},
}};

Stage target_of(StageEvent event) {
    switch (event) {
    case StageEvent::ResearchFilled:
        return Stage::Researched;
    case StageEvent::OutreachSent:
        return Stage::ReachedOut;
    case StageEvent::ConversationPlanned:
        return Stage::Scheduled;
    case StageEvent::ConversationHeld:
        return Stage::Met;
    case StageEvent::ThankYouSent:
        return Stage::Thanked;
    case StageEvent::InteractionLogged:
        return Stage::KeepingInTouch;
    case StageEvent::ReplyReceived:
        return Stage::ReachedOut;
    case StageEvent::NoReplyAfterLastNudge:
        return Stage::NoReply;
    }
    return Stage::Identified;
}

} // namespace

std::span<const EnumName<Stage>> stage_names() {
    return kStages;
}

bool is_side_state(Stage stage) {
    return stage == Stage::NoReply || stage == Stage::Declined || stage == Stage::Paused;
}

int pipeline_rank(Stage stage) {
    return is_side_state(stage) ? static_cast<int>(Stage::ReachedOut) : static_cast<int>(stage);
}

std::optional<Stage> next_stage(Stage stage) {
    if (stage == Stage::KeepingInTouch) return std::nullopt;
    if (stage == Stage::NoReply || stage == Stage::Paused) return Stage::Scheduled;
    if (stage == Stage::Declined) return std::nullopt;
    return static_cast<Stage>(static_cast<int>(stage) + 1);
}

Stage stage_after(Stage current, StageEvent event) {
    const Stage target = target_of(event);
    if (event == StageEvent::NoReplyAfterLastNudge)
        return current == Stage::ReachedOut ? Stage::NoReply : current;
    if (current == Stage::Declined && event != StageEvent::ConversationHeld) return current;
    if (is_side_state(current)) {
        // Coming back from a side state: resume at the event's stage.
        const bool moves =
            event != StageEvent::ResearchFilled && event != StageEvent::InteractionLogged;
        return moves ? target : current;
    }
    // Logging contact only counts as keeping in touch once you have met.
    if (event == StageEvent::InteractionLogged &&
        pipeline_rank(current) < pipeline_rank(Stage::Met))
        return current;
    return pipeline_rank(target) > pipeline_rank(current) ? target : current;
}

} // namespace rapport::core
