#include "core/export_set.hpp"

namespace rapport::core {

std::string ExportSet::name_of(const std::string& person_id) const {
    for (const Person& p : people)
        if (p.id == person_id) return p.name;
    return {};
}

} // namespace rapport::core
