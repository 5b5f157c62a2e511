#include "unit/store/store_fixture.hpp"

using namespace rapport;
using core::kDay;
using core::kHour;
using rapport::testing::kNow;
using rapport::testing::StoreFixture;

TEST_CASE_FIXTURE(StoreFixture, "a person round-trips with every field") {
    core::Person p;
    p.name = "Amara Osei";
    p.pronouns = "she/her";
    p.role = "Senior UX Researcher";
    p.organisation = "Brightline Labs";
    p.field = "UX research";
    p.location = "Denton, TX";
    p.emails = {"Amara@Example.org"};
    p.phones = {"+1 555 0100"};
    p.links = {"https://amara.example"};
    p.linkedin = "linkedin.com/in/Amara-Osei/";
    p.source = core::Source::LinkedInAlumni;
    p.tags = {"research", "alumni"};
    p.cadence_days = 60;
    p.research = {"BA, UNT", "usability testing", "Teacher", "Don Norman", {"https://talk"}, "n"};
    REQUIRE_FALSE(store->save_person(p));
    CHECK(p.id.size() == 36);
    CHECK(p.emails == std::vector<std::string>{"amara@example.org"});
    CHECK(p.linkedin == "https://www.linkedin.com/in/amara-osei");
    const auto back = store->person(p.id);
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(store->organisation_named("brightline  labs")->name == "Brightline Labs");
}

TEST_CASE_FIXTURE(StoreFixture, "bad input is refused with a reason and changes nothing") {
    core::Person nameless;
    CHECK(store->save_person(nameless).kind == store::ErrorKind::Invalid);
    core::Person bad_link;
    bad_link.name = "Sam";
    bad_link.linkedin = "https://example.com/sam";
    const store::Error error = store->save_person(bad_link);
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(error.message.find("not a LinkedIn profile link") != std::string::npos);
    CHECK(store->count_people() == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "delete is soft and can be undone") {
    const core::Person p = add("Daniel Kim");
    REQUIRE_FALSE(store->delete_person(p.id));
    CHECK_FALSE(store->person(p.id));
    CHECK(store->count_people() == 0);
    CHECK(store->database().scalar("SELECT count(*) FROM person") == 1);
    REQUIRE_FALSE(store->restore_person(p.id));
    CHECK(store->person(p.id));
}

TEST_CASE_FIXTURE(StoreFixture, "duplicates by email, LinkedIn and name + organisation") {
    core::Person a;
    a.name = "Ines Duarte";
    a.organisation = "Lakeside Museum";
    a.emails = {"ines@lakeside.org"};
    a.linkedin = "https://www.linkedin.com/in/ines-duarte";
    REQUIRE_FALSE(store->save_person(a));

    core::Person by_email;
    by_email.name = "I. Duarte";
    by_email.emails = {"INES@lakeside.org "};
    auto found = store->find_duplicates(by_email);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == "same email");

    core::Person by_link;
    by_link.name = "Someone";
    by_link.linkedin = "http://linkedin.com/in/Ines-Duarte/?x=1";
    REQUIRE(store->find_duplicates(by_link).size() == 1);
    CHECK(store->find_duplicates(by_link)[0].reason == "same LinkedIn profile");

    core::Person by_name;
    by_name.name = "ines duarte";
    by_name.organisation = "Lakeside  Museum";
    REQUIRE(store->find_duplicates(by_name).size() == 1);
    CHECK(store->find_duplicates(by_name)[0].reason == "same name and organisation");

    core::Person other;
    other.name = "Ines Duarte";
    other.organisation = "Northgate Health";
    CHECK(store->find_duplicates(other).empty());
    CHECK(store->find_duplicates(a).empty()); // not a duplicate of itself
}

