#pragma once
// Every record table's columns (table.hpp), each defined beside the code
// that saves its records. Declared here for the repositories that read
// another's rows, and for the test that checks them against the schema.
#include "core/career.hpp"
#include "core/conversation.hpp"
#include "core/person.hpp"
#include "core/profile.hpp"
#include "core/question_bank.hpp"
#include "core/records.hpp"
#include "store/table.hpp"

namespace rapport::store {

// people_repository.cpp
const Table<core::Person>& people_table();
const Table<core::Organisation>& organisations_table();
// conversation_repository.cpp (its questions: conversation_question)
const Table<core::Conversation>& conversations_table();
// note_repository.cpp
const Table<core::Note>& notes_table();
// message_repository.cpp
const Table<core::Message>& messages_table();
// follow_up_repository.cpp
const Table<core::FollowUp>& follow_ups_table();
// prepare_repository.cpp
const Table<core::Question>& questions_table();
const Table<core::ElevatorSpeech>& speeches_table();
// career_repository.cpp
const Table<core::CareerOption>& careers_table();
const Table<core::Evidence>& evidence_table();

} // namespace rapport::store
