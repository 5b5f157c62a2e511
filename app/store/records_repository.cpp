// Notes, messages and follow-ups, and the clocks they start and stop.
#include "store/row_codec.hpp"
#include "store/store.hpp"
#include "store/uuid.hpp"

namespace rapport::store {
namespace {

void bind_optional(Statement& s, int index, const std::optional<std::string>& v) {
    s.bind(index, v);
}

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
    if (Error e = refuse_if_read_only()) return e;
    if (n.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return {ErrorKind::Invalid, "A note needs some text"};
    const core::Millis now = clock_.now();
    if (n.id.empty()) {
        n.id = new_uuid();
        n.created_at = now;
    }
    n.updated_at = now;
    Statement upsert = db_.prepare(
        "INSERT INTO note(id, person_id, conversation_id, body, created_at, updated_at) VALUES "
        "(?1,?2,?3,?4,?5,?6) ON CONFLICT(id) DO UPDATE SET person_id=excluded.person_id, "
        "conversation_id=excluded.conversation_id, body=excluded.body, "
        "updated_at=excluded.updated_at");
    upsert.bind(1, n.id);
    bind_optional(upsert, 2, n.person_id);
    bind_optional(upsert, 3, n.conversation_id);
    upsert.bind(4, n.body).bind(5, n.created_at).bind(6, n.updated_at);
    upsert.run();
    return upsert.error();
}

std::int64_t Store::count_notes() {
    return db_.scalar("SELECT count(*) FROM note WHERE deleted_at IS NULL");
}

bool Store::has_notes() {
    return db_.scalar("SELECT EXISTS (SELECT 1 FROM note WHERE deleted_at IS NULL)") != 0;
}

std::optional<core::Note> Store::note(const std::string& id) {
    Statement q = db_.prepare("SELECT id, person_id, conversation_id, body, created_at, "
                              "updated_at FROM note WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return core::Note{q.text(0), q.optional_text(1), q.optional_text(2),
                      q.text(3), q.integer(4),       q.integer(5)};
}

std::vector<core::Note> Store::inbox_notes(int limit) {
    Statement q = db_.prepare("SELECT id, body, created_at, updated_at FROM note WHERE person_id "
                              "IS NULL AND deleted_at IS NULL ORDER BY created_at DESC LIMIT ?1");
    q.bind(1, limit);
    std::vector<core::Note> notes;
    while (q.step()) {
        core::Note n;
        n.id = q.text(0);
        n.body = q.text(1);
        n.created_at = q.integer(2);
        n.updated_at = q.integer(3);
        notes.push_back(std::move(n));
    }
    return notes;
}

std::vector<core::Note> Store::notes_about(const std::string& conversation_id) {
    Statement q = db_.prepare("SELECT id, person_id, conversation_id, body, created_at, "
                              "updated_at FROM note WHERE conversation_id = ?1 AND deleted_at IS "
                              "NULL ORDER BY created_at");
    q.bind(1, conversation_id);
    std::vector<core::Note> notes;
    while (q.step())
        notes.push_back({q.text(0), q.optional_text(1), q.optional_text(2), q.text(3), q.integer(4),
                         q.integer(5)});
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
    if (Error e = refuse_if_read_only()) return e;
    if (!person(m.person_id)) return {ErrorKind::Invalid, "That person no longer exists"};
    const core::Millis now = clock_.now();
    if (m.id.empty()) {
        m.id = new_uuid();
        m.created_at = now;
    }
    m.updated_at = now;
    Statement upsert = db_.prepare(
        "INSERT INTO message(id, person_id, kind, subject, body, sent_at, created_at, updated_at) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, "
        "subject=excluded.subject, body=excluded.body, updated_at=excluded.updated_at");
    upsert.bind(1, m.id).bind(2, m.person_id);
    upsert.bind(3, core::code_of(core::message_kind_names(), m.kind));
    upsert.bind(4, m.subject).bind(5, m.body);
    if (m.sent_at)
        upsert.bind(6, *m.sent_at);
    else
        upsert.bind_null(6);
    upsert.bind(7, m.created_at).bind(8, m.updated_at);
    upsert.run();
    return upsert.error();
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
    const core::Millis now = clock_.now();
    if (f.id.empty()) f.id = new_uuid();
    f.created_at = now;
    Statement insert = db_.prepare(
        "INSERT INTO follow_up(id, person_id, kind, title, due, done_at, conversation_id, "
        "message_id, about_person_id, created_at, updated_at) VALUES "
        "(?1,?2,?3,?4,?5,NULL,?6,?7,?8,?9,?9)");
    insert.bind(1, f.id).bind(2, f.person_id);
    insert.bind(3, core::code_of(core::follow_up_kind_names(), f.kind)).bind(4, f.title);
    insert.bind(5, f.due);
    bind_optional(insert, 6, f.conversation_id);
    bind_optional(insert, 7, f.message_id);
    bind_optional(insert, 8, f.about_person_id);
    insert.bind(9, now);
    insert.run();
    return insert.error();
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
