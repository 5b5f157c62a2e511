#include "features/people/people_feature.hpp"

namespace rapport::ui {

PeopleFeature::PeopleFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<SetFilter>([this](SetFilter& a) { list_.filter = a.filter; });
    bus.handle<Search>([this](Search& a) { list_.search_text = a.text; });
}

bool PeopleFeature::due() const {
    return loaded_people_ != shell_.model().people_version || !(loaded_filter_ == list_.filter);
}

void PeopleFeature::load(const Route&) {
    store::Store& store = shell_.store();
    list_.counts = store.pipeline_counts();
    // The full list is read only when what it depends on changed.
    if (due()) {
        store::PeopleQuery query;
        if (list_.filter.stage) query.stages = {*list_.filter.stage};
        query.source = list_.filter.source;
        query.sort = list_.filter.sort;
        query.limit = 1'000'000;
        list_.people = store.people(query);
        loaded_filter_ = list_.filter;
        loaded_people_ = shell_.model().people_version;
    }
    if (list_.search_query != list_.search_text) {
        list_.search_query = list_.search_text;
        list_.results = store.search(list_.search_text, kSearchResults);
    }
}

void PeopleFeature::draw(const Route&, ScreenContext& screen) {
    draw_list(screen, false);
}

} // namespace rapport::ui
