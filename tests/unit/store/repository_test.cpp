#include "services/capture.hpp"
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
    REQUIRE_FALSE(store->people().save(p));
    CHECK(p.id.size() == 36);
    CHECK(p.emails == std::vector<std::string>{"amara@example.org"});
    CHECK(p.linkedin == "https://www.linkedin.com/in/amara-osei");
    const auto back = store->people().find(p.id);
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(store->people().organisation_named("brightline  labs")->name == "Brightline Labs");
}

TEST_CASE_FIXTURE(StoreFixture, "bad input is refused with a reason and changes nothing") {
    core::Person nameless;
    CHECK(store->people().save(nameless).kind == store::ErrorKind::Invalid);
    core::Person bad_link;
    bad_link.name = "Sam";
    bad_link.linkedin = "https://example.com/sam";
    const store::Error error = store->people().save(bad_link);
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(error.message.find("not a LinkedIn profile link") != std::string::npos);
    CHECK(store->people().count() == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "delete is soft and can be undone") {
    const core::Person p = add("Daniel Kim");
    REQUIRE_FALSE(store->people().remove(p.id));
    CHECK_FALSE(store->people().find(p.id));
    CHECK(store->people().count() == 0);
    CHECK(store->database().scalar("SELECT count(*) FROM person") == 1);
    REQUIRE_FALSE(store->people().restore(p.id));
    CHECK(store->people().find(p.id));
}

TEST_CASE_FIXTURE(StoreFixture, "duplicates by email, LinkedIn and name + organisation") {
    core::Person a;
    a.name = "Ines Duarte";
    a.organisation = "Lakeside Museum";
    a.emails = {"ines@lakeside.org"};
    a.linkedin = "https://www.linkedin.com/in/ines-duarte";
    REQUIRE_FALSE(store->people().save(a));

    core::Person by_email;
    by_email.name = "I. Duarte";
    by_email.emails = {"INES@lakeside.org "};
    auto found = store->people().duplicates_of(by_email);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == "same email");

    core::Person by_link;
    by_link.name = "Someone";
    by_link.linkedin = "http://linkedin.com/in/Ines-Duarte/?x=1";
    REQUIRE(store->people().duplicates_of(by_link).size() == 1);
    CHECK(store->people().duplicates_of(by_link)[0].reason == "same LinkedIn profile");

    core::Person by_name;
    by_name.name = "ines duarte";
    by_name.organisation = "Lakeside  Museum";
    REQUIRE(store->people().duplicates_of(by_name).size() == 1);
    CHECK(store->people().duplicates_of(by_name)[0].reason == "same name and organisation");

    core::Person other;
    other.name = "Ines Duarte";
    other.organisation = "Northgate Health";
    CHECK(store->people().duplicates_of(other).empty());
    CHECK(store->people().duplicates_of(a).empty()); // not a duplicate of itself
}

TEST_CASE_FIXTURE(StoreFixture, "holding a conversation: met, thank-you in 24 h, referrer told") {
    const core::Person helen = add("Dr. Helen Brennan", "Harborview University");
    core::Person rosa;
    rosa.name = "Rosa Delgado";
    rosa.source = core::Source::Referral;
    rosa.referred_by = helen.id;
    REQUIRE_FALSE(store->people().save(rosa));
    core::Conversation c = plan(rosa, kNow + kDay);
    CHECK(store->people().find(rosa.id)->stage == core::Stage::Scheduled);

    REQUIRE_FALSE(store->conversations().hold(c.id, kNow + kDay));
    CHECK(store->people().find(rosa.id)->stage == core::Stage::Met);
    CHECK(store->conversations().find(c.id)->status == core::ConversationStatus::Held);
    CHECK(*store->people().find(rosa.id)->last_interaction_at == kNow + kDay);

    const auto due = store->follow_ups().due(kNow + 10 * kDay);
    REQUIRE(due.size() == 2);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::ThankYou);
    CHECK(due[0].follow_up.due == kNow + kDay + 24 * kHour);
    CHECK(due[0].person_name == "Rosa Delgado");
    CHECK(due[1].follow_up.kind == core::FollowUpKind::TellReferrer);
    CHECK(due[1].person_name == "Dr. Helen Brennan");
    CHECK(due[1].about_person_name == "Rosa Delgado");
    // Holding twice schedules nothing more.
    REQUIRE_FALSE(store->conversations().hold(c.id, kNow + 2 * kDay));
    CHECK(store->follow_ups().due(kNow + 10 * kDay).size() == 2);
    CHECK(store->people().referred_by(helen.id).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "sending a thank-you completes it and moves to thanked") {
    const core::Person p = add("Amara Osei");
    core::Conversation c = plan(p, kNow);
    store->conversations().hold(c.id, kNow);
    core::Message thanks;
    thanks.person_id = p.id;
    thanks.kind = core::MessageKind::ThankYou;
    thanks.body = "Thank you — the tip about portfolios helped.";
    REQUIRE_FALSE(store->messages().save(thanks));
    REQUIRE_FALSE(store->messages().mark_sent(thanks.id, kNow + 3 * kHour));
    CHECK(store->follow_ups().due(kNow + 10 * kDay).empty());
    CHECK(store->people().find(p.id)->stage == core::Stage::Thanked);
}

