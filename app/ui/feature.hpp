#pragma once
// A feature (Today, People, Capture, Plan, …) has one home under
// app/features/<name>/: its own state, what it reads from the store, how it
// draws its screens, and the handlers for its own actions. The shell (App)
// keeps navigation, the frame loop and what every feature shares, and asks
// the feature of the screen on top to load and draw it.
#include "ui/action_bus.hpp"
#include "ui/app_services.hpp"
#include "ui/background_reads.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/read_model.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {
class Store;
struct Error;
} // namespace rapport::store

namespace rapport::ui {

struct ScreenContext;
struct Layout;
class Feature;

// What the app shell offers every feature.
class Shell {
  public:
    virtual store::Store& store() = 0;
    virtual const AppServices& services() const = 0;
    virtual Preferences& preferences() = 0;
    virtual void save_preferences() = 0;
    virtual const Navigator& navigator() const = 0;
    virtual const Layout& layout() const = 0;
    // What every screen may show: the time, errors, totals, names.
    virtual ReadModel& model() = 0;
    virtual ActionBus& actions() = 0;
    // Where reads that can take more than a few milliseconds go.
    virtual BackgroundReads& reads() = 0;
    // Whether some feature draws `screen` (Sync is the desktop's only).
    virtual bool shows(Screen screen) const = 0;
    // Opens a route, letting its feature prepare first; a tab switches.
    virtual void open(Route route) = 0;
    virtual void replace(Route route) = 0;
    virtual bool back() = 0;
    // A short message at the bottom; with `undo`, an Undo button that runs it.
    virtual void notify(std::string text, std::function<void()> undo = {}) = 0;
    virtual void show_error(const store::Error& error) = 0;
    // People were added, changed or removed: lists showing them are read again.
    virtual void people_changed() = 0;
    // No feature is reachable from here: features meet through the action
    // bus, on what each declares in its features/X/X_actions.hpp.

  protected:
    ~Shell() = default;
};

class Feature {
  public:
    // What the shell is built with: every feature, made for it.
    using Factory = std::function<std::vector<std::unique_ptr<Feature>>(Shell&)>;

    virtual ~Feature() = default;
    // Whether this feature draws `screen`.
    virtual bool draws(Screen screen) const = 0;
    // What the shell needs to know of the feature, declared by it, so the
    // shell names no feature:
    // - where it sits in the navigation, if anywhere;
    virtual std::vector<NavigationSlot> navigation() const { return {}; }
    // - keys that open its screens from anywhere;
    virtual std::vector<Shortcut> shortcuts() const { return {}; }
    // - whether `screen` is a task that takes the whole window (no
    //   navigation, a readable column on a wide one);
    virtual bool full_screen(Screen screen) const {
        (void)screen;
        return false;
    }
    // - the tab `screen` sits under when opened from outside (a person's
    //   page at launch sits on People, so Back leads there);
    virtual std::optional<Screen> tab_of(Screen screen) const {
        (void)screen;
        return std::nullopt;
    }
    // - whether `screen` saves as it goes and so gives way when another row
    //   of the list beside it is tapped (a form being filled in stays);
    virtual bool gives_way_to_list(Screen screen) const {
        (void)screen;
        return false;
    }
    // - the route it opens for a request from outside the window
    //   (ui/launch_request.hpp), when the request is its own.
    virtual std::optional<Route> route_for(const std::string& request) {
        (void)request;
        return std::nullopt;
    }
    // `route` is about to be shown (a tap, a launch, a hand-off).
    virtual void open(const Route& route) { (void)route; }
    // The app starts on `route` (--screen): true when the feature opened it
    // itself (reading what it needs first); false lets the shell open it.
    virtual bool launch(const Route& route) {
        (void)route;
        return false;
    }
    // Reads what `route` shows: after the actions a frame recorded and when
    // the route changes, never while drawing.
    virtual void load(const Route& route) { (void)route; }
    virtual void draw(const Route& route, ScreenContext& screen) = 0;
    // Back was asked for (Escape, the back button) on `route`: true when
    // the feature took care of it (capture files its note first).
    virtual bool leave(const Route& route) {
        (void)route;
        return false;
    }
    // Once a frame after drawing, and with force when the app closes:
    // writes typed text when it is due (ui/autosave.hpp).
    virtual void save(bool force) { (void)force; }
    // Once a frame, after drawing: a background job's result lands. True
    // when that changed what is shown, so the next frame is drawn at once.
    virtual bool tick() { return false; }
    // A text box of `route` is about to take the keyboard: typed keys wait.
    virtual bool keyboard_on_hold(const Route& route) const {
        (void)route;
        return false;
    }
    // Needs everyone's names (pickers, referral leads) while `route` shows.
    virtual bool needs_names(const Route& route) const {
        (void)route;
        return false;
    }
    // A tab whose list stays on screen beside what was opened from it on a
    // wide display (People beside a person): whether it does with `screen`
    // on top, its own root included.
    virtual bool lists_beside(Screen screen) const {
        (void)screen;
        return false;
    }
    // The list for the left pane, and what the right pane shows while
    // nothing is picked.
    virtual void draw_list_pane(ScreenContext& screen) { (void)screen; }
    virtual void draw_nothing_picked(ScreenContext& screen) { (void)screen; }
    // What the list was read with has changed (the list pane reads it again).
    virtual bool list_due() const { return false; }
    // Files dropped onto the window or picked in the browser: true when
    // this feature took them (import offers the first).
    virtual bool open_files(const std::vector<std::string>& paths) {
        (void)paths;
        return false;
    }
    // Once a frame, for every feature: adds what it needs from the loop (a
    // timer's wake-up, a progress bar); `route` is the screen on top.
    virtual void report(const Route& route, FrameReport& report) const {
        (void)route;
        (void)report;
    }
};

} // namespace rapport::ui
