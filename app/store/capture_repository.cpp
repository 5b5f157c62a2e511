// Capture: the draft that survives anything, who a capture is about, and
// what filing it does (a debrief, a plain note, or the inbox).
#include "store/capture_repository.hpp"

#include "core/debrief.hpp"
#include "store/row_codec.hpp"

#include <algorithm>

namespace rapport::store {
namespace {

constexpr const char* kDraftId = "capture";
// A conversation held or planned this long ago (or still going, with up to
// the lead left) is the one a capture debriefs.
constexpr core::Millis kDebriefWindow = 3 * core::kHour;
constexpr core::Millis kDebriefLead = core::kHour;

// The conversations a capture may debrief, most recent first: held (by when
// it was held) or planned, begun and not cancelled (by when it ends), within
// the window. One that has not begun is not: notes written before a meeting
// must not mark it held. ?1 now, ?2 a person or NULL for anyone.
constexpr const char* kRecentConversations =
    "SELECT c.id, c.person_id, p.name, coalesce(c.held_at, c.when_at + c.duration_minutes * "
    "60000) AS ended FROM conversation c JOIN person p ON p.id = c.person_id "
    "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.status <> 'cancelled' "
    "AND (c.held_at IS NOT NULL OR c.when_at <= ?1) "
    "AND coalesce(c.held_at, c.when_at + c.duration_minutes * 60000) BETWEEN ?1 - ?3 AND ?1 + ?4 "
    "AND (?2 IS NULL OR c.person_id = ?2) ORDER BY ended DESC LIMIT 1";

} // namespace

std::optional<CaptureDraft> CaptureRepository::draft() {
    Statement query = db_.prepare("SELECT body, cursor, updated_at, person_id, conversation_id, "
                                  "met FROM capture_draft WHERE id = ?1");
    query.bind(1, std::string_view(kDraftId));
    if (!query.step()) return std::nullopt;
    return CaptureDraft{query.text(0),          static_cast<int>(query.integer(1)),
                        query.integer(2),       query.optional_text(3),
                        query.optional_text(4), query.integer(5) != 0};
}

Error CaptureRepository::save_draft(const CaptureDraft& draft) {
    if (Error e = refuse_if_read_only()) return e;
    Statement upsert = db_.prepare(
        "INSERT INTO capture_draft(id, body, cursor, updated_at, person_id, conversation_id, met) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
        "cursor = excluded.cursor, updated_at = excluded.updated_at, "
        "person_id = excluded.person_id, conversation_id = excluded.conversation_id, "
        "met = excluded.met");
    upsert.bind(1, std::string_view(kDraftId))
        .bind(2, std::string_view(draft.body))
        .bind(3, draft.cursor)
        .bind(4, clock_.now())
        .bind(5, draft.person_id)
        .bind(6, draft.conversation_id)
        .bind(7, draft.met ? 1 : 0);
    upsert.run();
    return upsert.error();
}

Error CaptureRepository::finish(CaptureResult* result) {
    if (Error e = refuse_if_read_only()) return e;
    std::optional<CaptureDraft> kept = draft();
    if (!kept) return {};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    CaptureResult done;
    if (Error e = file(kept->body, kept->person_id, kept->conversation_id, kept->met, &done))
        return e;
    Statement clear = db_.prepare("DELETE FROM capture_draft WHERE id = ?1");
    clear.bind(1, std::string_view(kDraftId));
    if (!clear.run()) return clear.error();
    if (Error e = transaction.commit()) return e;
    if (result) *result = done;
    return {};
}

Error CaptureRepository::file(const std::string& body, std::optional<std::string> person_id,
                              std::optional<std::string> conversation_id, bool met,
                              CaptureResult* result) {
    if (Error e = refuse_if_read_only()) return e;
    const bool has_text = body.find_first_not_of(" \t\r\n") != std::string::npos;
    if (!has_text) return {}; // Done on an empty capture changes nothing
    if (person_id && !people_.find(*person_id)) person_id.reset();
    std::optional<core::Conversation> debriefed;
    if (person_id && conversation_id) {
        debriefed = conversations_.find(*conversation_id);
        if (debriefed && (debriefed->person_id != *person_id ||
                          debriefed->status == core::ConversationStatus::Cancelled))
            debriefed.reset();
    }
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    CaptureResult done;
    done.person_id = person_id;
    if (person_id && !debriefed && met) {
        // "We met", with nothing planned: the conversation is recorded now.
        core::Conversation held;
        held.person_id = *person_id;
        held.when = now;
        held.status = core::ConversationStatus::Held;
        held.held_at = now;
        if (Error e = conversations_.save(held)) return e;
        held.status = core::ConversationStatus::Planned; // so holding it starts its follow-ups
        Statement reopen = db_.prepare("UPDATE conversation SET status = 'planned' WHERE id = ?1");
        reopen.bind(1, held.id);
        if (!reopen.run()) return reopen.error();
        debriefed = held;
    }
    if (debriefed) {
        const bool was_held = debriefed->status == core::ConversationStatus::Held;
        // The headings typed under the note fill the conversation's fields.
        core::Conversation filled = *conversations_.find(debriefed->id);
        if (core::add_debrief(filled, core::read_debrief(body, filled.questions)))
            if (Error e = conversations_.save(filled)) return e;
        if (!was_held)
            if (Error e = conversations_.hold(debriefed->id, now)) return e;
        done.conversation_id = debriefed->id;
        done.debrief = true;
        if (!was_held) done.thank_you_due = core::thank_you_due(now);
    }
    core::Note note;
    note.person_id = person_id;
    note.conversation_id = done.conversation_id;
    note.body = body;
    if (Error e = notes_.save(note)) return e;
    done.note_id = note.id;
    if (Error e = transaction.commit()) return e;
    if (result) *result = done;
    return {};
}

std::optional<CaptureTarget> CaptureRepository::target(core::Millis now,
                                                       const std::optional<std::string>& current) {
    Statement recent = db_.prepare(kRecentConversations);
    recent.bind(1, now).bind(2, current).bind(3, kDebriefWindow).bind(4, kDebriefLead);
    std::optional<CaptureTarget> found;
    if (recent.step()) {
        const core::Millis ended = recent.integer(3);
        found = CaptureTarget{
            recent.text(1), recent.text(2), recent.text(0),
            ended > now ? CaptureTarget::Why::InProgress : CaptureTarget::Why::Ended, ended};
    }
    if (found || !current) return found;
    if (auto p = people_.find(*current))
        return CaptureTarget{p->id, p->name, std::nullopt, CaptureTarget::Why::OnTheirPage, 0};
    return std::nullopt;
}

} // namespace rapport::store