TEST_CASE_FIXTURE(StoreFixture, "an outreach starts the 3-and-7 business-day reply clock") {
    const core::Person p = add("Daniel Kim", "City of Fairview", core::Stage::Researched);
    core::Message outreach;
    outreach.person_id = p.id;
    outreach.kind = core::MessageKind::Outreach;
    REQUIRE_FALSE(store->messages().save(outreach));
    REQUIRE_FALSE(store->messages().mark_sent(outreach.id, kNow)); // a Wednesday
    CHECK(store->people().find(p.id)->stage == core::Stage::ReachedOut);
    auto due = store->follow_ups().due(kNow + 30 * kDay);
    REQUIRE(due.size() == 2);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::Nudge);
    CHECK(due[0].follow_up.due == kNow + 5 * kDay); // Monday
    CHECK(due[1].follow_up.kind == core::FollowUpKind::LastNudge);
    CHECK(due[1].follow_up.due == kNow + 9 * kDay); // Friday after
    CHECK(store->follow_ups().due(kNow + 4 * kDay).empty());

    // A reply stops the clock.
    REQUIRE_FALSE(store->messages().record_reply(p.id, kNow + 2 * kDay));
    CHECK(store->follow_ups().due(kNow + 30 * kDay).empty());
}

TEST_CASE_FIXTURE(StoreFixture, "a sent nudge completes the first nudge only") {
    const core::Person p = add("Daniel Kim");
    core::Message outreach{.person_id = p.id, .kind = core::MessageKind::Outreach};
    store->messages().save(outreach);
    store->messages().mark_sent(outreach.id, kNow);
    core::Message nudge{.person_id = p.id, .kind = core::MessageKind::Nudge};
    store->messages().save(nudge);
    store->messages().mark_sent(nudge.id, kNow + 5 * kDay);
    auto due = store->follow_ups().due(kNow + 30 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::LastNudge);
}

