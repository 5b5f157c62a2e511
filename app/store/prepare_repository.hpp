#pragma once
// Getting ready: the question bank, your profile and elevator speeches.
#include "core/profile.hpp"
#include "core/question_bank.hpp"
#include "store/connection.hpp"

#include <vector>

namespace rapport::store {

class PrepareRepository : public Repository {
  public:
    explicit PrepareRepository(Connection& connection) : Repository(connection) {}

    std::vector<core::Question> questions(bool include_archived = false);
    Error save_question(core::Question& question);
    core::Profile profile();
    // False until a profile was saved or the first-run question skipped.
    bool has_profile();
    Error save_profile(const core::Profile& profile);
    std::vector<core::ElevatorSpeech> speeches();
    Error save_speech(core::ElevatorSpeech& speech);
    // Adds the built-in questions a database does not have yet.
    Error seed_questions();
};

} // namespace rapport::store
