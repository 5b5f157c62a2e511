// What happens after a capture, as the store keeps it: debrief headings in
// the conversation's fields, replies and plans that stop nudges, moving,
// cancelling and deleting conversations, notes deleted and restored.
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
    REQUIRE_FALSE(store.save_message(m));
    REQUIRE_FALSE(store.mark_message_sent(m.id, kNow));
}

int open_nudges(store::Store& store, const core::Person& p) {
    int n = 0;
    for (const auto& d : store.due_follow_ups(kNow + 60 * kDay, 100, p.id))
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
    REQUIRE_FALSE(store->file_capture(note, p.id, c.id, false, &result));
    const auto held = store->conversation(c.id);
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
    const auto notes = store->notes_about(c.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].body == note);
    // Filing the same headings again adds nothing twice.
    REQUIRE_FALSE(store->file_capture(note, p.id, c.id, false, &result));
    CHECK(store->conversation(c.id)->takeaways == "Research ops is growing\nPortfolios win");
    CHECK(store->held_conversations().size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "a reply, a plan or a held conversation stops the nudges") {
    const core::Person replied = add("Amara Osei", "", core::Stage::Researched);
    send_outreach(*store, replied);
    CHECK(open_nudges(*store, replied) == 2);
    REQUIRE_FALSE(store->record_reply(replied.id, kNow + kDay));
    CHECK(open_nudges(*store, replied) == 0);

    const core::Person planned = add("Ines Duarte", "", core::Stage::Researched);
    send_outreach(*store, planned);
    plan(planned, kNow + 3 * kDay);
    CHECK(open_nudges(*store, planned) == 0);
    CHECK(store->person(planned.id)->stage == core::Stage::Scheduled);

    const core::Person met = add("Dana Whitfield", "", core::Stage::Researched);
    send_outreach(*store, met);
    REQUIRE_FALSE(store->file_capture("We met at the fair", met.id, std::nullopt, true, nullptr));
    CHECK(open_nudges(*store, met) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "cancelling a planned conversation puts the stage back") {
    const core::Person p = add("Amara Osei", "", core::Stage::ReachedOut);
    const core::Conversation c = plan(p, kNow + 2 * kDay);
    REQUIRE(store->person(p.id)->stage == core::Stage::Scheduled);
    REQUIRE_FALSE(store->cancel_conversation(c.id));
    CHECK(store->conversation(c.id)->status == core::ConversationStatus::Cancelled);
    CHECK(store->person(p.id)->stage == core::Stage::ReachedOut);
    CHECK(store->upcoming_conversations(kNow).empty());
    // A cancelled conversation is never what a capture debriefs.
    CHECK_FALSE(store->capture_target(kNow + 2 * kDay + kHour, std::nullopt));
}

TEST_CASE_FIXTURE(StoreFixture, "a held conversation marked not held takes its thank-you along") {
    const core::Person p = add("Amara Osei", "", core::Stage::Scheduled);
    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->hold_conversation(c.id, kNow - 30 * core::kMinute));
    REQUIRE(store->due_follow_ups(kNow + 2 * kDay).size() == 1);
    REQUIRE(store->person(p.id)->stage == core::Stage::Met);
    REQUIRE_FALSE(store->cancel_conversation(c.id));
    CHECK(store->due_follow_ups(kNow + 2 * kDay).empty());
    CHECK(store->person(p.id)->stage == core::Stage::Scheduled);
    CHECK(store->conversations_held_between(0, kNow + 1) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "moving a conversation moves what it started") {
    const core::Person p = add("Amara Osei");
    const core::Conversation planned = plan(p, kNow + kDay);
    REQUIRE_FALSE(store->move_conversation(planned.id, kNow + 3 * kDay));
    CHECK(store->conversation(planned.id)->when == kNow + 3 * kDay);

    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->hold_conversation(c.id, kNow));
    // It was really yesterday: the thank-you was due a day sooner.
    REQUIRE_FALSE(store->move_conversation(c.id, kNow - kDay));
    CHECK(*store->conversation(c.id)->held_at == kNow - kDay);
    const auto due = store->due_follow_ups(kNow + 2 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.due == kNow);
    // A conversation that took place cannot move into the future.
    const store::Error error = store->move_conversation(c.id, kNow + kDay);
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(*store->conversation(c.id)->held_at == kNow - kDay);
}

TEST_CASE_FIXTURE(StoreFixture, "a deleted conversation comes back with its follow-ups") {
    const core::Person p = add("Amara Osei");
    const core::Conversation c = plan(p, kNow - kHour);
    REQUIRE_FALSE(store->hold_conversation(c.id, kNow));
    REQUIRE_FALSE(store->delete_conversation(c.id));
    CHECK_FALSE(store->conversation(c.id));
    CHECK(store->due_follow_ups(kNow + 2 * kDay).empty());
    REQUIRE_FALSE(store->restore_conversation(c.id));
    CHECK(store->conversation(c.id));
    CHECK(store->due_follow_ups(kNow + 2 * kDay).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "notes: the inbox counts them, delete and restore") {
    REQUIRE_FALSE(
        store->file_capture("an idea for later", std::nullopt, std::nullopt, false, nullptr));
    store::CaptureResult second;
    REQUIRE_FALSE(
        store->file_capture("call the library", std::nullopt, std::nullopt, true, &second));
    CHECK_FALSE(second.conversation_id); // "we met" needs someone
    CHECK(store->count_inbox() == 2);
    REQUIRE_FALSE(store->delete_note(second.note_id));
    CHECK(store->count_inbox() == 1);
    CHECK_FALSE(store->note(second.note_id));
    CHECK(store->search("library").empty());
    REQUIRE_FALSE(store->restore_note(second.note_id));
    CHECK(store->count_inbox() == 2);
    CHECK(store->search("library").size() == 1);
    // Filed under someone: out of the inbox.
    const core::Person p = add("Amara Osei");
    core::Note note = *store->note(second.note_id);
    note.person_id = p.id;
    REQUIRE_FALSE(store->save_note(note));
    CHECK(store->count_inbox() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "the timeline keeps a note's first lines, not 200 characters") {
    const core::Person p = add("Amara Osei");
    std::string body;
    for (int i = 0; i < 40; ++i)
        body += "word" + std::to_string(i) + " ";
    REQUIRE(body.size() > 200);
    REQUIRE_FALSE(store->file_capture(body, p.id, std::nullopt, false, nullptr));
    const auto entries = store->timeline(p.id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries[0].kind == store::TimelineKind::Note);
    CHECK(entries[0].text == body);
}

TEST_CASE_FIXTURE(StoreFixture, "due soon: open follow-ups between two times") {
    const core::Person p = add("Amara Osei");
    core::FollowUp now_due{.person_id = p.id, .title = "today", .due = kNow};
    core::FollowUp soon{.person_id = p.id, .title = "soon", .due = kNow + 2 * kDay};
    core::FollowUp later{.person_id = p.id, .title = "later", .due = kNow + 9 * kDay};
    REQUIRE_FALSE(store->add_follow_up(now_due));
    REQUIRE_FALSE(store->add_follow_up(soon));
    REQUIRE_FALSE(store->add_follow_up(later));
    const auto between = store->due_follow_ups_between(kNow + kHour, kNow + 7 * kDay, 10);
    REQUIRE(between.size() == 1);
    CHECK(between[0].follow_up.title == "soon");
}