TEST_CASE_FIXTURE(StoreFixture, "holding a conversation: met, thank-you in 24 h, referrer told") {
    const core::Person helen = add("Dr. Helen Brennan", "Harborview University");
    core::Person rosa;
    rosa.name = "Rosa Delgado";
    rosa.source = core::Source::Referral;
    rosa.referred_by = helen.id;
    REQUIRE_FALSE(store->save_person(rosa));
    core::Conversation c = plan(rosa, kNow + kDay);
    CHECK(store->person(rosa.id)->stage == core::Stage::Scheduled);

    REQUIRE_FALSE(store->hold_conversation(c.id, kNow + kDay));
    CHECK(store->person(rosa.id)->stage == core::Stage::Met);
    CHECK(store->conversation(c.id)->status == core::ConversationStatus::Held);
    CHECK(*store->person(rosa.id)->last_interaction_at == kNow + kDay);

    const auto due = store->due_follow_ups(kNow + 10 * kDay);
    REQUIRE(due.size() == 2);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::ThankYou);
    CHECK(due[0].follow_up.due == kNow + kDay + 24 * kHour);
    CHECK(due[0].person_name == "Rosa Delgado");
    CHECK(due[1].follow_up.kind == core::FollowUpKind::TellReferrer);
    CHECK(due[1].person_name == "Dr. Helen Brennan");
    CHECK(due[1].about_person_name == "Rosa Delgado");
    // Holding twice schedules nothing more.
    REQUIRE_FALSE(store->hold_conversation(c.id, kNow + 2 * kDay));
    CHECK(store->due_follow_ups(kNow + 10 * kDay).size() == 2);
    CHECK(store->referred_by(helen.id).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "sending a thank-you completes it and moves to thanked") {
    const core::Person p = add("Amara Osei");
    core::Conversation c = plan(p, kNow);
    store->hold_conversation(c.id, kNow);
    core::Message thanks;
    thanks.person_id = p.id;
    thanks.kind = core::MessageKind::ThankYou;
    thanks.body = "Thank you — the tip about portfolios helped.";
    REQUIRE_FALSE(store->save_message(thanks));
    REQUIRE_FALSE(store->mark_message_sent(thanks.id, kNow + 3 * kHour));
    CHECK(store->due_follow_ups(kNow + 10 * kDay).empty());
    CHECK(store->person(p.id)->stage == core::Stage::Thanked);
}

TEST_CASE_FIXTURE(StoreFixture, "an outreach starts the 3-and-7 business-day reply clock") {
    const core::Person p = add("Daniel Kim", "City of Fairview", core::Stage::Researched);
    core::Message outreach;
    outreach.person_id = p.id;
    outreach.kind = core::MessageKind::Outreach;
    REQUIRE_FALSE(store->save_message(outreach));
    REQUIRE_FALSE(store->mark_message_sent(outreach.id, kNow)); // a Wednesday
    CHECK(store->person(p.id)->stage == core::Stage::ReachedOut);
    auto due = store->due_follow_ups(kNow + 30 * kDay);
    REQUIRE(due.size() == 2);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::Nudge);
    CHECK(due[0].follow_up.due == kNow + 5 * kDay); // Monday
    CHECK(due[1].follow_up.kind == core::FollowUpKind::LastNudge);
    CHECK(due[1].follow_up.due == kNow + 9 * kDay); // Friday after
    CHECK(store->due_follow_ups(kNow + 4 * kDay).empty());

    // A reply stops the clock.
    REQUIRE_FALSE(store->record_reply(p.id, kNow + 2 * kDay));
    CHECK(store->due_follow_ups(kNow + 30 * kDay).empty());
}

TEST_CASE_FIXTURE(StoreFixture, "a sent nudge completes the first nudge only") {
    const core::Person p = add("Daniel Kim");
    core::Message outreach{.person_id = p.id, .kind = core::MessageKind::Outreach};
    store->save_message(outreach);
    store->mark_message_sent(outreach.id, kNow);
    core::Message nudge{.person_id = p.id, .kind = core::MessageKind::Nudge};
    store->save_message(nudge);
    store->mark_message_sent(nudge.id, kNow + 5 * kDay);
    auto due = store->due_follow_ups(kNow + 30 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::LastNudge);
}

