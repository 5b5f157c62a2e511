// Notes, messages and follow-ups, and the clocks they start and stop.
#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"
#include "store/uuid.hpp"

namespace rapport::store {

// A message's person and sent time are set once: a draft saved after it
// was sent must not make it unsent.
const Table<core::Message>& messages_table() {
    using M = core::Message;
    static const Table<M> table("message",
                                {column<&M::id>("id"), column<&M::person_id>("person_id", false),
                                 code_column<&M::kind, &core::message_kind_names>("kind"),
                                 column<&M::subject>("subject"), column<&M::body>("body"),
                                 column<&M::sent_at>("sent_at", false)},
                                Stamps::CreatedAndUpdated);
    return table;
}

const Table<core::Note>& notes_table() {
    using N = core::Note;
    static const Table<N> table("note",
                                {column<&N::id>("id"), column<&N::person_id>("person_id"),
                                 column<&N::conversation_id>("conversation_id"),
                                 column<&N::body>("body")},
                                Stamps::CreatedAndUpdated);
    return table;
}

const Table<core::FollowUp>& follow_ups_table() {
    using F = core::FollowUp;
    static const Table<F> table(
        "follow_up",
        {column<&F::id>("id"), column<&F::person_id>("person_id"),
         code_column<&F::kind, &core::follow_up_kind_names>("kind"), column<&F::title>("title"),
         column<&F::due>("due"), column<&F::done_at>("done_at"),
         column<&F::conversation_id>("conversation_id"), column<&F::message_id>("message_id"),
         column<&F::about_person_id>("about_person_id")},
        Stamps::CreatedAndUpdated);
    return table;
}

namespace {

Error complete_open(Database& db, const std::string& person_id,
                    std::initializer_list<core::FollowUpKind> kinds, core::Millis at) {
    Statement done = db.prepare("UPDATE follow_up SET done_at = ?3, updated_at = ?3 WHERE "
                                "person_id = ?1 AND kind = ?2 AND done_at IS NULL");
    for (core::FollowUpKind kind : kinds) {
        done.bind(1, person_id)
            .bind(2, core::code_of(core::follow_up_kind_names(), kind))
            .bind(3, at);
        if (!done.run()) return done.error();
    }
    return {};
}

} // namespace

Error Store::save_note(core::Note& n) {
    const bool empty = n.body.find_first_not_of(" \t\r\n") == std::string::npos;
    return save_record(notes_table(), n, empty ? "A note needs some text" : "", nothing_more);
}

std::int64_t Store::count_notes() {
    return db_.scalar("SELECT count(*) FROM note WHERE deleted_at IS NULL");
}

bool Store::has_notes() {
    return db_.scalar("SELECT EXISTS (SELECT 1 FROM note WHERE deleted_at IS NULL)") != 0;
}

std::optional<core::Note> Store::note(const std::string& id) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return notes_table().read(q);
}

std::vector<core::Note> Store::inbox_notes(int limit) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE person_id IS NULL AND deleted_at IS NULL ORDER BY "
                              "created_at DESC LIMIT ?1");
    q.bind(1, limit);
    std::vector<core::Note> notes;
    while (q.step())
        notes.push_back(notes_table().read(q));
    return notes;
}

std::vector<core::Note> Store::notes_about(const std::string& conversation_id) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE conversation_id = ?1 AND deleted_at IS NULL ORDER "
                              "BY created_at");
    q.bind(1, conversation_id);
    std::vector<core::Note> notes;
    while (q.step())
        notes.push_back(notes_table().read(q));
    return notes;
}

int Store::count_inbox() {
    return static_cast<int>(
        db_.scalar("SELECT count(*) FROM note WHERE person_id IS NULL AND deleted_at IS NULL"));
}

Error Store::delete_note(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement gone = db_.prepare("UPDATE note SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 "
                                 "AND deleted_at IS NULL");
    gone.bind(1, id).bind(2, clock_.now());
    gone.run();
    return gone.error();
}

Error Store::restore_note(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement back =
        db_.prepare("UPDATE note SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1");
    back.bind(1, id).bind(2, clock_.now());
    back.run();
    return back.error();
}

Error Store::save_message(core::Message& m) {
    const bool known = person(m.person_id).has_value();
    return save_record(messages_table(), m, known ? "" : "That person no longer exists",
                       nothing_more);
}

