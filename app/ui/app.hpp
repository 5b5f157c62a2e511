#pragma once
// The app shell: navigation, the frame loop, the layout (bottom bar, rail,
// list beside detail), the snackbar, settings that change how everything is
// drawn, and what every feature shares. Each screen belongs to a feature
// (app/features/<name>/) that loads, draws and applies its own actions.
// Knows nothing of GLFW or the web: a platform drives it.
#include "ui/action_bus.hpp"
#include "ui/app_services.hpp"
#include "ui/context.hpp"
#include "ui/feature.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/read_model.hpp"
#include "ui/screens/screen.hpp"
#include "ui/text/font_files.hpp"
#include "ui/thread_inbox.hpp"

#include <functional>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace rapport::store {
class Store;
}

namespace rapport::ui {

// A short message at the bottom with an optional undo.
struct Snackbar {
    std::string text;
    std::function<void()> undo;
    double until = 0.0; // ImGui time when it hides
    // The page it speaks on, taken when the frame that showed it ends (after
    // the navigation its action made): another screen opened later hides it.
    std::uint64_t page = 0;
};

class App final : public Shell {
  public:
    // `make_features` makes every feature the app shows (app/shell hands
    // over app/features/all_features.hpp).
    // Starts on `start`, or on what `request` asks for (ui/launch_request.hpp:
    // the command line's --capture, --open or --screen), else the first tab.
    App(store::Store& store, Preferences preferences, AppServices services,
        const Feature::Factory& make_features, Route start);
    App(store::Store& store, Preferences preferences, AppServices services,
        const Feature::Factory& make_features, const std::string& request = {});
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Rebuilds fonts and style for the display's content scale.
    void load_fonts(ImFontAtlas& atlas, float content_scale);
    // The text scale for a display's content scale (with the user's text size).
    float text_scale(float content_scale) const;
    // Uses fonts prepared for text_scale(content_scale) in place of the
    // context's atlas; false (and nothing changed) if built for another scale.
    bool adopt_fonts(PreparedFonts& prepared, float content_scale);
    // Draws one frame (between ImGui::NewFrame and ImGui::Render) and then
    // applies what it recorded.
    FrameReport frame();
    // A text box is about to take the keyboard (capture opening, a card's
    // answer box, a form's first field): keys typed now wait for it.
    bool keyboard_on_hold() const;
    // A request from a second launch ("raise", "capture").
    void handle_request(const std::string& request);
    // Reads the store again (another process or a test changed it).
    void reload();
    // Writes whatever is typed and not yet saved: the window is closing.
    void save_everything();
    // Looks for follow-ups fallen due now, outside a frame (a hidden browser
    // tab draws none): a notification for each, as while the window is away.
    void remind_now() {
        next_reminder_check_ = 0;
        remind_if_away();
    }
    // Files dropped onto the window: the first is offered for import.
    void handle_dropped_files(const std::vector<std::string>& paths);
    // A screen reader moved to (`activate` false) or acted on a control of
    // the accessible mirror, named by its keyboard stop and label: done at
    // the start of the next frame, as Tab and Enter would.
    void access_control(int stop, std::string label, bool activate);

    const Navigator& navigator() const override { return navigator_; }
    const Preferences& preferences() const { return preferences_; }
    const ReadModel& model() const { return model_; }
    const Snackbar& snackbar() const { return snackbar_; }
    Context& context() { return context_; }

    // What features are given (ui/feature.hpp).
    store::Store& store() override { return store_; }
    const AppServices& services() const override { return services_; }
    Preferences& preferences() override { return preferences_; }
    void save_preferences() override;
    const Layout& layout() const override { return layout_; }
    ReadModel& model() override { return model_; }
    ActionBus& actions() override { return actions_; }
    BackgroundReads& reads() override { return *reads_; }
    bool shows(Screen screen) const override;
    void open(Route route) override;
    void replace(Route route) override { navigator_.replace(std::move(route)); }
    bool back() override { return navigator_.back(); }
    void notify(std::string text, std::function<void()> undo = {}) override;
    void show_error(const store::Error& error) override;
    // A failure, said in the snackbar of the screen it happened on.
    void show_problem(std::string text);
    void people_changed() override { ++model_.people_version; }

