#include "core/stage.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("holding a conversation moves a person to met") {
    CHECK(stage_after(Stage::Scheduled, StageEvent::ConversationHeld) == Stage::Met);
    CHECK(stage_after(Stage::ReachedOut, StageEvent::ConversationHeld) == Stage::Met);
    CHECK(stage_after(Stage::Identified, StageEvent::ConversationHeld) == Stage::Met);
}

TEST_CASE("stages only move forward along the main line") {
    CHECK(stage_after(Stage::Thanked, StageEvent::ConversationHeld) == Stage::Thanked);
    CHECK(stage_after(Stage::Met, StageEvent::OutreachSent) == Stage::Met);
    CHECK(stage_after(Stage::Identified, StageEvent::ResearchFilled) == Stage::Researched);
    CHECK(stage_after(Stage::Researched, StageEvent::OutreachSent) == Stage::ReachedOut);
    CHECK(stage_after(Stage::ReachedOut, StageEvent::ConversationPlanned) == Stage::Scheduled);
    CHECK(stage_after(Stage::Met, StageEvent::ThankYouSent) == Stage::Thanked);
    CHECK(stage_after(Stage::Thanked, StageEvent::InteractionLogged) == Stage::KeepingInTouch);
}

TEST_CASE("keeping in touch only begins after meeting") {
    CHECK(stage_after(Stage::ReachedOut, StageEvent::InteractionLogged) == Stage::ReachedOut);
}

TEST_CASE("side states: no reply after the last nudge, and a way back") {
    CHECK(stage_after(Stage::ReachedOut, StageEvent::NoReplyAfterLastNudge) == Stage::NoReply);
    CHECK(stage_after(Stage::Met, StageEvent::NoReplyAfterLastNudge) == Stage::Met);
    CHECK(stage_after(Stage::NoReply, StageEvent::ReplyReceived) == Stage::ReachedOut);
    CHECK(stage_after(Stage::Paused, StageEvent::ConversationPlanned) == Stage::Scheduled);
    CHECK(stage_after(Stage::Declined, StageEvent::OutreachSent) == Stage::Declined);
    CHECK(stage_after(Stage::Declined, StageEvent::ConversationHeld) == Stage::Met);
    CHECK(stage_after(Stage::NoReply, StageEvent::InteractionLogged) == Stage::NoReply);
}

TEST_CASE("one-tap advance follows the main line") {
    CHECK(next_stage(Stage::Identified) == Stage::Researched);
    CHECK(next_stage(Stage::Thanked) == Stage::KeepingInTouch);
    CHECK_FALSE(next_stage(Stage::KeepingInTouch));
    CHECK(next_stage(Stage::NoReply) == Stage::Scheduled);
    CHECK_FALSE(next_stage(Stage::Declined));
}

TEST_CASE("stage codes are stable and round-trip") {
    CHECK(stage_code(Stage::ReachedOut) == "reached_out");
    CHECK(stage_label(Stage::KeepingInTouch) == "keeping in touch");
    for (const auto& n : stage_names())
        CHECK(stage_from_code(n.code) == n.value);
    CHECK_FALSE(stage_from_code("bogus"));
}
