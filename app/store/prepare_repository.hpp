#pragma once
// Getting ready: the question bank, your profile, elevator speeches and your
// own message templates.
#include "core/message_templates.hpp"
#include "core/profile.hpp"
#include "core/question_bank.hpp"
#include "store/connection.hpp"

#include <optional>
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
    // Your own version of a message template, if you made one.
    std::optional<core::MessageDraft> message_template(core::MessageKind kind);
    Error save_message_template(core::MessageKind kind, const core::MessageDraft& draft);
    // Back to the built-in template.
    Error reset_message_template(core::MessageKind kind);
    // Adds the built-in questions a database does not have yet.
    Error seed_questions();
};

} // namespace rapport::store
