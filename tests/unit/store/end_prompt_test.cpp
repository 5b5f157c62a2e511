// The moment a conversation ends: which conversations wait for their notes,
// and the asks this device made, put off or let go.
#include "services/capture.hpp"
#include "unit/store/store_fixture.hpp"

using namespace rapport;
using rapport::testing::kNow;
using rapport::testing::StoreFixture;

namespace {

// A planned conversation with `name`, starting `start` from kNow, `minutes` long.
core::Conversation planned(store::Store& store, const std::string& name, core::Millis start,
                           int minutes = 30) {
    core::Person p;
    p.name = name;
    REQUIRE_FALSE(store.people().save(p));
    core::Conversation c;
    c.person_id = p.id;
    c.when = kNow + start;
    c.duration_minutes = minutes;
    REQUIRE_FALSE(store.conversations().save(c));
    return c;
}

std::vector<std::string> ended_names(store::Store& store, core::Millis now) {
    std::vector<std::string> names;
    for (const store::EndedConversation& e : store.end_prompts().just_ended(now))
        names.push_back(e.person_name);
    return names;
}

} // namespace

TEST_CASE_FIXTURE(StoreFixture, "a planned conversation has just ended from its end for three "
                                "hours, the latest first") {
    const core::Conversation amara = planned(*store, "Amara Osei", 0, 30); // ends kNow + 30 min
    planned(*store, "Ines Duarte", core::kHour, 15);                       // ends kNow + 75 min
    CHECK(ended_names(*store, kNow + 29 * core::kMinute).empty());         // still on
    CHECK(ended_names(*store, kNow + 30 * core::kMinute) == std::vector<std::string>{"Amara Osei"});
    CHECK(ended_names(*store, kNow + 80 * core::kMinute) ==
          std::vector<std::string>{"Ines Duarte", "Amara Osei"});
    const auto ended = store->end_prompts().just_ended(kNow + 31 * core::kMinute);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].conversation_id == amara.id);
    CHECK(ended[0].ended == kNow + 30 * core::kMinute);
    // Three hours after its end it is no longer "just".
    CHECK(ended_names(*store, kNow + 30 * core::kMinute + store::kJustEndedFor + 1) ==
          std::vector<std::string>{"Ines Duarte"});
}

TEST_CASE_FIXTURE(StoreFixture, "no ask for a conversation debriefed, held, cancelled or let go") {
    const core::Conversation debriefed = planned(*store, "Amara Osei", 0);
    const core::Conversation cancelled = planned(*store, "Ines Duarte", 0);
    const core::Conversation let_go = planned(*store, "Sam Lee", 0);
    const core::Conversation waiting = planned(*store, "Zoë Ångström", 0);
    clock.set(kNow + 40 * core::kMinute);
    REQUIRE_FALSE(services::file_capture(*store, "Loved the research ops talk", debriefed.person_id,
                                         debriefed.id, false, nullptr));
    REQUIRE_FALSE(store->conversations().cancel(cancelled.id));
    REQUIRE_FALSE(store->end_prompts().let_go(let_go.id));
    CHECK(ended_names(*store, clock.now()) == std::vector<std::string>{"Zoë Ångström"});
    // Undo of the ✕ brings it back.
    REQUIRE_FALSE(store->end_prompts().take_up(let_go.id));
    CHECK(ended_names(*store, clock.now()).size() == 2);
    (void)waiting;
}

TEST_CASE_FIXTURE(StoreFixture, "each ask is claimed once, and Not now asks again later") {
    const core::Conversation c = planned(*store, "Amara Osei", 0, 30);
    const core::Millis end = kNow + 30 * core::kMinute;
    bool claimed = false;
    REQUIRE_FALSE(store->end_prompts().claim(c.id, end + core::kMinute, claimed));
    CHECK(claimed);
    REQUIRE_FALSE(store->end_prompts().claim(c.id, end + 2 * core::kMinute, claimed));
    CHECK_FALSE(claimed); // the app and `rapport remind` never both ask
    CHECK(store->end_prompts().just_ended(end + core::kMinute)[0].asked);

    // Not now: asked again once the put-off runs out, and not before.
    const core::Millis again = end + core::kMinute + store::kAskAgainAfter;
    REQUIRE_FALSE(store->end_prompts().put_off(c.id, again));
    const auto waiting = store->end_prompts().just_ended(end + 5 * core::kMinute);
    REQUIRE(waiting.size() == 1); // Today still shows it
    CHECK_FALSE(waiting[0].asked);
    CHECK(waiting[0].ask_after == again);
    REQUIRE_FALSE(store->end_prompts().claim(c.id, again - 1, claimed));
    CHECK_FALSE(claimed);
    REQUIRE_FALSE(store->end_prompts().claim(c.id, again, claimed));
    CHECK(claimed);
}

TEST_CASE_FIXTURE(StoreFixture, "the next ask a timer waits for: the next end, or a put-off") {
    CHECK_FALSE(store->end_prompts().next_ask_after(kNow));
    const core::Conversation c = planned(*store, "Amara Osei", core::kHour, 45);
    planned(*store, "Ines Duarte", 3 * core::kHour, 15);
    CHECK(store->end_prompts().next_ask_after(kNow) == kNow + core::kHour + 45 * core::kMinute);
    const core::Millis later = kNow + core::kHour + 50 * core::kMinute;
    CHECK(store->end_prompts().next_ask_after(later) ==
          kNow + 3 * core::kHour + 15 * core::kMinute);
    REQUIRE_FALSE(store->end_prompts().put_off(c.id, later + store::kAskAgainAfter));
    CHECK(store->end_prompts().next_ask_after(later) == later + store::kAskAgainAfter);
    REQUIRE_FALSE(store->conversations().cancel(c.id)); // a cancelled one is never waited for
    CHECK(store->end_prompts().next_ask_after(later) ==
          kNow + 3 * core::kHour + 15 * core::kMinute);
}

TEST_CASE_FIXTURE(StoreFixture, "It didn't happen, then Undo: the conversation is planned again") {
    const core::Conversation c = planned(*store, "Amara Osei", 0);
    const std::string person = c.person_id;
    CHECK(store->people().find(person)->stage == core::Stage::Scheduled);
    REQUIRE_FALSE(store->conversations().cancel(c.id));
    CHECK(store->people().find(person)->stage != core::Stage::Scheduled);
    CHECK(ended_names(*store, kNow + core::kHour).empty());
    REQUIRE_FALSE(store->conversations().reinstate(c.id));
    CHECK(store->conversations().find(c.id)->status == core::ConversationStatus::Planned);
    CHECK(store->people().find(person)->stage == core::Stage::Scheduled);
    CHECK(ended_names(*store, kNow + core::kHour) == std::vector<std::string>{"Amara Osei"});
}
