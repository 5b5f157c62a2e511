// Capture: the draft that survives anything, and who a capture is about.
// What filing it does is services/capture.
#include "store/capture_repository.hpp"

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

Error CaptureRepository::clear_draft() {
    if (Error e = refuse_if_read_only()) return e;
    Statement clear = db_.prepare("DELETE FROM capture_draft WHERE id = ?1");
    clear.bind(1, std::string_view(kDraftId));
    clear.run();
    return clear.error();
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
