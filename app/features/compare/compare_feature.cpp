#include "features/compare/compare_feature.hpp"

#include "features/careers/careers_feature.hpp"

namespace rapport::ui {

void CompareFeature::load(const Route& route) {
    store::Store& store = shell_.store();
    answers_ = store.answers_to(route.argument);
    question_.clear();
    for (const core::Question& q : store.questions(true))
        if (q.id == route.argument) question_ = q.text;
    // Each answer can be filed under a career option.
    shell_.feature<CareersFeature>().load_options();
}

} // namespace rapport::ui
