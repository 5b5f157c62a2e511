#pragma once
// Conversations: planning, holding (with the follow-ups it starts),
// cancelling, moving, deleting, and the answers given in them.
#include "core/conversation.hpp"
#include "store/connection.hpp"
#include "store/follow_up_repository.hpp"
#include "store/people_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

struct UpcomingConversation {
    core::Conversation conversation; // without questions
    std::string person_name;
    int planned_questions = 0;
    std::string from_calendar; // "Work" when read from the person's Work calendar
};

// A conversation held with someone, with their name: the rows "What I've
// heard" sums up.
struct HeldConversation {
    std::string person_name;
    core::Conversation conversation; // without questions
};

struct Answer {
    std::string conversation_id;
    int position = 0;
    std::string person_id;
    std::string person_name;
    std::string role;
    std::string organisation;
    core::Millis when = 0;
    std::string question;
    std::string answer;
};

class ConversationRepository : public Repository {
  public:
    ConversationRepository(Connection& connection, PeopleRepository& people,
                           FollowUpRepository& follow_ups)
        : Repository(connection), people_(people), follow_ups_(follow_ups) {}

    Error save(core::Conversation& conversation);
    std::optional<core::Conversation> find(const std::string& id);
    // Marks it held now: the person moves to met, a thank-you is due in 24 h,
    // and the referrer, if any, is due a note that you met.
    Error hold(const std::string& conversation_id, core::Millis held_at);
    // "We met", with nothing planned: a conversation with `person_id` at
    // `now`, saved as planned without the reminders a plan starts, so that
    // hold() then starts what a held one starts.
    Error record_unplanned(const std::string& person_id, core::Millis now,
                           core::Conversation& made);
    // Cancels a planned or held conversation: its open follow-ups go with it
    // and the person's stage goes back to where it was before it, when it
    // was this conversation that moved them.
    Error cancel(const std::string& conversation_id);
    // A cancelled conversation that was never held is planned again (the
    // Undo of "It didn't happen"): the person is scheduled again.
    Error reinstate(const std::string& conversation_id);
    // Moves a planned conversation's time, or a held one's; the follow-ups
    // it started move with it.
    Error move(const std::string& conversation_id, core::Millis to);
    // Soft delete, with its follow-ups; restore brings both back.
    Error remove(const std::string& conversation_id);
    Error restore(const std::string& conversation_id);
    // Every held conversation with the person's name, oldest first.
    std::vector<HeldConversation> held();
    std::vector<UpcomingConversation>
    upcoming(core::Millis from, int limit = 20,
             const std::optional<std::string>& person_id = std::nullopt);
    std::vector<Answer> answers_to(const std::string& question_id);
    int count_held_between(core::Millis from, core::Millis to);

  private:
    PeopleRepository& people_;
    FollowUpRepository& follow_ups_;
};

} // namespace rapport::store
