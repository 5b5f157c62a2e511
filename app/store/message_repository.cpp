// Messages: drafts, sending (which starts and stops the reply clock) and a
// reply received.
#include "store/message_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"

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

Error MessageRepository::save(core::Message& m) {
    const bool known = people_.find(m.person_id).has_value();
    return save_record(messages_table(), m, known ? "" : "That person no longer exists",
                       nothing_more);
}

Error MessageRepository::mark_sent(const std::string& message_id, core::Millis sent_at) {
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
    if (Error e = people_.touch(person_id, sent_at)) return e;

    using K = core::FollowUpKind;
    switch (kind) {
    case core::MessageKind::Outreach:
    case core::MessageKind::LinkedInNote: {
        if (Error e = people_.change_stage(person_id, core::StageEvent::OutreachSent, sent_at))
            return e;
        const core::NudgeSchedule schedule = core::nudges_after(sent_at, clock_);
        for (auto [follow_kind, due] :
             {std::pair{K::Nudge, schedule.nudge}, std::pair{K::LastNudge, schedule.last_nudge}}) {
            core::FollowUp f;
            f.person_id = person_id;
            f.kind = follow_kind;
            f.due = due;
            f.message_id = message_id;
            if (Error e = follow_ups_.insert(f)) return e;
        }
        break;
    }
    case core::MessageKind::Nudge:
        // The first nudge due is the one this message answers.
        if (Error e = follow_ups_.complete_next_nudge(person_id, sent_at)) return e;
        break;
    case core::MessageKind::ThankYou:
        if (Error e = follow_ups_.complete_open(person_id, {K::ThankYou}, sent_at)) return e;
        if (Error e = people_.change_stage(person_id, core::StageEvent::ThankYouSent, sent_at))
            return e;
        break;
    case core::MessageKind::TellReferrer:
        if (Error e = follow_ups_.complete_open(person_id, {K::TellReferrer}, sent_at)) return e;
        break;
    case core::MessageKind::KeepInTouch:
        if (Error e = follow_ups_.complete_open(person_id, {K::KeepInTouch}, sent_at)) return e;
        if (Error e = people_.change_stage(person_id, core::StageEvent::InteractionLogged, sent_at))
            return e;
        break;
    case core::MessageKind::ReferralRequest:
        break;
    }
    return transaction.commit();
}

Error MessageRepository::record_reply(const std::string& person_id, core::Millis at) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    if (Error e = follow_ups_.close_nudges(person_id, at)) return e;
    if (Error e = people_.change_stage(person_id, core::StageEvent::ReplyReceived, at)) return e;
    if (Error e = people_.touch(person_id, at)) return e;
    return transaction.commit();
}

} // namespace rapport::store
