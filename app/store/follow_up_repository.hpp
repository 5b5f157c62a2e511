#pragma once
// Follow-ups: the thank-you, the nudges, keeping in touch and reminders of
// your own; adding, completing and snoozing them, and what is due.
#include "core/records.hpp"
#include "store/connection.hpp"
#include "store/people_repository.hpp"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

struct DueFollowUp {
    core::FollowUp follow_up;
    std::string person_name;
    std::string about_person_name; // tell-the-referrer: who was met
};

class FollowUpRepository : public Repository {
  public:
    FollowUpRepository(Connection& connection, PeopleRepository& people)
        : Repository(connection), people_(people) {}

    Error add(core::FollowUp& follow_up);
    Error complete(const std::string& id, core::Millis at);
    Error snooze(const std::string& id, core::Millis until);
    // You were in touch: the keep-in-touch clock restarts.
    Error log_interaction(const std::string& person_id, core::Millis at);
    std::vector<DueFollowUp> due(core::Millis until, int limit = 100,
                                 const std::optional<std::string>& person_id = std::nullopt);
    // Open follow-ups due from `from` (inclusive) to `until`, soonest first.
    std::vector<DueFollowUp> due_between(core::Millis from, core::Millis until, int limit);
    // How many open follow-ups are due by `until` (and from `from`): the
    // lists stop at their limits.
    int count_due(core::Millis until, core::Millis from = std::numeric_limits<core::Millis>::min());
    // Claims the notification for a follow-up due at `due`: true for the one
    // caller that claims it first (the running app or `rapport remind`),
    // false for every later one, so a follow-up is announced once.
    Error claim_reminder(const std::string& id, core::Millis due, core::Millis now, bool& claimed);

    // ---- for the repositories whose records start or stop follow-ups ----
    // Always a new row, whatever it was copied from (inside the caller's
    // transaction).
    Error insert(core::FollowUp& follow_up);
    // Nudges stop once a conversation is planned or held, or they replied.
    Error close_nudges(const std::string& person_id, core::Millis at);
    // The first open nudge: a nudge message answers it.
    Error complete_next_nudge(const std::string& person_id, core::Millis at);
    // A conversation's follow-ups go with it (soft; `only_open` keeps the
    // ones already done), move with it, and come back with it.
    Error remove_for_conversation(const std::string& conversation_id, core::Millis at,
                                  bool only_open);
    Error shift_for_conversation(const std::string& conversation_id, core::Millis by,
                                 core::Millis at);
    Error restore_for_conversation(const std::string& conversation_id, core::Millis deleted_at);
    // Completes the person's open follow-ups of these kinds.
    Error complete_open(const std::string& person_id,
                        std::initializer_list<core::FollowUpKind> kinds, core::Millis at);

  private:
    PeopleRepository& people_;
};

} // namespace rapport::store
