#include "services/capture.hpp"

namespace rapport::services {

std::optional<std::string> conversation_to_debrief(store::Store& store,
                                                   const std::string& person_id) {
    const auto target = store.captures().target(store.clock().now(), person_id);
    if (target && target->person_id == person_id) return target->conversation_id;
    return std::nullopt;
}

store::Error chosen_person(store::Store& store, const std::string& picked_id,
                           const std::string& typed_name, std::string& id, bool& added) {
    added = picked_id.empty();
    if (!added) {
        id = picked_id;
        return {};
    }
    core::Person person;
    if (store::Error e = add_person_named(store, typed_name, person)) return e;
    id = person.id;
    return {};
}

store::Error add_person_named(store::Store& store, const std::string& name, core::Person& added) {
    added = {};
    added.name = name;
    return store.people().save(added);
}

} // namespace rapport::services