TEST_CASE_FIXTURE(StoreFixture, "losing touch and how a logged interaction resets it") {
    core::Person p;
    p.name = "Tobias Wright";
    p.stage = core::Stage::KeepingInTouch;
    p.cadence_days = 60;
    p.last_interaction_at = kNow - 94 * kDay;
    REQUIRE_FALSE(store->save_person(p));
    auto losing = store->losing_touch(kNow);
    REQUIRE(losing.size() == 1);
    CHECK(losing[0].person_name == "Tobias Wright");
    CHECK(losing[0].due == kNow - 34 * kDay);
    REQUIRE_FALSE(store->log_interaction(p.id, kNow));
    CHECK(store->losing_touch(kNow).empty());
    CHECK(store->losing_touch(kNow + 61 * kDay).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "people list: filters, sorts and the next action") {
    const core::Person a = add("Amara Osei", "Brightline Labs", core::Stage::Met);
    const core::Person b = add("Ben Becker", "", core::Stage::ReachedOut);
    const core::Person c = add("Chloé Nguyễn-Berg", "Northgate Health");
    core::FollowUp soon{.person_id = b.id, .kind = core::FollowUpKind::Nudge, .due = kNow + kDay};
    core::FollowUp later{
        .person_id = a.id, .kind = core::FollowUpKind::ThankYou, .due = kNow + 2 * kDay};
    REQUIRE_FALSE(store->add_follow_up(soon));
    REQUIRE_FALSE(store->add_follow_up(later));

    auto by_next = store->people({});
    REQUIRE(by_next.size() == 3);
    CHECK(by_next[0].name == "Ben Becker");
    CHECK(by_next[0].next_kind == core::FollowUpKind::Nudge);
    CHECK(*by_next[0].next_due == kNow + kDay);
    CHECK(by_next[1].name == "Amara Osei");
    CHECK_FALSE(by_next[2].next_due);

    store::PeopleQuery by_name;
    by_name.sort = store::PeopleSort::Name;
    CHECK(store->people(by_name)[2].name == "Chloé Nguyễn-Berg");

    store::PeopleQuery met;
    met.stages = {core::Stage::Met};
    REQUIRE(store->people(met).size() == 1);
    CHECK(store->people(met)[0].organisation == "Brightline Labs");

    store::PeopleQuery paged;
    paged.sort = store::PeopleSort::Name;
    paged.limit = 1;
    paged.offset = 1;
    CHECK(store->people(paged)[0].name == "Ben Becker");
    (void)c;
}

TEST_CASE_FIXTURE(StoreFixture, "pipeline counts cover every stage") {
    add("A", "", core::Stage::Met);
    add("B", "", core::Stage::Met);
    add("C", "", core::Stage::Paused);
    const auto counts = store->pipeline_counts();
    CHECK(counts.size() == core::stage_names().size());
    for (const auto& c : counts) {
        if (c.stage == core::Stage::Met) CHECK(c.count == 2);
        if (c.stage == core::Stage::Paused) CHECK(c.count == 1);
        if (c.stage == core::Stage::Identified) CHECK(c.count == 0);
    }
}

TEST_CASE_FIXTURE(StoreFixture, "the timeline shows everything about a person, newest first") {
    const core::Person p = add("Ines Duarte");
    clock.advance(kHour);
    core::Conversation c = plan(p, kNow + 2 * kHour);
    clock.advance(kHour);
    core::Note n{.person_id = p.id, .body = "Loves the archive work"};
    REQUIRE_FALSE(store->save_note(n));
    store->hold_conversation(c.id, kNow + 3 * kHour);
    const auto timeline = store->timeline(p.id);
    REQUIRE(timeline.size() >= 5);
    for (size_t i = 1; i < timeline.size(); ++i)
        CHECK(timeline[i - 1].at >= timeline[i].at);
    bool has_note = false, has_stage = false, has_follow_up = false;
    for (const auto& e : timeline) {
        has_note = has_note || (e.kind == store::TimelineKind::Note && e.text == n.body);
        has_stage = has_stage || (e.kind == store::TimelineKind::StageChange && e.code == "met");
        has_follow_up = has_follow_up || e.kind == store::TimelineKind::FollowUp;
    }
    CHECK(has_note);
    CHECK(has_stage);
    CHECK(has_follow_up);
}

TEST_CASE_FIXTURE(StoreFixture, "answers to one question across conversations") {
    const auto bank = store->questions();
    const core::Question typical_day = bank[1];
    for (const auto& [name, answer] : {std::pair{"Amara Osei", "Interviews and synthesis"},
                                       std::pair{"Ines Duarte", "Collections and visitors"}}) {
        const core::Person p = add(name);
        core::Conversation c;
        c.person_id = p.id;
        c.when = kNow;
        c.questions = {{bank[0].id, bank[0].text, ""}, {typical_day.id, typical_day.text, answer}};
        REQUIRE_FALSE(store->save_conversation(c));
        store->hold_conversation(c.id, kNow);
        clock.advance(kHour);
    }
    const auto answers = store->answers_to(typical_day.id);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].question == "What do you do in a typical day?");
    CHECK(answers[0].position == 1);
    CHECK((answers[0].answer == "Collections and visitors" ||
           answers[1].answer == "Collections and visitors"));
    CHECK(store->answers_to(bank[0].id).empty()); // unanswered questions are not shown
}

