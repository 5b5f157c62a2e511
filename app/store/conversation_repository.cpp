// Conversations: planning, holding (with the follow-ups it starts), answers.
#include "store/conversation_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"
#include "store/uuid.hpp"

namespace rapport::store {

// The conversation table's columns, once (its questions are a table of their own).
const Table<core::Conversation>& conversations_table() {
    using C = core::Conversation;
    static const Table<C> table(
        "conversation",
        {column<&C::id>("id"), column<&C::person_id>("person_id"), column<&C::when>("when_at"),
         column<&C::duration_minutes>("duration_minutes"),
         code_column<&C::mode, &core::conversation_mode_names>("mode"), column<&C::place>("place"),
         code_column<&C::status, &core::conversation_status_names>("status"),
         column<&C::held_at>("held_at"), column<&C::notes>("notes"),
         column<&C::takeaways>("takeaways"), column<&C::advice>("advice"),
         column<&C::courses>("courses"), column<&C::certifications>("certifications"),
         column<&C::mentors>("mentors"), column<&C::likes>("likes"),
         column<&C::dislikes>("dislikes"), column<&C::next_steps>("next_steps")},
        Stamps::CreatedAndUpdated);
    return table;
}

Error ConversationRepository::save(core::Conversation& c) {
    std::string problem = core::validate_conversation(c);
    if (problem.empty() && !people_.find(c.person_id)) problem = "That person no longer exists";
    const auto after = [&](bool is_new, core::Millis now) -> Error {
        // Questions are replaced as a list: their order is the plan.
        Statement trim = db_.prepare(
            "DELETE FROM conversation_question WHERE conversation_id = ?1 AND position >= ?2");
        trim.bind(1, c.id).bind(2, static_cast<int>(c.questions.size()));
        if (!trim.run()) return trim.error();
        Statement put = db_.prepare(
            "INSERT INTO conversation_question(conversation_id, position, question_id, text, "
            "answer) VALUES (?1,?2,?3,?4,?5) ON CONFLICT(conversation_id, position) DO UPDATE SET "
            "question_id=excluded.question_id, text=excluded.text, answer=excluded.answer");
        for (size_t i = 0; i < c.questions.size(); ++i) {
            const core::PlannedQuestion& q = c.questions[i];
            put.bind(1, c.id).bind(2, static_cast<int>(i)).bind(3, q.question_id).bind(4, q.text);
            put.bind(5, q.answer);
            if (!put.run()) return put.error();
        }
        if (is_new && c.status == core::ConversationStatus::Planned) {
            if (Error e =
                    people_.change_stage(c.person_id, core::StageEvent::ConversationPlanned, now))
                return e;
            if (Error e = follow_ups_.close_nudges(c.person_id, now)) return e;
        }
        return {};
    };
    return save_record(conversations_table(), c, problem, after);
}

std::optional<core::Conversation> ConversationRepository::find(const std::string& id) {
    Statement q = db_.prepare("SELECT " + conversations_table().select_list() +
                              " FROM conversation WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    core::Conversation c = conversations_table().read(q);
    Statement questions = db_.prepare("SELECT question_id, text, answer FROM "
                                      "conversation_question WHERE conversation_id = ?1 ORDER BY "
                                      "position");
    questions.bind(1, id);
    while (questions.step())
        c.questions.push_back({questions.optional_text(0), questions.text(1), questions.text(2)});
    return c;
}

Error ConversationRepository::record_unplanned(const std::string& person_id, core::Millis now,
                                               core::Conversation& made) {
    made = {};
    made.person_id = person_id;
    made.when = now;
    made.status = core::ConversationStatus::Held;
    made.held_at = now;
    if (Error e = save(made)) return e;
    made.status = core::ConversationStatus::Planned; // so holding it starts its follow-ups
    Statement reopen = db_.prepare("UPDATE conversation SET status = 'planned' WHERE id = ?1");
    reopen.bind(1, made.id);
    if (!reopen.run()) return reopen.error();
    return {};
}

Error ConversationRepository::hold(const std::string& conversation_id, core::Millis held_at) {
    if (Error e = refuse_if_read_only()) return e;
    auto c = find(conversation_id);
    if (!c) return {ErrorKind::Invalid, "That conversation no longer exists"};
    if (c->status == core::ConversationStatus::Held) return {}; // holding twice changes nothing
    auto p = people_.find(c->person_id);
    if (!p) return {ErrorKind::Invalid, "That person no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    Statement update = db_.prepare("UPDATE conversation SET status = 'held', held_at = ?2, "
                                   "updated_at = ?2 WHERE id = ?1");
    update.bind(1, conversation_id).bind(2, held_at);
    if (!update.run()) return update.error();
    if (Error e = people_.change_stage(c->person_id, core::StageEvent::ConversationHeld, held_at))
        return e;
    if (Error e = people_.touch(c->person_id, held_at)) return e;
    if (Error e = follow_ups_.close_nudges(c->person_id, held_at)) return e;

    core::FollowUp thanks;
    thanks.person_id = c->person_id;
    thanks.kind = core::FollowUpKind::ThankYou;
    thanks.due = core::thank_you_due(held_at);
    thanks.conversation_id = conversation_id;
    if (Error e = follow_ups_.insert(thanks)) return e;
    if (p->referred_by && people_.find(*p->referred_by)) {
        core::FollowUp tell;
        tell.person_id = *p->referred_by;
        tell.kind = core::FollowUpKind::TellReferrer;
        tell.due = core::tell_referrer_due(held_at);
        tell.conversation_id = conversation_id;
        tell.about_person_id = p->id;
        if (Error e = follow_ups_.insert(tell)) return e;
    }
    return transaction.commit();
}

Error ConversationRepository::cancel(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    auto c = find(conversation_id);
    if (!c) return {ErrorKind::Invalid, "That conversation no longer exists"};
    if (c->status == core::ConversationStatus::Cancelled) return {};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    Statement update = db_.prepare("UPDATE conversation SET status = 'cancelled', held_at = NULL, "
                                   "updated_at = ?2 WHERE id = ?1");
    update.bind(1, conversation_id).bind(2, now);
    if (!update.run()) return update.error();
    // What it started (a thank-you, telling the referrer) no longer applies.
    if (Error e = follow_ups_.remove_for_conversation(conversation_id, now, true)) return e;
    // The stage this conversation gave them goes back, unless another
    // conversation of theirs still holds them there.
    const core::Stage gave =
        c->status == core::ConversationStatus::Held ? core::Stage::Met : core::Stage::Scheduled;
    Statement others = db_.prepare("SELECT count(*) FROM conversation WHERE person_id = ?1 AND "
                                   "id <> ?2 AND deleted_at IS NULL AND status = ?3");
    others.bind(1, c->person_id).bind(2, conversation_id);
    others.bind(3, core::code_of(core::conversation_status_names(), c->status));
    const bool still_there = others.step() && others.integer(0) > 0;
    others.reset();
    if (!still_there)
        if (auto before = people_.stage_before(c->person_id, gave))
            if (Error e = people_.move_stage(c->person_id, gave, *before, now)) return e;
    return transaction.commit();
}

Error ConversationRepository::reinstate(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    auto c = find(conversation_id);
    if (!c) return {ErrorKind::Invalid, "That conversation no longer exists"};
    if (c->status != core::ConversationStatus::Cancelled) return {};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    Statement update =
        db_.prepare("UPDATE conversation SET status = 'planned', updated_at = ?2 WHERE id = ?1");
    update.bind(1, conversation_id).bind(2, now);
    if (!update.run()) return update.error();
    if (Error e = people_.change_stage(c->person_id, core::StageEvent::ConversationPlanned, now))
        return e;
    return transaction.commit();
}

Error ConversationRepository::move(const std::string& conversation_id, core::Millis to) {
    if (Error e = refuse_if_read_only()) return e;
    auto c = find(conversation_id);
    if (!c) return {ErrorKind::Invalid, "That conversation no longer exists"};
    if (c->status == core::ConversationStatus::Cancelled)
        return {ErrorKind::Invalid, "A cancelled conversation cannot be moved"};
    const bool held = c->status == core::ConversationStatus::Held;
    if (held && to > clock_.now())
        return {ErrorKind::Invalid, "A conversation that took place cannot move to the future"};
    const core::Millis from = held ? c->held_at.value_or(c->when) : c->when;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    Statement update = db_.prepare(
        held ? "UPDATE conversation SET held_at = ?2, when_at = min(when_at, ?2), updated_at = ?3 "
               "WHERE id = ?1"
             : "UPDATE conversation SET when_at = ?2, updated_at = ?3 WHERE id = ?1");
    update.bind(1, conversation_id).bind(2, to).bind(3, now);
    if (!update.run()) return update.error();
    if (Error e = follow_ups_.shift_for_conversation(conversation_id, to - from, now)) return e;
    return transaction.commit();
}

Error ConversationRepository::remove(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    if (!find(conversation_id)) return {ErrorKind::Invalid, "That conversation no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    // One time for both, so a restore brings back exactly these follow-ups.
    const core::Millis now = clock_.now();
    Statement gone = db_.prepare("UPDATE conversation SET deleted_at = ?2, updated_at = ?2 WHERE "
                                 "id = ?1");
    gone.bind(1, conversation_id).bind(2, now);
    if (!gone.run()) return gone.error();
    if (Error e = follow_ups_.remove_for_conversation(conversation_id, now, false)) return e;
    return transaction.commit();
}

Error ConversationRepository::restore(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    Statement when = db_.prepare("SELECT deleted_at FROM conversation WHERE id = ?1 AND "
                                 "deleted_at IS NOT NULL");
    when.bind(1, conversation_id);
    if (!when.step()) return {};
    const core::Millis deleted_at = when.integer(0);
    when.reset();
    Statement back = db_.prepare("UPDATE conversation SET deleted_at = NULL, updated_at = ?2 "
                                 "WHERE id = ?1");
    back.bind(1, conversation_id).bind(2, clock_.now());
    if (!back.run()) return back.error();
    if (Error e = follow_ups_.restore_for_conversation(conversation_id, deleted_at)) return e;
    return transaction.commit();
}

std::vector<HeldConversation> ConversationRepository::held() {
    Statement q =
        db_.prepare("SELECT p.name, " + conversations_table().select_list("c") +
                    " FROM conversation c JOIN person p ON p.id = c.person_id "
                    "WHERE c.status = 'held' AND c.deleted_at IS NULL AND p.deleted_at IS NULL "
                    "ORDER BY c.held_at");
    std::vector<HeldConversation> list;
    while (q.step())
        list.push_back({q.text(0), conversations_table().read(q, 1)});
    return list;
}

std::vector<UpcomingConversation>
ConversationRepository::upcoming(core::Millis from, int limit,
                                 const std::optional<std::string>& person_id) {
    Statement q = db_.prepare(
        "SELECT p.name, (SELECT count(*) FROM conversation_question q WHERE q.conversation_id = "
        "c.id), (SELECT s.name FROM calendar_meeting m JOIN calendar_source s ON s.url = "
        "m.calendar_url WHERE m.conversation_id = c.id), " +
        conversations_table().select_list("c") +
        " FROM conversation c JOIN person p ON p.id = c.person_id "
        "WHERE c.status = 'planned' AND c.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND c.when_at + c.duration_minutes * 60000 >= ?1 AND (?3 IS NULL OR c.person_id = ?3) "
        "ORDER BY c.when_at LIMIT ?2");
    q.bind(1, from).bind(2, limit).bind(3, person_id);
    std::vector<UpcomingConversation> list;
    while (q.step())
        list.push_back({conversations_table().read(q, 3), q.text(0), static_cast<int>(q.integer(1)),
                        q.is_null(2) ? "" : q.text(2)});
    return list;
}

std::vector<Answer> ConversationRepository::answers_to(const std::string& question_id) {
    Statement q = db_.prepare(
        "SELECT a.conversation_id, a.position, p.id, p.name, p.role, p.organisation, "
        "coalesce(c.held_at, c.when_at), a.text, a.answer FROM conversation_question a "
        "JOIN conversation c ON c.id = a.conversation_id JOIN person p ON p.id = c.person_id "
        "WHERE a.question_id = ?1 AND a.answer <> '' AND c.deleted_at IS NULL "
        "AND p.deleted_at IS NULL ORDER BY coalesce(c.held_at, c.when_at) DESC");
    q.bind(1, question_id);
    std::vector<Answer> answers;
    while (q.step())
        answers.push_back({q.text(0), static_cast<int>(q.integer(1)), q.text(2), q.text(3),
                           q.text(4), q.text(5), q.integer(6), q.text(7), q.text(8)});
    return answers;
}

int ConversationRepository::count_held_between(core::Millis from, core::Millis to) {
    Statement q = db_.prepare("SELECT count(*) FROM conversation WHERE status = 'held' AND "
                              "deleted_at IS NULL AND held_at >= ?1 AND held_at < ?2");
    q.bind(1, from).bind(2, to);
    return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

} // namespace rapport::store
