#pragma once
// What Today and a person's page show across tables: who is losing touch,
// the pipeline's counts and a person's timeline, each as one query.
#include "core/follow_up_rules.hpp"
#include "core/person.hpp"
#include "store/connection.hpp"

#include <string>
#include <vector>

namespace rapport::store {

struct LosingTouch {
    std::string person_id;
    std::string person_name;
    core::Millis last_interaction_at = 0;
    int cadence_days = 0;
    core::Millis due = 0;
};

struct StageCount {
    core::Stage stage;
    int count = 0;
};

enum class TimelineKind { Conversation, Note, Message, FollowUp, StageChange };

// One entry of a person's timeline, as data: the screen words it.
struct TimelineEntry {
    TimelineKind kind;
    std::string id;
    core::Millis at = 0;
    // Conversation: its status code; message and follow-up: their kind code;
    // stage change: the stage reached.
    std::string code;
    // Conversation: its mode code; stage change: the stage left ("" at first).
    std::string detail_code;
    bool open = false; // a message still a draft, a follow-up not done
    std::string text;  // the start of the body (kTimelineTextChars at most)
};
constexpr int kTimelineTextChars = 600;

class DashboardRepository : public Repository {
  public:
    explicit DashboardRepository(Connection& connection) : Repository(connection) {}

    std::vector<LosingTouch> losing_touch(core::Millis now, int limit = 50);
    std::vector<StageCount> pipeline_counts();
    std::vector<TimelineEntry> timeline(const std::string& person_id, int limit = 200);
};

} // namespace rapport::store
