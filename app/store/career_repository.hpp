#pragma once
// Career options and the evidence for and against each.
#include "core/career.hpp"
#include "store/connection.hpp"

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
};

} // namespace rapport::store