TEST_CASE_FIXTURE(StoreFixture, "losing touch and how a logged interaction resets it") {
    core::Person p;
    p.name = "Tobias Wright";
    p.stage = core::Stage::KeepingInTouch;
    p.cadence_days = 60;
    p.last_interaction_at = kNow - 94 * kDay;
    REQUIRE_FALSE(store->people().save(p));
    auto losing = store->dashboard().losing_touch(kNow);
    REQUIRE(losing.size() == 1);
    CHECK(losing[0].person_name == "Tobias Wright");
    CHECK(losing[0].due == kNow - 34 * kDay);
    REQUIRE_FALSE(store->follow_ups().log_interaction(p.id, kNow));
    CHECK(store->dashboard().losing_touch(kNow).empty());
    CHECK(store->dashboard().losing_touch(kNow + 61 * kDay).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "people list: filters, sorts and the next action") {
    const core::Person a = add("Amara Osei", "Brightline Labs", core::Stage::Met);
    const core::Person b = add("Ben Becker", "", core::Stage::ReachedOut);
    const core::Person c = add("Chloé Nguyễn-Berg", "Northgate Health");
    core::FollowUp soon{.person_id = b.id, .kind = core::FollowUpKind::Nudge, .due = kNow + kDay};
    core::FollowUp later{
        .person_id = a.id, .kind = core::FollowUpKind::ThankYou, .due = kNow + 2 * kDay};
    REQUIRE_FALSE(store->follow_ups().add(soon));
    REQUIRE_FALSE(store->follow_ups().add(later));

    auto by_next = store->people().list({});
    REQUIRE(by_next.size() == 3);
    CHECK(by_next[0].name == "Ben Becker");
    CHECK(by_next[0].next_kind == core::FollowUpKind::Nudge);
    CHECK(*by_next[0].next_due == kNow + kDay);
    CHECK(by_next[1].name == "Amara Osei");
    CHECK_FALSE(by_next[2].next_due);

    store::PeopleQuery by_name;
    by_name.sort = store::PeopleSort::Name;
    CHECK(store->people().list(by_name)[2].name == "Chloé Nguyễn-Berg");

    store::PeopleQuery met;
    met.stages = {core::Stage::Met};
    REQUIRE(store->people().list(met).size() == 1);
    CHECK(store->people().list(met)[0].organisation == "Brightline Labs");

    store::PeopleQuery paged;
    paged.sort = store::PeopleSort::Name;
    paged.limit = 1;
    paged.offset = 1;
    CHECK(store->people().list(paged)[0].name == "Ben Becker");
    (void)c;
}

TEST_CASE_FIXTURE(StoreFixture, "pipeline counts cover every stage") {
    add("A", "", core::Stage::Met);
    add("B", "", core::Stage::Met);
    add("C", "", core::Stage::Paused);
    const auto counts = store->dashboard().pipeline_counts();
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
    REQUIRE_FALSE(store->notes().save(n));
    store->conversations().hold(c.id, kNow + 3 * kHour);
    const auto timeline = store->dashboard().timeline(p.id);
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
    const auto bank = store->prepare().questions();
    const core::Question typical_day = bank[1];
    for (const auto& [name, answer] : {std::pair{"Amara Osei", "Interviews and synthesis"},
                                       std::pair{"Ines Duarte", "Collections and visitors"}}) {
        const core::Person p = add(name);
        core::Conversation c;
        c.person_id = p.id;
        c.when = kNow;
        c.questions = {{bank[0].id, bank[0].text, ""}, {typical_day.id, typical_day.text, answer}};
        REQUIRE_FALSE(store->conversations().save(c));
        store->conversations().hold(c.id, kNow);
        clock.advance(kHour);
    }
    const auto answers = store->conversations().answers_to(typical_day.id);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].question == "What do you do in a typical day?");
    CHECK(answers[0].position == 1);
    CHECK((answers[0].answer == "Collections and visitors" ||
           answers[1].answer == "Collections and visitors"));
    CHECK(store->conversations()
              .answers_to(bank[0].id)
              .empty()); // unanswered questions are not shown
}

