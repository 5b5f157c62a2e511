#pragma once
// Reading everything an export writes.
#include "core/export_set.hpp"
#include "store/connection.hpp"
#include "store/conversation_repository.hpp"
#include "store/people_repository.hpp"

#include <string>
#include <vector>

namespace rapport::store {

class ExportRepository : public Repository {
  public:
    ExportRepository(Connection& connection, PeopleRepository& people,
                     ConversationRepository& conversations)
        : Repository(connection), people_(people), conversations_(conversations) {}

    // Everyone (or these people) with notes, conversations and follow-ups.
    core::ExportSet collect(const std::vector<std::string>& person_ids = {});

  private:
    PeopleRepository& people_;
    ConversationRepository& conversations_;
};

} // namespace rapport::store
