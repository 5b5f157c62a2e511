#include "features/people/people_feature.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace rapport::ui {

namespace {

// The sort as settings.ini keeps it.
constexpr std::pair<store::PeopleSort, std::string_view> kSortNames[] = {
    {store::PeopleSort::NextAction, "next"},
    {store::PeopleSort::RecentlyMet, "met"},
    {store::PeopleSort::Name, "name"},
};

} // namespace

PeopleFeature::PeopleFeature(Shell& shell) : shell_(shell) {
    // People opens sorted as it was last left.
    for (const auto& [sort, name] : kSortNames)
        if (shell_.preferences().people_sort == name) list_.filter.sort = sort;
    ActionBus& bus = shell_.actions();
    bus.handle<SetFilter>([this](SetFilter& a) {
        if (a.filter.sort != list_.filter.sort) {
            for (const auto& [sort, name] : kSortNames)
                if (a.filter.sort == sort) shell_.preferences().people_sort = std::string(name);
            shell_.save_preferences();
        }
        list_.filter = a.filter;
    });
    bus.handle<Search>([this](Search& a) { list_.search_text = a.text; });
}

bool PeopleFeature::due() const {
    return loaded_people_ != shell_.model().people_version || !(loaded_filter_ == list_.filter);
}

void PeopleFeature::load(const Route&) {
    store::Store& store = shell_.store();
    list_.counts = store.dashboard().pipeline_counts();
    // The full list (26 ms at 10,000 people) is read beside the frames, and
    // only when what it depends on changed.
    if (due()) {
        store::PeopleQuery query;
        if (list_.filter.stage) query.stages = {*list_.filter.stage};
        query.source = list_.filter.source;
        query.sort = list_.filter.sort;
        query.limit = 1'000'000;
        loaded_filter_ = list_.filter;
        loaded_people_ = shell_.model().people_version;
        list_.loading = true;
        shell_.reads().submit<std::vector<store::PersonSummary>>(
            "people", [query](store::Store& s) { return s.people().list(query); },
            [this](std::vector<store::PersonSummary> people) {
                list_.people = std::move(people);
                list_.loading = false;
            });
    }
    // Search again when the text changed, or what it searched did.
    if (list_.search_query != list_.search_text || searched_people_ != loaded_people_) {
        list_.search_query = list_.search_text;
        searched_people_ = loaded_people_;
        shell_.reads().submit<std::vector<store::SearchHit>>(
            "search",
            [text = list_.search_text](store::Store& s) {
                return s.search().find(text, kSearchResults);
            },
            [this, text = list_.search_text](std::vector<store::SearchHit> results) {
                list_.results = std::move(results);
                list_.results_query = text;
            });
    }
}

void PeopleFeature::draw(const Route&, ScreenContext& screen) {
    draw_list(screen, false);
}

} // namespace rapport::ui
