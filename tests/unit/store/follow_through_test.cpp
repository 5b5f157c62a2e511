// What happens after a capture, as the store keeps it: debrief headings in
// the conversation's fields, replies and plans that stop nudges, moving,
// cancelling and deleting conversations, notes deleted and restored.
#include "services/capture.hpp"
#include "store_fixture.hpp"

using namespace rapport;
using namespace rapport::testing;
using core::kDay;
using core::kHour;

namespace {

// An outreach sent now: the 3- and 7-business-day nudges are open.
void send_outreach(store::Store& store, const core::Person& p) {
    core::Message m;
    m.person_id = p.id;
    m.kind = core::MessageKind::Outreach;
    m.body = "Could I ask you about your work for 15 minutes?";
    REQUIRE_FALSE(store.messages().save(m));
    REQUIRE_FALSE(store.messages().mark_sent(m.id, kNow));
}

int open_nudges(store::Store& store, const core::Person& p) {
    int n = 0;
    for (const auto& d : store.follow_ups().due(kNow + 60 * kDay, 100, p.id))
        n += d.follow_up.kind == core::FollowUpKind::Nudge ||
             d.follow_up.kind == core::FollowUpKind::LastNudge;
    return n;
}

} // namespace

TEST_CASE_FIXTURE(StoreFixture, "debrief headings fill the conversation's fields when filed") {
    const core::Person p = add("Amara Osei");
    const core::Conversation c = plan(p, kNow - 30 * core::kMinute);
    const std::string note = "Met at Brightline\n\n"
                             "Three takeaways\n· Research ops is growing\n· Portfolios win\n\n"
                             "Advice\n· Start with usability tests\n\n"
                             "Recommended courses\n· Google UX certificate\n\n"
                             "Certifications or training\n· NN/g UX certification\n\n"
                             "Mentors named\n· Dana Whitfield\n\n"
                             "What they like and dislike\n· Likes: fieldwork\n· Dislikes: "
                             "endless meetings\n\n"
                             "Next steps\n· Send my portfolio\n";
    store::CaptureResult result;
    REQUIRE_FALSE(services::file_capture(*store, note, p.id, c.id, false, &result));
    const auto held = store->conversations().find(c.id);
    REQUIRE(held);
    CHECK(held->takeaways == "Research ops is growing\nPortfolios win");
    CHECK(held->advice == "Start with usability tests");
    CHECK(held->courses == "Google UX certificate");
    CHECK(held->certifications == "NN/g UX certification");
    CHECK(held->mentors == "Dana Whitfield");
    CHECK(held->likes == "fieldwork");
    CHECK(held->dislikes == "endless meetings");
    CHECK(held->next_steps == "Send my portfolio");
    // The note itself is kept whole, filed on the conversation.
    const auto notes = store->notes().about(c.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].body == note);
    // Filing the same headings again adds nothing twice.
    REQUIRE_FALSE(services::file_capture(*store, note, p.id, c.id, false, &result));
    CHECK(store->conversations().find(c.id)->takeaways ==
          "Research ops is growing\nPortfolios win");
    CHECK(store->conversations().held().size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "a reply, a plan or a held conversation stops the nudges") {
    const core::Person replied = add("Amara Osei", "", core::Stage::Researched);
    send_outreach(*store, replied);
    CHECK(open_nudges(*store, replied) == 2);
    REQUIRE_FALSE(store->messages().record_reply(replied.id, kNow + kDay));
    CHECK(open_nudges(*store, replied) == 0);

    const core::Person planned = add("Ines Duarte", "", core::Stage::Researched);
    send_outreach(*store, planned);
    plan(planned, kNow + 3 * kDay);
    CHECK(open_nudges(*store, planned) == 0);
    CHECK(store->people().find(planned.id)->stage == core::Stage::Scheduled);

    const core::Person met = add("Dana Whitfield", "", core::Stage::Researched);
    send_outreach(*store, met);
    REQUIRE_FALSE(
        services::file_capture(*store, "We met at the fair", met.id, std::nullopt, true, nullptr));
    CHECK(open_nudges(*store, met) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "cancelling a planned conversation puts the stage back") {
    const core::Person p = add("Amara Osei", "", core::Stage::ReachedOut);
    const core::Conversation c = plan(p, kNow + 2 * kDay);
    REQUIRE(store->people().find(p.id)->stage == core::Stage::Scheduled);
    REQUIRE_FALSE(store->conversations().cancel(c.id));
    CHECK(store->conversations().find(c.id)->status == core::ConversationStatus::Cancelled);
    CHECK(store->people().find(p.id)->stage == core::Stage::ReachedOut);
    CHECK(store->conversations().upcoming(kNow).empty());
    // A cancelled conversation is never what a capture debriefs.
    CHECK_FALSE(store->captures().target(kNow + 2 * kDay + kHour, std::nullopt));
}

TEST_CASE_FIXTURE(StoreFixture, "a held conversation marked not held takes its thank-you along") {
    const core::Person p = add("Amara Osei", "", core::Stage::Scheduled);
    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->conversations().hold(c.id, kNow - 30 * core::kMinute));
    REQUIRE(store->follow_ups().due(kNow + 2 * kDay).size() == 1);
    REQUIRE(store->people().find(p.id)->stage == core::Stage::Met);
    REQUIRE_FALSE(store->conversations().cancel(c.id));
    CHECK(store->follow_ups().due(kNow + 2 * kDay).empty());
    CHECK(store->people().find(p.id)->stage == core::Stage::Scheduled);
    CHECK(store->conversations().count_held_between(0, kNow + 1) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "moving a conversation moves what it started") {
    const core::Person p = add("Amara Osei");
    const core::Conversation planned = plan(p, kNow + kDay);
    REQUIRE_FALSE(store->conversations().move(planned.id, kNow + 3 * kDay));
    CHECK(store->conversations().find(planned.id)->when == kNow + 3 * kDay);

    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->conversations().hold(c.id, kNow));
    // It was really yesterday: the thank-you was due a day sooner.
    REQUIRE_FALSE(store->conversations().move(c.id, kNow - kDay));
    CHECK(*store->conversations().find(c.id)->held_at == kNow - kDay);
    const auto due = store->follow_ups().due(kNow + 2 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.due == kNow);
    // A conversation that took place cannot move into the future.
    const store::Error error = store->conversations().move(c.id, kNow + kDay);
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(*store->conversations().find(c.id)->held_at == kNow - kDay);
}