TEST_CASE_FIXTURE(StoreFixture, "a conversation plan keeps its order and answers") {
    const core::Person p = add("Kenji Tanaka");
    core::Conversation c;
    c.person_id = p.id;
    c.when = kNow;
    c.questions = {{std::nullopt, "Q1", ""}, {std::nullopt, "Q2", ""}, {std::nullopt, "Q3", ""}};
    REQUIRE_FALSE(store->conversations().save(c));
    c.questions = {{std::nullopt, "Q3", "three"}, {std::nullopt, "Q1", "one"}};
    REQUIRE_FALSE(store->conversations().save(c));
    const auto back = store->conversations().find(c.id);
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
    const auto upcoming = store->conversations().upcoming(kNow);
    REQUIRE(upcoming.size() == 2);
    CHECK(upcoming[0].person_name == "Ines Duarte");
    store->conversations().cancel(soon.id);
    CHECK(store->conversations().upcoming(kNow).size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "the question bank is seeded once with the six starters first") {
    const auto bank = store->prepare().questions();
    REQUIRE(bank.size() == core::builtin_questions().size());
    CHECK(bank[0].text == "Can you tell me about your career path and how you got here?");
    CHECK(bank[0].builtin);
    core::Question own{.text = "What would you do differently?",
                       .category = core::QuestionCategory::CareerPath};
    REQUIRE_FALSE(store->prepare().save_question(own));
    core::Question archived = bank[3];
    archived.archived = true;
    REQUIRE_FALSE(store->prepare().save_question(archived));
    CHECK(store->prepare().questions().size() == bank.size());
    CHECK(store->prepare().questions(true).size() == bank.size() + 1);
}

TEST_CASE_FIXTURE(StoreFixture, "profile, speeches, careers and evidence round-trip") {
    core::Profile profile{"Jordan",          "Information Science", "UX research", "curiosity",
                          "public speaking", "SQL, Figma",          "research ops"};
    REQUIRE_FALSE(store->prepare().save_profile(profile));
    CHECK(store->prepare().profile() == profile);
    core::ElevatorSpeech speech{.audience = core::Audience::CareerFair, .text = "Hi, I'm Jordan"};
    REQUIRE_FALSE(store->prepare().save_speech(speech));
    CHECK(store->prepare().speeches().at(0).text == "Hi, I'm Jordan");
    core::CareerOption career{.title = "UX Researcher", .interest = 6};
    CHECK(store->careers().save(career).kind == store::ErrorKind::Invalid);
    career.interest = 4;
    REQUIRE_FALSE(store->careers().save(career));
    core::Evidence pro{.career_id = career.id, .kind = core::EvidenceKind::Pro, .text = "Variety"};
    REQUIRE_FALSE(store->careers().add_evidence(pro));
    core::Evidence orphan{.career_id = "nope", .text = "x"};
    CHECK(store->careers().add_evidence(orphan));
    CHECK(store->careers().evidence_for(career.id).size() == 1);
    CHECK(store->careers().list().at(0).title == "UX Researcher");
}

TEST_CASE_FIXTURE(StoreFixture, "a capture about someone with nothing to debrief is a plain note") {
    const core::Person p = add("Amara Osei", "", core::Stage::Researched);
    REQUIRE_FALSE(store->captures().save_draft({"Saw her talk on research ops", 5, 0, p.id, {}}));
    store::CaptureResult result;
    REQUIRE_FALSE(services::finish_capture(*store, &result));
    CHECK(store->notes().inbox().empty());
    bool found = false;
    for (const auto& e : store->dashboard().timeline(p.id))
        found = found ||
                (e.kind == store::TimelineKind::Note && e.text == "Saw her talk on research ops");
    CHECK(found);
    // No conversation, no thank-you, no stage change, nothing counted as met.
    CHECK_FALSE(result.conversation_id);
    CHECK_FALSE(result.thank_you_due);
    CHECK(store->people().find(p.id)->stage == core::Stage::Researched);
    CHECK(store->follow_ups().due(kNow + 30 * kDay).empty());
    CHECK(store->conversations().count_held_between(0, kNow + 1) == 0);
}

TEST_CASE_FIXTURE(StoreFixture, "\"We met\" records the conversation as held now, once") {
    const core::Person p = add("Amara Osei");
    REQUIRE_FALSE(store->captures().save_draft({"Three takeaways", 5, 0, p.id, {}, true}));
    store::CaptureResult result;
    REQUIRE_FALSE(services::finish_capture(*store, &result));
    REQUIRE(result.conversation_id);
    CHECK(result.debrief);
    CHECK(store->conversations().find(*result.conversation_id)->status ==
          core::ConversationStatus::Held);
    CHECK(store->people().find(p.id)->stage == core::Stage::Met);
    CHECK(*result.thank_you_due == kNow + 24 * kHour);
    const auto due = store->follow_ups().due(kNow + 2 * kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.kind == core::FollowUpKind::ThankYou);
    // A second note an hour later, "we met" again: the same conversation.
    clock.advance(kHour);
    const auto target = store->captures().target(clock.now(), std::nullopt);
    REQUIRE(target);
    CHECK(*target->conversation_id == *result.conversation_id);
    store::CaptureResult second;
    REQUIRE_FALSE(services::file_capture(*store, "Advice\n· ship small", p.id,
                                         target->conversation_id, true, &second));
    CHECK(*second.conversation_id == *result.conversation_id);
    CHECK_FALSE(second.thank_you_due);
    CHECK(store->follow_ups().due(kNow + 3 * kDay).size() == 1);
    CHECK(store->conversations().count_held_between(0, clock.now() + 1) == 1);
    CHECK(store->conversations().find(*result.conversation_id)->advice == "ship small");
}

TEST_CASE_FIXTURE(StoreFixture, "capturing about a planned conversation holds that one") {
    const core::Person p = add("Ines Duarte");
    core::Conversation c = plan(p, kNow - 40 * core::kMinute); // 15 min, ended 25 min ago
    const auto target = store->captures().target(kNow, std::nullopt);
    REQUIRE(target);
    CHECK(target->person_name == "Ines Duarte");
    CHECK(*target->conversation_id == c.id);
    CHECK(target->why == store::CaptureTarget::Why::Ended);
    CHECK(target->ended_at == kNow - 25 * core::kMinute);
    REQUIRE_FALSE(store->captures().save_draft({"Loves the archive", 3, 0, p.id, c.id}));
    store::CaptureResult result;
    REQUIRE_FALSE(services::finish_capture(*store, &result));
    CHECK(*result.conversation_id == c.id);
    CHECK(store->conversations().find(c.id)->status == core::ConversationStatus::Held);
}

TEST_CASE_FIXTURE(StoreFixture,
                  "capture target: the person on screen, else the latest conversation "
                  "within hours, else nobody") {
    const core::Person a = add("Amara Osei");
    const core::Person b = add("Ines Duarte");
    CHECK_FALSE(store->captures().target(kNow, std::nullopt));
    CHECK(store->captures().target(kNow, a.id)->why == store::CaptureTarget::Why::OnTheirPage);
    plan(b, kNow + 4 * kHour); // later today: not yet a conversation to debrief
    CHECK_FALSE(store->captures().target(kNow, std::nullopt));
    // Half an hour before it begins: notes written to prepare are not its debrief.
    const core::Conversation soon = plan(b, kNow + 30 * core::kMinute);
    CHECK_FALSE(store->captures().target(kNow, std::nullopt));
    // Five minutes in, it is.
    const auto during = store->captures().target(kNow + 35 * core::kMinute, std::nullopt);
    REQUIRE(during);
    CHECK(*during->conversation_id == soon.id);
    CHECK(during->why == store::CaptureTarget::Why::InProgress);
    REQUIRE_FALSE(store->conversations().cancel(soon.id));
    plan(a, kNow - 5 * kHour); // ended long ago: not it
    CHECK_FALSE(store->captures().target(kNow, std::nullopt));
    CHECK_FALSE(store->captures().target(kNow, a.id)->conversation_id);
}

TEST_CASE_FIXTURE(StoreFixture,
                  "a conversation held a day early beats one that ended minutes before") {
    const core::Person early = add("Amara Osei");
    const core::Person other = add("Ines Duarte");
    const core::Conversation tomorrow = plan(early, kNow + kDay);
    plan(other, kNow - 25 * core::kMinute); // ended 10 minutes ago
    REQUIRE_FALSE(store->conversations().hold(tomorrow.id, kNow - 2 * core::kMinute));
    const auto anyone = store->captures().target(kNow, std::nullopt);
    REQUIRE(anyone);
    CHECK(anyone->person_name == "Amara Osei");
    CHECK(*anyone->conversation_id == tomorrow.id);
    // On the other person's page, capture is about them.
    const auto theirs = store->captures().target(kNow, other.id);
    REQUIRE(theirs);
    CHECK(theirs->person_name == "Ines Duarte");
}

TEST_CASE_FIXTURE(StoreFixture, "an empty capture changes nothing") {
    const core::Person p = add("Amara Osei");
    const core::Conversation c = plan(p, kNow - 30 * core::kMinute);
    store::CaptureResult result;
    REQUIRE_FALSE(services::file_capture(*store, " \n ", p.id, c.id, true, &result));
    CHECK(result.note_id.empty());
    CHECK(store->conversations().find(c.id)->status == core::ConversationStatus::Planned);
    CHECK(store->follow_ups().due(kNow + 3 * kDay).empty());
}

TEST_CASE_FIXTURE(StoreFixture, "merging keeps every note, conversation and follow-up") {
    core::Person keep{.name = "Amara Osei", .emails = {"amara@brightline.example"}};
    REQUIRE_FALSE(store->people().save(keep));
    core::Person other{.name = "Amara Osei",
                       .role = "Senior UX Researcher",
                       .organisation = "Brightline Labs",
                       .emails = {"amara@personal.example"},
                       .stage = core::Stage::ReachedOut};
    REQUIRE_FALSE(store->people().save(other));
    core::Person referred{.name = "Sam Ortiz", .referred_by = other.id};
    REQUIRE_FALSE(store->people().save(referred));
    core::Note note{.person_id = other.id, .body = "met at the career fair"};
    REQUIRE_FALSE(store->notes().save(note));
    core::Conversation c = plan(other, kNow);
    store->conversations().hold(c.id, kNow);

    REQUIRE_FALSE(store->people().merge(keep.id, other.id));
    CHECK_FALSE(store->people().find(other.id));
    const auto merged = store->people().find(keep.id);
    REQUIRE(merged);
    CHECK(merged->role == "Senior UX Researcher");
    CHECK(merged->emails.size() == 2);
    CHECK(merged->stage == core::Stage::Met);
    CHECK(store->conversations().find(c.id)->person_id == keep.id);
    CHECK(store->follow_ups().due(kNow + 10 * kDay).at(0).follow_up.person_id == keep.id);
    CHECK(*store->people().find(referred.id)->referred_by == keep.id);
    CHECK(store->search().find("career fair").at(0).person_id == keep.id);
    CHECK(store->people().count() == 2);
    CHECK(store->people().merge(keep.id, keep.id).kind == store::ErrorKind::Invalid);
}

TEST_CASE_FIXTURE(StoreFixture, "a merge is undone: both people, and what was whose, as before") {
    core::Person keep{.name = "Amara Osei", .emails = {"amara@brightline.example"}};
    REQUIRE_FALSE(store->people().save(keep));
    core::Person other{
        .name = "A. Osei", .role = "Senior UX Researcher", .emails = {"amara@personal.example"}};
    REQUIRE_FALSE(store->people().save(other));
    core::Person referred{.name = "Sam Ortiz", .referred_by = other.id};
    REQUIRE_FALSE(store->people().save(referred));
    core::Note mine{.person_id = keep.id, .body = "keeps her own note"};
    REQUIRE_FALSE(store->notes().save(mine));
    core::Note theirs{.person_id = other.id, .body = "met at the career fair"};
    REQUIRE_FALSE(store->notes().save(theirs));
    core::Conversation c = plan(other, kNow);
    c.questions = {{std::nullopt, "How did you start?", "Through an internship"}};
    REQUIRE_FALSE(store->conversations().save(c));
    REQUIRE_FALSE(store->conversations().hold(c.id, kNow));

    store::MergeUndo undo;
    REQUIRE_FALSE(store->people().merge(keep.id, other.id, &undo));
    REQUIRE(store->people().find(keep.id)->role == "Senior UX Researcher");
    REQUIRE_FALSE(store->people().unmerge(undo));

    const auto kept = store->people().find(keep.id);
    const auto back = store->people().find(other.id);
    REQUIRE(kept);
    REQUIRE(back);
    CHECK(kept->role.empty()); // what the merge filled in is gone
    CHECK(kept->emails == std::vector<std::string>{"amara@brightline.example"});
    CHECK(back->role == "Senior UX Researcher");
    CHECK(store->notes().find(theirs.id)->person_id == other.id);
    CHECK(store->notes().find(mine.id)->person_id == keep.id); // hers stays hers
    CHECK(store->conversations().find(c.id)->person_id == other.id);
    CHECK(store->follow_ups().due(kNow + 10 * kDay).at(0).follow_up.person_id == other.id);
    CHECK(*store->people().find(referred.id)->referred_by == other.id);
    CHECK(store->search().find("career fair").at(0).person_id == other.id);
    CHECK(store->search().find("internship").at(0).person_id == other.id); // an answer
    CHECK(store->people().count() == 3);
}

TEST_CASE_FIXTURE(StoreFixture, "People by next action: each person's soonest open follow-up") {
    const core::Person amara = add("Amara Osei"), ines = add("Ines Duarte");
    add("Kim Lee");
    auto follow_up = [&](const core::Person& p, core::FollowUpKind kind, core::Millis due) {
        core::FollowUp f;
        f.person_id = p.id;
        f.kind = kind;
        f.due = due;
        REQUIRE_FALSE(store->follow_ups().add(f));
        return f;
    };
    follow_up(amara, core::FollowUpKind::ThankYou, kNow + 5 * kDay);
    follow_up(amara, core::FollowUpKind::Nudge, kNow + 2 * kDay); // Amara's soonest
    const core::FollowUp done = follow_up(amara, core::FollowUpKind::Custom, kNow - kDay);
    REQUIRE_FALSE(store->follow_ups().complete(done.id, kNow)); // done: not next any more
    follow_up(ines, core::FollowUpKind::KeepInTouch, kNow + 3 * kDay);

    const auto people = store->people().list({});
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
        REQUIRE_FALSE(store->follow_ups().add(f));
    }
    core::FollowUp later;
    later.person_id = amara.id;
    later.due = kNow + 3 * kDay;
    REQUIRE_FALSE(store->follow_ups().add(later));
    CHECK(store->follow_ups().due(kNow).size() == 100);
    CHECK(store->follow_ups().count_due(kNow) == 130);
    CHECK(store->follow_ups().count_due(kNow + 7 * kDay) == 131);
    REQUIRE_FALSE(store->follow_ups().complete(later.id, kNow));
    CHECK(store->follow_ups().count_due(kNow + 7 * kDay) == 130); // done ones do not count
}

