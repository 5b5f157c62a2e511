#pragma once
// A person: their page (research, what is next, the timeline) and the add /
// edit form with its duplicate check (person_screen.cpp, person_edit_screen.cpp).
#include "core/person.hpp"
#include "features/person/person_actions.hpp"
#include "store/store.hpp"
#include "store/sync_repository.hpp"
#include "ui/feature.hpp"
#include "ui/shell_actions.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct PersonModel {
    core::Person person;
    std::vector<store::TimelineEntry> timeline; // newest first
    bool older_entries = false;                 // the timeline stops before the first one
    std::vector<core::Person> referred;         // people they referred you to
    std::string referrer_name;
    std::vector<store::DueFollowUp> open_follow_ups;
    std::optional<store::UpcomingConversation> planned; // the next planned conversation
    std::optional<core::Organisation> organisation;     // with its principles
    // Fields this device and another changed before they synced: the kept
    // value is theirs now; the other can be taken back.
    std::vector<store::StoredConflict> conflicts;
};

// The add/edit person form. Lists are edited as one comma-separated line.
struct PersonEditor {
    core::Person draft;
    std::string emails, phones, tags, links;
    std::string referrer_query; // typing a name to pick "referred by"
    std::string referrer_name;
    std::vector<store::Duplicate> duplicates; // found on save: offer open or merge
    std::string error;
    // Name, emails and LinkedIn as the last Save checked them: `error` and
    // `duplicates` speak of these, and go once any of them changes.
    std::string checked_name, checked_emails, checked_linkedin;
    bool focus_requested = false;
    bool show_research = false;
    bool confirm_delete = false;     // delete asks once
    core::Organisation organisation; // principles and core beliefs of their organisation
};

class PersonFeature final : public Feature {
  public:
    explicit PersonFeature(Shell& shell);
    std::optional<Screen> tab_of(Screen) const override { return Screen::People; }
    bool gives_way_to_list(Screen screen) const override { return screen == Screen::Person; }
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override {
        return screen == Screen::Person || screen == Screen::PersonEdit;
    }
    bool launch(const Route& route) override;
    void load(const Route& route) override;
    bool leave(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool keyboard_on_hold(const Route& route) const override;
    bool needs_names(const Route& route) const override {
        return route.screen == Screen::PersonEdit;
    }
    // The person whose page was opened last (capture preselects them).
    const std::optional<std::string>& last_viewed() const { return last_viewed_; }
    const std::optional<PersonModel>& person() const { return person_; }
    const PersonEditor& editor() const { return editor_; }

  private:
    void draw_person(ScreenContext& screen);
    void draw_edit(ScreenContext& screen);
    // A new person (`person_id` "") may start with a name and a LinkedIn
    // profile (one shared to Rapport).
    void begin_edit(const std::string& person_id, const std::string& name = {},
                    const std::string& linkedin = {});
    // Shared from another app: see ShareReceived.
    void take_share(const ShareReceived& share);
    void save_person(bool allow_duplicate);
    void merge_into(const std::string& existing_id);
    void remove(const std::string& id);

    Shell& shell_;
    std::optional<PersonModel> person_; // the person on screen
    PersonEditor editor_;
    std::optional<std::string> last_viewed_;
    // How many timeline entries the open person shows; back to one page
    // when another person opens.
    static constexpr int kTimelinePage = 100;
    int timeline_limit_ = kTimelinePage;
    std::string timeline_person_;
    std::string reminder_text_; // "Remind me to …" as typed on their page
};

} // namespace rapport::ui
