#include "features/compare/compare_feature.hpp"
#include "store/store.hpp"

#include "ui/launch_request.hpp"

#include "features/careers/careers_actions.hpp"

namespace rapport::ui {

void CompareFeature::load(const Route& route) {
    store::Store& store = shell_.store();
    // Every answer to a question across hundreds of conversations: read
    // beside the frames (9-16 ms at 10,000 people).
    if (loaded_question_ != route.argument || loaded_people_ != shell_.model().people_version) {
        loaded_question_ = route.argument;
        loaded_people_ = shell_.model().people_version;
        if (answers_question_ != route.argument) answers_.clear();
        loading_ = true;
        shell_.reads().submit<std::vector<store::Answer>>(
            "answers",
            [id = route.argument](store::Store& s) { return s.conversations().answers_to(id); },
            [this, id = route.argument](std::vector<store::Answer> answers) {
                answers_ = std::move(answers);
                answers_question_ = id;
                loading_ = false;
            });
    }
    question_.clear();
    for (const core::Question& q : store.prepare().questions(true))
        if (q.id == route.argument) question_ = q.text;
    // Each answer can be filed under a career option.
    shell_.actions().ask(ReadCareerOptions{});
}

// A screenshot of the answers to "a typical day".
std::optional<Route> CompareFeature::route_for(const std::string& request) {
    if (!asks_for_screen(request, "compare")) return std::nullopt;
    return Route{Screen::Compare, "builtin-typical-day"};
}

} // namespace rapport::ui
