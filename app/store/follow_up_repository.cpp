// Follow-ups: the thank-you, the nudges, keeping in touch and reminders of
// your own; what is due, each as one query.
#include "store/follow_up_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"

#include <limits>

namespace rapport::store {

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

// Open follow-ups with who they are for: ?1 until, ?2 limit, ?3 a person or
// NULL, ?4 from.
const std::string& open_follow_ups_sql() {
    static const std::string sql =
        "SELECT p.name, coalesce(a.name, ''), " + follow_ups_table().select_list("f") +
        " FROM follow_up f JOIN person p ON p.id = f.person_id LEFT JOIN person a ON a.id = "
        "f.about_person_id WHERE f.done_at IS NULL AND f.deleted_at IS NULL AND p.deleted_at IS "
        "NULL AND f.due <= ?1 AND f.due >= ?4 AND (?3 IS NULL OR f.person_id = ?3) ORDER BY f.due "
        "LIMIT ?2";
    return sql;
}

std::vector<DueFollowUp> read_follow_ups(Statement& q) {
    std::vector<DueFollowUp> list;
    while (q.step()) {
        DueFollowUp d;
        d.person_name = q.text(0);
        d.about_person_name = q.text(1);
        d.follow_up = follow_ups_table().read(q, 2);
        list.push_back(std::move(d));
    }
    return list;
}

} // namespace

Error FollowUpRepository::insert(core::FollowUp& f) {
    f.created_at = 0; // always a new row, whatever it was copied from
    f.done_at.reset();
    return save_record(follow_ups_table(), f, "", nothing_more);
}

Error FollowUpRepository::add(core::FollowUp& f) {
    if (Error e = refuse_if_read_only()) return e;
    if (!people_.find(f.person_id)) return {ErrorKind::Invalid, "That person no longer exists"};
    return insert(f);
}

Error FollowUpRepository::complete(const std::string& id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    Statement done = db_.prepare(
        "UPDATE follow_up SET done_at = ?2, updated_at = ?2 WHERE id = ?1 AND done_at IS NULL");
    done.bind(1, id).bind(2, at);
    done.run();
    return done.error();
}

Error FollowUpRepository::claim_reminder(const std::string& id, core::Millis due, core::Millis now,
                                         bool& claimed) {
    claimed = false;
    if (Error e = refuse_if_read_only()) return e;
    Statement claim = db_.prepare(
        "INSERT OR IGNORE INTO reminder_shown(follow_up_id, due, shown_at) VALUES (?1, ?2, ?3)");
    claim.bind(1, id).bind(2, due).bind(3, now);
    if (!claim.run()) return claim.error();
    claimed = db_.changes() == 1;
    return {};
}

Error FollowUpRepository::snooze(const std::string& id, core::Millis until) {
    if (Error e = refuse_if_read_only()) return e;
    Statement snooze = db_.prepare(
        "UPDATE follow_up SET due = ?2, updated_at = ?3 WHERE id = ?1 AND done_at IS NULL");
    snooze.bind(1, id).bind(2, until).bind(3, clock_.now());
    snooze.run();
    return snooze.error();
}

Error FollowUpRepository::complete_open(const std::string& person_id,
                                        std::initializer_list<core::FollowUpKind> kinds,
                                        core::Millis at) {
    Statement done = db_.prepare("UPDATE follow_up SET done_at = ?3, updated_at = ?3 WHERE "
                                 "person_id = ?1 AND kind = ?2 AND done_at IS NULL");
    for (core::FollowUpKind kind : kinds) {
        done.bind(1, person_id)
            .bind(2, core::code_of(core::follow_up_kind_names(), kind))
            .bind(3, at);
        if (!done.run()) return done.error();
    }
    return {};
}

Error FollowUpRepository::close_nudges(const std::string& person_id, core::Millis at) {
    using K = core::FollowUpKind;
    return complete_open(person_id, {K::Nudge, K::LastNudge}, at);
}

Error FollowUpRepository::remove_for_conversation(const std::string& conversation_id,
                                                  core::Millis at, bool only_open) {
    Statement gone =
        db_.prepare(only_open ? "UPDATE follow_up SET deleted_at = ?2, updated_at = ?2 "
                                "WHERE conversation_id = ?1 AND done_at IS NULL AND "
                                "deleted_at IS NULL"
                              : "UPDATE follow_up SET deleted_at = ?2, updated_at = ?2 "
                                "WHERE conversation_id = ?1 AND deleted_at IS NULL");
    gone.bind(1, conversation_id).bind(2, at);
    gone.run();
    return gone.error();
}

Error FollowUpRepository::shift_for_conversation(const std::string& conversation_id,
                                                 core::Millis by, core::Millis at) {
    Statement shift = db_.prepare("UPDATE follow_up SET due = due + ?2, updated_at = ?3 "
                                  "WHERE conversation_id = ?1 AND done_at IS NULL");
    shift.bind(1, conversation_id).bind(2, by).bind(3, at);
    shift.run();
    return shift.error();
}

// Only those that went with it: deleted at the same moment.
Error FollowUpRepository::restore_for_conversation(const std::string& conversation_id,
                                                   core::Millis deleted_at) {
    Statement back = db_.prepare("UPDATE follow_up SET deleted_at = NULL WHERE "
                                 "conversation_id = ?1 AND deleted_at = ?2");
    back.bind(1, conversation_id).bind(2, deleted_at);
    back.run();
    return back.error();
}

// The first nudge due is the one a nudge message answers.
Error FollowUpRepository::complete_next_nudge(const std::string& person_id, core::Millis at) {
    Statement next =
        db_.prepare("UPDATE follow_up SET done_at = ?2, updated_at = ?2 WHERE id = (SELECT id FROM "
                    "follow_up WHERE person_id = ?1 AND kind IN ('nudge','last_nudge') AND done_at "
                    "IS NULL ORDER BY due LIMIT 1)");
    next.bind(1, person_id).bind(2, at);
    next.run();
    return next.error();
}

Error FollowUpRepository::log_interaction(const std::string& person_id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    if (!people_.find(person_id)) return {ErrorKind::Invalid, "That person no longer exists"};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    if (Error e = people_.touch(person_id, at)) return e;
    if (Error e = complete_open(person_id, {core::FollowUpKind::KeepInTouch}, at)) return e;
    if (Error e = people_.change_stage(person_id, core::StageEvent::InteractionLogged, at))
        return e;
    return transaction.commit();
}

int FollowUpRepository::count_due(core::Millis until, core::Millis from) {
    Statement q =
        db_.prepare("SELECT count(*) FROM follow_up f JOIN person p ON p.id = f.person_id "
                    "WHERE f.done_at IS NULL AND f.deleted_at IS NULL AND "
                    "p.deleted_at IS NULL AND f.due <= ?1 AND f.due >= ?2");
    q.bind(1, until).bind(2, from);
    return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

std::vector<DueFollowUp> FollowUpRepository::due(core::Millis until, int limit,
                                                 const std::optional<std::string>& person_id) {
    Statement q = db_.prepare(open_follow_ups_sql());
    q.bind(1, until)
        .bind(2, limit)
        .bind(3, person_id)
        .bind(4, std::numeric_limits<core::Millis>::min());
    return read_follow_ups(q);
}

std::vector<DueFollowUp> FollowUpRepository::due_between(core::Millis from, core::Millis until,
                                                         int limit) {
    Statement q = db_.prepare(open_follow_ups_sql());
    q.bind(1, until).bind(2, limit).bind(3, std::optional<std::string>()).bind(4, from);
    return read_follow_ups(q);
}

} // namespace rapport::store