    // A feature by its type, for tests that read what it holds; features
    // themselves never reach each other (ui/action_bus.hpp).
    template <class F> F& feature() { return static_cast<F&>(find(typeid(F))); }

  private:
    // The features made, nothing opened yet.
    struct NotStarted {};
    App(store::Store& store, Preferences preferences, AppServices services,
        const Feature::Factory& make_features, NotStarted);
    Feature& find(std::type_index type);
    void begin(std::optional<Route> start);
    // A navigation slot tapped: its tab, or its screen over the tab.
    void go_to(const NavigationSlot& slot);
    // The route a feature opens for `request`, if any feature answers it.
    std::optional<Route> route_for(const std::string& request);
    Feature& feature_for(Screen screen);
    const Feature& feature_for(Screen screen) const;
    void handle_shell_actions();
    void draw_root();
    void draw_current_screen(ScreenContext& screen);
    void draw_list_detail(ScreenContext& screen, ImVec2 size);
    void draw_snackbar(ImVec2 min, ImVec2 max);
    void handle_keys();
    void handle_focus_keys(); // Tab, Shift+Tab and Enter for the focus ring
    struct AccessRequest {
        int stop = -1;
        std::string label;
        bool activate = false;
    };
    std::vector<AccessRequest> access_requests_;
    // While the window is not looked at: a notification for each follow-up
    // that fell due (the same claim as `rapport remind`: one each).
    void remind_if_away();
    // "It didn't happen" from a notification: cancelled, with Undo.
    void did_not_happen(const std::string& conversation_id);
    static constexpr core::Millis kReminderCheckEvery = 60'000;
    core::Millis next_reminder_check_ = 0;
    // Reads what every screen shows, then what the screen on top shows.
    void refresh();
    // Fonts built for text_scale(content_scale) become the ones drawn with.
    void use_fonts(const Fonts& fonts, float content_scale);
    // The tab's list is on screen beside what was opened from it (People
    // beside a person on a wide display).
    bool list_pane_shown() const;
    void start_maintenance();
    void poll_maintenance();
    void finish_maintenance();

    store::Store& store_;
    Preferences preferences_;
    AppServices services_;
    Navigator navigator_;
    std::vector<NavigationSlot> navigation_; // what the features declared, in order
    std::vector<Shortcut> shortcuts_;
    Context context_;
    ActionBus actions_;
    ReadModel model_;
    Layout layout_;
    Snackbar snackbar_;
    std::vector<std::unique_ptr<Feature>> features_;
    std::unordered_map<std::type_index, Feature*> by_type_;
    // After the features: its worker stops before the features its answers
    // land in are gone.
    std::unique_ptr<BackgroundReads> reads_;
    std::uint64_t names_version_ = 0; // the people version model_.names was read at
    // The first screen is drawn before the lists it does not need at once
    // (the names that capture checks referral leads against); the frame
    // after it is on screen reads them.
    bool first_screen_pending_ = true;
    float content_scale_ = 1.0f;
    bool fonts_dirty_ = false;
    // Script fonts, mapped once, for every rebuild (shared with the atlas
    // prepared at launch).
    std::shared_ptr<FontFiles> font_files_ = std::make_shared<FontFiles>();
    bool font_files_in_use_ = false; // an atlas is being built from them
    bool quit_ = false;

    // The integrity check and daily snapshot run after the first frame, on
    // a worker thread with its own connection.
    struct Maintenance;
    std::unique_ptr<Maintenance> maintenance_;
    ThreadInbox<> from_threads_; // what other threads have to say (a link that did not open)
    // Frames until the first screen counts as shown: a focus request made in
    // the first frame takes the keyboard in the second.
    static constexpr int kFirstScreenFrames = 2;
    int frames_drawn_ = 0;
};

} // namespace rapport::ui
