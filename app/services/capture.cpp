#include "services/capture.hpp"

namespace rapport::services {

std::optional<std::string> conversation_to_debrief(store::Store& store,
                                                   const std::string& person_id) {
    const auto target = store.captures().target(store.clock().now(), person_id);
    if (target && target->person_id == person_id) return target->conversation_id;
    return std::nullopt;
}

} // namespace rapport::services