TEST_CASE_FIXTURE(StoreFixture, "a conversation plan keeps its order and answers") {
    const core::Person p = add("Kenji Tanaka");
    core::Conversation c;
    c.person_id = p.id;
    c.when = kNow;
    c.questions = {{std::nullopt, "Q1", ""}, {std::nullopt, "Q2", ""}, {std::nullopt, "Q3", ""}};
    REQUIRE_FALSE(store->save_conversation(c));
    c.questions = {{std::nullopt, "Q3", "three"}, {std::nullopt, "Q1", "one"}};
    REQUIRE_FALSE(store->save_conversation(c));
    const auto back = store->conversation(c.id);
    REQUIRE(back->questions.size() == 2);
    CHECK(back->questions[0].text == "Q3");
    CHECK(back->questions[1].answer == "one");
    CHECK(back->duration_minutes == 15);
}

TEST_CASE_FIXTURE(StoreFixture, "upcoming conversations, soonest first, with their plans") {
    const core::Person a = add("Ines Duarte");
    const core::Person b = add("Sam Ortiz");
    plan(b, kNow + 2 * kDay);
    core::Conversation soon = plan(a, kNow + kHour);
    const auto upcoming = store->upcoming_conversations(kNow);
    REQUIRE(upcoming.size() == 2);
    CHECK(upcoming[0].person_name == "Ines Duarte");
    store->cancel_conversation(soon.id);
    CHECK(store->upcoming_conversations(kNow).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "the question bank is seeded once with the six starters first") {
    const auto bank = store->questions();
    REQUIRE(bank.size() == core::builtin_questions().size());
    CHECK(bank[0].text == "Can you tell me about your career path and how you got here?");
    CHECK(bank[0].builtin);
    core::Question own{.text = "What would you do differently?",
                       .category = core::QuestionCategory::CareerPath};
    REQUIRE_FALSE(store->save_question(own));
    core::Question archived = bank[3];
    archived.archived = true;
    REQUIRE_FALSE(store->save_question(archived));
    CHECK(store->questions().size() == bank.size());
    CHECK(store->questions(true).size() == bank.size() + 1);
}

TEST_CASE_FIXTURE(StoreFixture, "profile, speeches, careers and evidence round-trip") {
    core::Profile profile{"Jordan",          "Information Science", "UX research", "curiosity",
                          "public speaking", "SQL, Figma",          "research ops"};
    REQUIRE_FALSE(store->save_profile(profile));
    CHECK(store->profile() == profile);
    core::ElevatorSpeech speech{.audience = core::Audience::CareerFair, .text = "Hi, I'm Jordan"};
    REQUIRE_FALSE(store->save_speech(speech));
    CHECK(store->speeches().at(0).text == "Hi, I'm Jordan");
    core::CareerOption career{.title = "UX Researcher", .interest = 6};
    CHECK(store->save_career(career).kind == store::ErrorKind::Invalid);
    career.interest = 4;
    REQUIRE_FALSE(store->save_career(career));
    core::Evidence pro{.career_id = career.id, .kind = core::EvidenceKind::Pro, .text = "Variety"};
    REQUIRE_FALSE(store->add_evidence(pro));
    core::Evidence orphan{.career_id = "nope", .text = "x"};
    CHECK(store->add_evidence(orphan));
    CHECK(store->evidence_for(career.id).size() == 1);
    CHECK(store->careers().at(0).title == "UX Researcher");
}

TEST_CASE_FIXTURE(StoreFixture, "a capture about someone with nothing to debrief is a plain note") {
    const core::Person p = add("Amara Osei", "", core::Stage::Researched);
    REQUIRE_FALSE(store->save_capture_draft({"Saw her talk on research ops", 5, 0, p.id, {}}));
    store::CaptureResult result;
    REQUIRE_FALSE(store->finish_capture(&result));
    CHECK(store->inbox_notes().empty());
    bool found = false;
    for (const auto& e : store->timeline(p.id))
        found = found ||
                (e.kind == store::TimelineKind::Note && e.text == "Saw her talk on research ops");
    CHECK(found);
    // No conversation, no thank-you, no stage change, nothing counted as met.
    CHECK_FALSE(result.conversation_id);
    CHECK_FALSE(result.thank_you_due);
    CHECK(store->person(p.id)->stage == core::Stage::Researched);
    CHECK(store->due_follow_ups(kNow + 30 * kDay).empty());
    CHECK(store->conversations_held_between(0, kNow + 1) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "\"We met\" records the conversation as held now, once") {
    const core::Person p = add("Amara Osei");
    REQUIRE_FALSE(store->save_capture_draft({"Three takeaways", 5, 0, p.id, {}, true}));
    store::CaptureResult result;
    REQUIRE_FALSE(store->finish_capture(&result));
    REQUIRE(result.conversation_id);
    CHECK(result.debrief);
    CHECK(store->conversation(*result.conversation_id)->status == core::ConversationStatus::Held);
    CHECK(store->person(p.id)->stage == core::Stage::Met);
    CHECK(*result.thank_you_due == kNow + 24 * kHour);
    const auto due = store->due_follow_ups(kNow + 2 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::ThankYou);
    // A second note an hour later, "we met" again: the same conversation.
    clock.advance(kHour);
    const auto target = store->capture_target(clock.now(), std::nullopt);
    REQUIRE(target);
    CHECK(*target->conversation_id == *result.conversation_id);
    store::CaptureResult second;
    REQUIRE_FALSE(
        store->file_capture("Advice\n· ship small", p.id, target->conversation_id, true, &second));
    CHECK(*second.conversation_id == *result.conversation_id);
    CHECK_FALSE(second.thank_you_due);
    CHECK(store->due_follow_ups(kNow + 3 * kDay).size() == 1);
    CHECK(store->conversations_held_between(0, clock.now() + 1) == 1);
    CHECK(store->conversation(*result.conversation_id)->advice == "ship small");
}

TEST_CASE_FIXTURE(StoreFixture, "capturing about a planned conversation holds that one") {
    const core::Person p = add("Ines Duarte");
    core::Conversation c = plan(p, kNow - 40 * core::kMinute); // 15 min, ended 25 min ago
    const auto target = store->capture_target(kNow, std::nullopt);
    REQUIRE(target);
    CHECK(target->person_name == "Ines Duarte");
    CHECK(*target->conversation_id == c.id);
    CHECK(target->reason == "conversation ended 25 min ago");
    REQUIRE_FALSE(store->save_capture_draft({"Loves the archive", 3, 0, p.id, c.id}));
    store::CaptureResult result;
    REQUIRE_FALSE(store->finish_capture(&result));
    CHECK(*result.conversation_id == c.id);
    CHECK(store->conversation(c.id)->status == core::ConversationStatus::Held);
}

TEST_CASE_FIXTURE(StoreFixture,
                  "capture target: the person on screen, else the latest conversation "
                  "within hours, else nobody") {
    const core::Person a = add("Amara Osei");
    const core::Person b = add("Ines Duarte");
    CHECK_FALSE(store->capture_target(kNow, std::nullopt));
    CHECK(store->capture_target(kNow, a.id)->reason == "on their page");
    plan(b, kNow + 4 * kHour); // later today: not yet a conversation to debrief
    CHECK_FALSE(store->capture_target(kNow, std::nullopt));
    // Half an hour before it begins: notes written to prepare are not its debrief.
    const core::Conversation soon = plan(b, kNow + 30 * core::kMinute);
    CHECK_FALSE(store->capture_target(kNow, std::nullopt));
    // Five minutes in, it is.
    const auto during = store->capture_target(kNow + 35 * core::kMinute, std::nullopt);
    REQUIRE(during);
    CHECK(*during->conversation_id == soon.id);
    CHECK(during->reason == "conversation in progress");
    REQUIRE_FALSE(store->cancel_conversation(soon.id));
    plan(a, kNow - 5 * kHour); // ended long ago: not it
    CHECK_FALSE(store->capture_target(kNow, std::nullopt));
    CHECK_FALSE(store->capture_target(kNow, a.id)->conversation_id);
}

TEST_CASE_FIXTURE(StoreFixture,
                  "a conversation held a day early beats one that ended minutes before") {
    const core::Person early = add("Amara Osei");
    const core::Person other = add("Ines Duarte");
    const core::Conversation tomorrow = plan(early, kNow + kDay);
    plan(other, kNow - 25 * core::kMinute); // ended 10 minutes ago
    REQUIRE_FALSE(store->hold_conversation(tomorrow.id, kNow - 2 * core::kMinute));
    const auto anyone = store->capture_target(kNow, std::nullopt);
    REQUIRE(anyone);
    CHECK(anyone->person_name == "Amara Osei");
    CHECK(*anyone->conversation_id == tomorrow.id);
    // On the other person's page, capture is about them.
    const auto theirs = store->capture_target(kNow, other.id);
    REQUIRE(theirs);
    CHECK(theirs->person_name == "Ines Duarte");
}

TEST_CASE_FIXTURE(StoreFixture, "an empty capture changes nothing") {
    const core::Person p = add("Amara Osei");
    const core::Conversation c = plan(p, kNow - 30 * core::kMinute);
    store::CaptureResult result;
    REQUIRE_FALSE(store->file_capture(" \n ", p.id, c.id, true, &result));
    CHECK(result.note_id.empty());
    CHECK(store->conversation(c.id)->status == core::ConversationStatus::Planned);
    CHECK(store->due_follow_ups(kNow + 3 * kDay).empty());
}

TEST_CASE_FIXTURE(StoreFixture, "merging keeps every note, conversation and follow-up") {
    core::Person keep;
    keep.name = "Amara Osei";
    keep.emails = {"amara@brightline.example"};
    REQUIRE_FALSE(store->save_person(keep));
    core::Person other;
    other.name = "Amara Osei";
    other.role = "Senior UX Researcher";
    other.organisation = "Brightline Labs";
    other.emails = {"amara@personal.example"};
    other.stage = core::Stage::ReachedOut;
    REQUIRE_FALSE(store->save_person(other));
    core::Person referred;
    referred.name = "Sam Ortiz";
    referred.referred_by = other.id;
    REQUIRE_FALSE(store->save_person(referred));
    core::Note note{.person_id = other.id, .body = "met at the career fair"};
    REQUIRE_FALSE(store->save_note(note));
    core::Conversation c = plan(other, kNow);
    store->hold_conversation(c.id, kNow);

    REQUIRE_FALSE(store->merge_people(keep.id, other.id));
    CHECK_FALSE(store->person(other.id));
    const auto merged = store->person(keep.id);
    REQUIRE(merged);
    CHECK(merged->role == "Senior UX Researcher");
    CHECK(merged->emails.size() == 2);
    CHECK(merged->stage == core::Stage::Met);
    CHECK(store->conversation(c.id)->person_id == keep.id);
    CHECK(store->due_follow_ups(kNow + 10 * kDay).at(0).follow_up.person_id == keep.id);
    CHECK(*store->person(referred.id)->referred_by == keep.id);
    CHECK(store->search("career fair").at(0).person_id == keep.id);
    CHECK(store->count_people() == 2);
    CHECK(store->merge_people(keep.id, keep.id).kind == store::ErrorKind::Invalid);
}

TEST_CASE_FIXTURE(StoreFixture, "People by next action: each person's soonest open follow-up") {
    const core::Person amara = add("Amara Osei"), ines = add("Ines Duarte");
    add("Kim Lee");
    auto follow_up = [&](const core::Person& p, core::FollowUpKind kind, core::Millis due) {
        core::FollowUp f;
        f.person_id = p.id;
        f.kind = kind;
        f.due = due;
        REQUIRE_FALSE(store->add_follow_up(f));
        return f;
    };
    follow_up(amara, core::FollowUpKind::ThankYou, kNow + 5 * kDay);
    follow_up(amara, core::FollowUpKind::Nudge, kNow + 2 * kDay); // Amara's soonest
    const core::FollowUp done = follow_up(amara, core::FollowUpKind::Custom, kNow - kDay);
    REQUIRE_FALSE(store->complete_follow_up(done.id, kNow)); // done: not next any more
    follow_up(ines, core::FollowUpKind::KeepInTouch, kNow + 3 * kDay);

    const auto people = store->people({});
    REQUIRE(people.size() == 3);
    CHECK(people[0].name == "Amara Osei");
    CHECK(people[0].next_kind == core::FollowUpKind::Nudge);
    CHECK(people[0].next_due == kNow + 2 * kDay);
    CHECK(people[1].name == "Ines Duarte");
    CHECK(people[1].next_kind == core::FollowUpKind::KeepInTouch);
    CHECK(people[2].name == "Kim Lee"); // nothing due: last
    CHECK_FALSE(people[2].next_kind);
}

TEST_CASE_FIXTURE(StoreFixture, "Today counts every follow-up due, not only the 100 it lists") {
    const core::Person amara = add("Amara Osei");
    for (int i = 0; i < 130; ++i) {
        core::FollowUp f;
        f.person_id = amara.id;
        f.kind = core::FollowUpKind::Custom;
        f.title = "Follow-up " + std::to_string(i);
        f.due = kNow - (i + 1) * kHour; // all overdue
        REQUIRE_FALSE(store->add_follow_up(f));
    }
    core::FollowUp later;
    later.person_id = amara.id;
    later.due = kNow + 3 * kDay;
    REQUIRE_FALSE(store->add_follow_up(later));
    CHECK(store->due_follow_ups(kNow).size() == 100);
    CHECK(store->count_due_follow_ups(kNow) == 130);
    CHECK(store->count_due_follow_ups(kNow + 7 * kDay) == 131);
    REQUIRE_FALSE(store->complete_follow_up(later.id, kNow));
    CHECK(store->count_due_follow_ups(kNow + 7 * kDay) == 130); // done ones do not count
}
