#include "services/capture.hpp"

namespace rapport::services {

std::optional<std::string> conversation_to_debrief(store::Store& store,
                                                   const std::string& person_id) {
    const auto target = store.captures().target(store.clock().now(), person_id);
    if (target && target->person_id == person_id) return target->conversation_id;
    return std::nullopt;
}

store::Error add_person_named(store::Store& store, const std::string& name, core::Person& added) {
    added = {};
    added.name = name;
    return store.people().save(added);
}

} // namespace rapport::services
