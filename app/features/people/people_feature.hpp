#pragma once
// People: everyone, by stage, sorted and filtered, and search across people,
// notes, conversations and answers (people_screen.cpp). On a wide display
// the list stays beside the person opened from it.
#include "features/people/people_actions.hpp"
#include "store/store.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

// Search shows the best matches, at most this many.
constexpr int kSearchResults = 60;

// What the list shows and was read with.
struct PeopleList {
    PeopleFilter filter;
    std::string search_text;   // the search box, as typed
    bool more_filters = false; // the sort and source chips are open
    std::vector<store::StageCount> counts;
    std::vector<store::PersonSummary> people; // filtered and sorted
    std::string search_query;                 // what was last asked
    std::vector<store::SearchHit> results;
    std::string results_query; // what `results` answer (the read runs beside the frames)
    bool open_first = false;   // Enter was pressed before the results for the text arrived
    bool loading = false;      // the list is being read: what is shown may be old
};

class PeopleFeature final : public Feature {
  public:
    explicit PeopleFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Tab, Screen::People, icon::kPeople, 1}};
    }
    bool draws(Screen screen) const override { return screen == Screen::People; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool lists_beside(Screen screen) const override {
        return screen == Screen::People || screen == Screen::Person || screen == Screen::PersonEdit;
    }
    void draw_list_pane(ScreenContext& screen) override { draw_list(screen, true); }
    void draw_nothing_picked(ScreenContext& screen) override;
    bool list_due() const override { return due(); }
    // The list alone: the People tab, or the left pane beside a person.
    void draw_list(ScreenContext& screen, bool in_pane);
    // Whether what the list was read with has changed since.
    bool due() const;
    const PeopleList& list() const { return list_; }

  private:
    Shell& shell_;
    PeopleList list_;
    PeopleFilter loaded_filter_;      // what list_.people was read with
    std::uint64_t loaded_people_ = 0; // the shell's people version then
    std::uint64_t searched_people_ = 0;
};

} // namespace rapport::ui
