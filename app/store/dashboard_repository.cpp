// What Today and a person's page show across tables: losing touch,
// pipeline counts, and the timeline, each as one query.
#include "store/dashboard_repository.hpp"

#include "store/row_codec.hpp"
#include "store/tables.hpp"

#include <limits>

namespace rapport::store {

std::vector<LosingTouch> DashboardRepository::losing_touch(core::Millis now, int limit) {
    Statement q = db_.prepare(
        "SELECT id, name, last_interaction_at, cadence_days, "
        "last_interaction_at + cadence_days * 86400000 AS due FROM person "
        "WHERE deleted_at IS NULL AND cadence_days > 0 AND last_interaction_at IS NOT NULL "
        "AND stage NOT IN ('declined', 'paused') "
        "AND last_interaction_at + cadence_days * 86400000 <= ?1 ORDER BY due LIMIT ?2");
    q.bind(1, now).bind(2, limit);
    std::vector<LosingTouch> list;
    while (q.step())
        list.push_back(
            {q.text(0), q.text(1), q.integer(2), static_cast<int>(q.integer(3)), q.integer(4)});
    return list;
}

std::vector<StageCount> DashboardRepository::pipeline_counts() {
    Statement q =
        db_.prepare("SELECT stage, count(*) FROM person WHERE deleted_at IS NULL GROUP BY stage");
    std::vector<StageCount> counts;
    for (const auto& name : core::stage_names())
        counts.push_back({name.value, 0});
    while (q.step()) {
        const core::Stage stage = decode(core::stage_names(), q.text(0));
        for (StageCount& c : counts)
            if (c.stage == stage) c.count += static_cast<int>(q.integer(1));
    }
    return counts;
}

std::vector<TimelineEntry> DashboardRepository::timeline(const std::string& person_id, int limit) {
    // Newest first across every kind of record, in one query; codes and
    // text only, the screen words them.
    Statement q = db_.prepare(
        "SELECT 0, id, coalesce(held_at, when_at), status, mode, 0, "
        "  substr(trim(coalesce(nullif(takeaways, ''), nullif(notes, ''), advice)), 1, ?3) "
        "  FROM conversation WHERE person_id = ?1 AND deleted_at IS NULL "
        "UNION ALL SELECT 1, id, created_at, '', '', 0, substr(body, 1, ?3) "
        "  FROM note WHERE person_id = ?1 AND deleted_at IS NULL "
        "UNION ALL SELECT 2, id, coalesce(sent_at, updated_at), kind, '', sent_at IS NULL, "
        "  substr(body, 1, ?3) FROM message WHERE person_id = ?1 AND deleted_at IS NULL "
        "UNION ALL SELECT 3, id, coalesce(done_at, due), kind, '', done_at IS NULL, title "
        "  FROM follow_up WHERE person_id = ?1 AND deleted_at IS NULL "
        "UNION ALL SELECT 4, id, at, to_stage, coalesce(from_stage, ''), 0, '' "
        "  FROM stage_change WHERE person_id = ?1 "
        "ORDER BY 3 DESC LIMIT ?2");
    q.bind(1, person_id).bind(2, limit).bind(3, kTimelineTextChars);
    std::vector<TimelineEntry> entries;
    while (q.step())
        entries.push_back({static_cast<TimelineKind>(q.integer(0)), q.text(1), q.integer(2),
                           q.text(3), q.text(4), q.integer(5) != 0, q.text(6)});
    return entries;
}

} // namespace rapport::store