TEST_CASE_FIXTURE(StoreFixture, "a deleted conversation comes back with its follow-ups") {
    const core::Person p = add("Amara Osei");
    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->conversations().hold(c.id, kNow));
    REQUIRE_FALSE(store->conversations().remove(c.id));
    CHECK_FALSE(store->conversations().find(c.id));
    CHECK(store->follow_ups().due(kNow + 2 * kDay).empty());
    REQUIRE_FALSE(store->conversations().restore(c.id));
    CHECK(store->conversations().find(c.id));
    CHECK(store->follow_ups().due(kNow + 2 * kDay).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "notes: the inbox counts them, delete and restore") {
    REQUIRE_FALSE(services::file_capture(*store, "an idea for later", std::nullopt, std::nullopt,
                                         false, nullptr));
    store::CaptureResult second;
    REQUIRE_FALSE(services::file_capture(*store, "call the library", std::nullopt, std::nullopt,
                                         true, &second));
    CHECK_FALSE(second.conversation_id); // "we met" needs someone
    CHECK(store->notes().count_inbox() == 2);
    REQUIRE_FALSE(store->notes().remove(second.note_id));
    CHECK(store->notes().count_inbox() == 1);
    CHECK_FALSE(store->notes().find(second.note_id));
    CHECK(store->search().find("library").empty());
    REQUIRE_FALSE(store->notes().restore(second.note_id));
    CHECK(store->notes().count_inbox() == 2);
    CHECK(store->search().find("library").size() == 1);
    // Filed under someone: out of the inbox.
    const core::Person p = add("Amara Osei");
    core::Note note = *store->notes().find(second.note_id);
    note.person_id = p.id;
    REQUIRE_FALSE(store->notes().save(note));
    CHECK(store->notes().count_inbox() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "the timeline keeps a note's first lines, not 200 characters") {
    const core::Person p = add("Amara Osei");
    std::string body;
    for (int i = 0; i < 40; ++i)
        body += "word" + std::to_string(i) + " ";
    REQUIRE(body.size() > 200);
    REQUIRE_FALSE(services::file_capture(*store, body, p.id, std::nullopt, false, nullptr));
    const auto entries = store->dashboard().timeline(p.id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries[0].kind == store::TimelineKind::Note);
    CHECK(entries[0].text == body);
}

TEST_CASE_FIXTURE(StoreFixture, "due soon: open follow-ups between two times") {
    const core::Person p = add("Amara Osei");
    core::FollowUp now_due{.person_id = p.id, .title = "today", .due = kNow};
    core::FollowUp soon{.person_id = p.id, .title = "soon", .due = kNow + 2 * kDay};
    core::FollowUp later{.person_id = p.id, .title = "later", .due = kNow + 9 * kDay};
    REQUIRE_FALSE(store->follow_ups().add(now_due));
    REQUIRE_FALSE(store->follow_ups().add(soon));
    REQUIRE_FALSE(store->follow_ups().add(later));
    const auto between = store->follow_ups().due_between(kNow + kHour, kNow + 7 * kDay, 10);
    REQUIRE(between.size() == 1);
    CHECK(between[0].follow_up.title == "soon");
}