Error Store::mark_message_sent(const std::string& message_id, core::Millis sent_at) {
    if (Error e = refuse_if_read_only()) return e;
    Statement find = db_.prepare(
        "SELECT person_id, kind, sent_at FROM message WHERE id = ?1 AND deleted_at IS NULL");
    find.bind(1, message_id);
    if (!find.step()) return {ErrorKind::Invalid, "That message no longer exists"};
    const std::string person_id = find.text(0);
    const core::MessageKind kind = decode(core::message_kind_names(), find.text(1));
    if (!find.is_null(2)) return {}; // already sent: the clock started then
    find.reset();

    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    Statement sent = db_.prepare("UPDATE message SET sent_at = ?2, updated_at = ?2 WHERE id = ?1");
    sent.bind(1, message_id).bind(2, sent_at);
    if (!sent.run()) return sent.error();
    if (Error e = touch(person_id, sent_at)) return e;

    using K = core::FollowUpKind;
    switch (kind) {
    case core::MessageKind::Outreach: {
        if (Error e = change_stage(person_id, core::StageEvent::OutreachSent, sent_at)) return e;
        const core::NudgeSchedule schedule = core::nudges_after(sent_at, clock_);
        for (auto [follow_kind, due] :
             {std::pair{K::Nudge, schedule.nudge}, std::pair{K::LastNudge, schedule.last_nudge}}) {
            core::FollowUp f;
            f.person_id = person_id;
            f.kind = follow_kind;
            f.due = due;
            f.message_id = message_id;
            if (Error e = insert_follow_up(f)) return e;
        }
        break;
    }
    case core::MessageKind::Nudge:
        // The first nudge due is the one this message answers.
        {
            Statement next = db_.prepare(
                "UPDATE follow_up SET done_at = ?2, updated_at = ?2 WHERE id = (SELECT id FROM "
                "follow_up WHERE person_id = ?1 AND kind IN ('nudge','last_nudge') AND done_at "
                "IS NULL ORDER BY due LIMIT 1)");
            next.bind(1, person_id).bind(2, sent_at);
            if (!next.run()) return next.error();
        }
        break;
    case core::MessageKind::ThankYou:
        if (Error e = complete_open(db_, person_id, {K::ThankYou}, sent_at)) return e;
        if (Error e = change_stage(person_id, core::StageEvent::ThankYouSent, sent_at)) return e;
        break;
    case core::MessageKind::TellReferrer:
        if (Error e = complete_open(db_, person_id, {K::TellReferrer}, sent_at)) return e;
        break;
    case core::MessageKind::KeepInTouch:
        if (Error e = complete_open(db_, person_id, {K::KeepInTouch}, sent_at)) return e;
        if (Error e = change_stage(person_id, core::StageEvent::InteractionLogged, sent_at))
            return e;
        break;
    case core::MessageKind::ReferralRequest:
        break;
    }
    return transaction.commit();
}

Error Store::record_reply(const std::string& person_id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    if (Error e = close_nudges(person_id, at)) return e;
    if (Error e = change_stage(person_id, core::StageEvent::ReplyReceived, at)) return e;
    if (Error e = touch(person_id, at)) return e;
    return transaction.commit();
}

Error Store::close_nudges(const std::string& person_id, core::Millis at) {
    using K = core::FollowUpKind;
    return complete_open(db_, person_id, {K::Nudge, K::LastNudge}, at);
}

Error Store::log_interaction(const std::string& person_id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    if (!person(person_id)) return {ErrorKind::Invalid, "That person no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    if (Error e = touch(person_id, at)) return e;
    if (Error e = complete_open(db_, person_id, {core::FollowUpKind::KeepInTouch}, at)) return e;
    if (Error e = change_stage(person_id, core::StageEvent::InteractionLogged, at)) return e;
    return transaction.commit();
}

Error Store::touch(const std::string& person_id, core::Millis at) {
    Statement update = db_.prepare(
        "UPDATE person SET last_interaction_at = max(coalesce(last_interaction_at, 0), ?2), "
        "updated_at = max(updated_at, ?2) WHERE id = ?1");
    update.bind(1, person_id).bind(2, at);
    update.run();
    return update.error();
}

Error Store::insert_follow_up(core::FollowUp& f) {
    f.created_at = 0; // always a new row, whatever it was copied from
    f.done_at.reset();
    return save_record(follow_ups_table(), f, "", nothing_more);
}

Error Store::add_follow_up(core::FollowUp& f) {
    if (Error e = refuse_if_read_only()) return e;
    if (!person(f.person_id)) return {ErrorKind::Invalid, "That person no longer exists"};
    return insert_follow_up(f);
}

Error Store::complete_follow_up(const std::string& id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    Statement done = db_.prepare(
        "UPDATE follow_up SET done_at = ?2, updated_at = ?2 WHERE id = ?1 AND done_at IS NULL");
    done.bind(1, id).bind(2, at);
    done.run();
    return done.error();
}

Error Store::snooze_follow_up(const std::string& id, core::Millis until) {
    if (Error e = refuse_if_read_only()) return e;
    Statement snooze = db_.prepare(
        "UPDATE follow_up SET due = ?2, updated_at = ?3 WHERE id = ?1 AND done_at IS NULL");
    snooze.bind(1, id).bind(2, until).bind(3, clock_.now());
    snooze.run();
    return snooze.error();
}

} // namespace rapport::store