TEST_CASE_FIXTURE(StoreFixture,
                  "your own message template is kept, refused when blank, and reset") {
    store::PrepareRepository& prepare = store->prepare();
    CHECK_FALSE(prepare.message_template(core::MessageKind::ThankYou));
    const core::MessageDraft mine{"Thanks, {first_name}", "Dear {first_name}, thank you."};
    REQUIRE_FALSE(prepare.save_message_template(core::MessageKind::ThankYou, mine));
    CHECK(prepare.message_template(core::MessageKind::ThankYou) == mine);
    CHECK_FALSE(prepare.message_template(core::MessageKind::Outreach)); // one kind only

    const store::Error blank =
        prepare.save_message_template(core::MessageKind::ThankYou, {"Subject", " \n "});
    CHECK(blank.kind == store::ErrorKind::Invalid);
    CHECK(prepare.message_template(core::MessageKind::ThankYou) == mine); // unchanged

    REQUIRE_FALSE(prepare.reset_message_template(core::MessageKind::ThankYou));
    CHECK_FALSE(prepare.message_template(core::MessageKind::ThankYou));
}

TEST_CASE_FIXTURE(StoreFixture,
                  "a career option and its evidence are deleted softly and restored") {
    core::CareerOption option;
    option.title = "UX researcher";
    REQUIRE_FALSE(store->careers().save(option));
    core::Evidence e;
    e.career_id = option.id;
    e.text = "Varied days";
    REQUIRE_FALSE(store->careers().add_evidence(e));
    REQUIRE_FALSE(store->careers().remove_evidence(e.id));
    CHECK(store->careers().evidence_for(option.id).empty());
    REQUIRE_FALSE(store->careers().restore_evidence(e.id));
    CHECK(store->careers().evidence_for(option.id).size() == 1);
    REQUIRE_FALSE(store->careers().remove(option.id));
    CHECK(store->careers().list().empty());
    CHECK(store->careers().remove(option.id + "-missing").kind == store::ErrorKind::Invalid);
    REQUIRE_FALSE(store->careers().restore(option.id));
    CHECK(store->careers().list().size() == 1);
    core::Evidence blank;
    blank.career_id = option.id;
    blank.text = "   ";
    CHECK(store->careers().add_evidence(blank).kind == store::ErrorKind::Invalid);
}

TEST_CASE("a built-in question worded by an earlier version takes the mended wording, an edited "
          "one stays") {
    StoreFixture f;
    store::Database& db = f.store->database();
    const auto text_of = [&](const char* id) {
        store::Statement q = db.prepare("SELECT text FROM question WHERE id = ?1");
        q.bind(1, std::string(id));
        REQUIRE(q.step());
        return q.text(0);
    };
    // As an earlier version left them: one unedited, one the person's own.
    REQUIRE_FALSE(db.exec("UPDATE question SET text = 'How did your time at {past_career} prepare "
                          "you for what you do now?' WHERE id = 'builtin-past-career'"));
    REQUIRE_FALSE(db.exec("UPDATE question SET text = 'What did teaching give you?' WHERE id = "
                          "'builtin-first-job'"));
    REQUIRE_FALSE(f.store->prepare().seed_questions());
    CHECK(text_of("builtin-past-career") ==
          "How did what you did before ({past_career}) prepare you for what you do now?");
    CHECK(text_of("builtin-first-job") == "What did teaching give you?");
}
