#pragma once
// Career options and the evidence for and against each.
#include "core/career.hpp"
#include "store/connection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

class CareerRepository : public Repository {
  public:
    explicit CareerRepository(Connection& connection) : Repository(connection) {}

    std::vector<core::CareerOption> list();
    Error save(core::CareerOption& career);
    Error add_evidence(core::Evidence& evidence);
    std::vector<core::Evidence> evidence_for(const std::string& career_id);
    // Soft deletes, each undone by its restore.
    Error remove(const std::string& id);
    Error restore(const std::string& id);
    Error remove_evidence(const std::string& id);
    Error restore_evidence(const std::string& id);

  private:
    // `stamped`: the table has updated_at (evidence has only its creation).
    Error set_deleted(const char* table, bool stamped, const std::string& id,
                      std::optional<core::Millis> at);
};

} // namespace rapport::store
