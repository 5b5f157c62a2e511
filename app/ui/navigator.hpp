#pragma once
// Where the user is: a top-level tab and a back stack of pushed screens.
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::ui {

enum class Screen {
    Today,
    People,
    Prepare,
    Careers,
    Capture,
    Settings,
    Person,
    PersonEdit,
    Conversation,
    PlanConversation,
    Compose,
    Compare,
    Speech,
    Career,
    CareerCompare, // two career options side by side (argument "id,id")
    Data,          // import and export
    ImportPreview, // what an import will do, before it does it
    Note,          // one note, whole and editable (argument: the note id)
    Debrief,       // one conversation read back: debrief, answers, notes (conversation id)
    Inbox,         // notes captured about nobody yet
    Heard,         // "What I've heard" across every conversation
    Templates,     // message templates, edited
    Sync,          // the CardDAV/CalDAV account, its status and conflicts
    Scheduled,     // every follow-up scheduled after today, by day
    Help,          // the user guide: its sections, or one (argument: its number)
};

struct Route {
    // Not an aggregate: most routes name a screen and an argument, and a
    // search adds what it looked for.
    Route(Screen screen_ = Screen::Today, std::string argument_ = {}, std::string find_ = {})
        : screen(screen_), argument(std::move(argument_)), find(std::move(find_)) {}
    Screen screen;
    // A person id for Person and PersonEdit ("" = new person), a note id
    // for Note, a conversation id for Debrief and Conversation.
    std::string argument;
    // What a search looked for: the opened note puts its caret on the match.
    std::string find;
    bool operator==(const Route&) const = default;
};

bool is_tab(Screen screen);
std::string_view screen_name(Screen screen);
std::optional<Screen> screen_from_name(std::string_view name);
std::string_view screen_title(Screen screen);

// Where a feature sits in the navigation: the bottom bar on a phone, the
// rail on a wide window.
struct NavigationSlot {
    enum class Kind {
        Tab,    // a tab of its own, in the bar and the rail
        Raised, // the round raised button (mid-bar, top of the rail) opening its screen over any
                // tab
        Foot,   // the rail's foot only, opening its screen (on a phone, reached from a tab)
    };
    Kind kind = Kind::Tab;
    Screen screen = Screen::Today;
    const char* glyph = "";
    int order = 0; // tabs left to right, rail top to bottom
};

// A key that opens a screen from anywhere (Ctrl+N: capture).
struct Shortcut {
    char key = 0; // an upper-case letter
    bool ctrl = true;
    Route route;
};

class Navigator {
  public:
    explicit Navigator(Screen root = Screen::Today)
        : stack_{Route{root, {}}}, places_{next_place()} {}

    const Route& current() const { return stack_.back(); }
    // The screen under the current one, if any (what capture was opened from).
    const Route* below() const { return stack_.size() > 1 ? &stack_[stack_.size() - 2] : nullptr; }
    Screen tab() const { return stack_.front().screen; }
    size_t depth() const { return stack_.size(); }

    // Tapping a tab shows its root; tapping the current tab again pops to it.
    void switch_tab(Screen tab);
    void push(Route route);
    // Replaces the top screen (after saving an edit, show the saved person);
    // when that is the screen underneath, goes back to it instead, so the
    // same screen is never twice in a row.
    void replace(Route route);
    // Back to the tab's root, which keeps its place (its list's scroll).
    void pop_to_root();
    // Whether every screen above the root is one of `screens`.
    bool only_above_root(const std::function<bool(Screen)>& which) const;
    // Returns false when already at a tab's root (nothing to go back to).
    bool back();

    // Each screen opened is a new page, with a serial of its own: a page
    // opens at its top, and going back to one returns to where it was
    // scrolled (kept here while it is on the stack).
    std::uint64_t page() const { return places_.back().page; }
    float scroll() const { return places_.back().scroll; }
    void keep_scroll(float y) { places_.back().scroll = y; }

  private:
    struct Place {
        std::uint64_t page = 0;
        float scroll = 0.0f;
    };
    Place next_place() { return {++pages_opened_, 0.0f}; }

    std::uint64_t pages_opened_ = 0; // first: the constructor opens a page
    std::vector<Route> stack_;
    std::vector<Place> places_; // one for each route on the stack
};

} // namespace rapport::ui
