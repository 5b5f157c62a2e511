#pragma once
// Messages: drafts, sending (which starts and stops the reply clock) and a
// reply received.
#include "core/records.hpp"
#include "store/connection.hpp"
#include "store/follow_up_repository.hpp"
#include "store/people_repository.hpp"

#include <string>

namespace rapport::store {

class MessageRepository : public Repository {
  public:
    MessageRepository(Connection& connection, PeopleRepository& people,
                      FollowUpRepository& follow_ups)
        : Repository(connection), people_(people), follow_ups_(follow_ups) {}

    Error save(core::Message& message);
    // Records it as sent: starts the 3-and-7 business-day reply clock for an
    // outreach, completes the matching follow-ups, moves the stage and resets
    // the keep-in-touch clock.
    Error mark_sent(const std::string& message_id, core::Millis sent_at);
    // They answered: open nudges close and the stage moves on.
    Error record_reply(const std::string& person_id, core::Millis at);

  private:
    PeopleRepository& people_;
    FollowUpRepository& follow_ups_;
};

} // namespace rapport::store
