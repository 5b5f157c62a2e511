#include "features/heard/heard_feature.hpp"

#include "store/store.hpp"

namespace rapport::ui {

void HeardFeature::load(const Route&) {
    std::vector<core::HeardConversation> heard;
    for (store::HeldConversation& held : shell_.store().conversations().held())
        heard.push_back({std::move(held.person_name), std::move(held.conversation)});
    sections_ = core::what_ive_heard(heard);
}

} // namespace rapport::ui
