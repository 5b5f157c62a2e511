#pragma once
// The whole UI: owns navigation, preferences and the per-frame widget
// context; draws the current screen and applies the frame's actions to the
// store afterwards. Knows nothing of GLFW or the web: a platform drives it.
#include "ui/actions.hpp"
#include "ui/context.hpp"
#include "ui/editors.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/screens/screen.hpp"

#include "core/conversation.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rapport::store {
class Store;
}

namespace rapport::ui {

struct AppServices {
    std::string version;
    std::string preferences_path; // empty: do not persist (tests)
    // Opens a link in the user's default app; returns false with a reason.
    std::function<bool(const std::string& url, std::string& error)> open_url;
    // Where the day's snapshot goes; empty: no snapshots, no background checks.
    std::string snapshot_folder;
    // Wakes the event loop from another thread (a background job finished).
    std::function<void()> wake;
    // Writes a conversation invite (.ics) somewhere the user will find it;
    // returns the path, or an empty string and a reason in `error`.
    std::function<std::string(const core::Conversation&, const std::string& person_name,
                              std::string& error)>
        export_invite;
    // Where import and export paths start: ~/Documents when it exists.
    std::string documents_folder;
    // False where there are no threads (the browser): imports run inline.
    bool background_threads = true;
    // Where files are not paths (the browser): an export is handed over as
    // a download, and an import starts from a file picker that later calls
    // App::handle_dropped_files. Empty on the desktop.
    std::function<bool(const std::string& file_name, const std::string& data, std::string& error)>
        download;
    std::function<void()> pick_file;
};

struct FrameReport {
    bool animating = false;       // draw again soon
    bool settling = false;        // draw again at once: focus or the first screen lands next frame
    bool caret_blinking = false;  // a text field has focus
    double wake_after = -1.0;     // seconds until something changes by itself (a snackbar hides)
    bool capture_focused = false; // the capture box has the keyboard
    bool rebuild_fonts = false;   // call load_fonts again before the next frame
    bool quit = false;
};

class App {
  public:
    App(store::Store& store, Preferences preferences, AppServices services,
        Route start = Route{Screen::Today, {}});
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
    // Files dropped onto the window: the first is offered for import.
    void handle_dropped_files(const std::vector<std::string>& paths);
    const ImportJob& import_job() const { return import_job_; }

    const Navigator& navigator() const { return navigator_; }
    const Preferences& preferences() const { return preferences_; }
    const ReadModel& model() const { return model_; }
    const CaptureEditor& capture() const { return capture_; }
    const PersonEditor& person_editor() const { return person_editor_; }
    const ConversationEditor& conversation() const { return conversation_; }
    const PlanEditor& plan() const { return plan_; }
    const ComposeEditor& compose() const { return compose_; }
    const SpeechEditor& speech() const { return speech_; }
    const Snackbar& snackbar() const { return snackbar_; }
    const PeopleFilter& filter() const { return filter_; }
    Context& context() { return context_; }

  private:
    void draw_root();
    void draw_current_screen(ScreenContext& screen);
    void draw_people_panes(ScreenContext& screen, ImVec2 size);
    void draw_snackbar(ImVec2 min, ImVec2 max);
    void handle_keys();
    void apply(Action& action);
    void autosave_capture(bool force);
    void refresh_model();
    void refresh_today();
    // Fonts built for text_scale(content_scale) become the ones drawn with.
    void use_fonts(const Fonts& fonts, float content_scale);
    void people_changed() { people_stale_ = names_stale_ = true; }
    // The People list is on screen: its tab, or beside a person on a wide
    // display.
    bool people_list_shown() const;
    // It is on screen and what it was read with has changed since.
    bool people_list_due() const;
    void show_error(const store::Error& error);
    void notify(std::string text, std::optional<std::string> undo_delete_of = std::nullopt);
    void begin_edit(const std::string& person_id);
    void save_person(bool allow_duplicate);
    void finish_capture();
    void start_conversation(const std::string& id);
    void save_answers(bool force);
    void save_message_draft(bool force);
    void save_speech(bool force);
    void load_speech_editor();
    void open_data_screen();
    void preview_import(const std::string& path);
    void export_data(int format_index, const std::string& path);
    void poll_import(); // once a frame: an import that finished lands here
    void begin_compose(const std::string& person_id, core::MessageKind kind,
                       const std::string& met_person);
    void preselect_capture_person();
    void open_route(Route route);
    void save_preferences_file();
    void start_maintenance();
    void finish_maintenance();

    store::Store& store_;
    Preferences preferences_;
    AppServices services_;
    Navigator navigator_;
    Context context_;
    Actions actions_;
    ReadModel model_;
    Layout layout_;
    CaptureEditor capture_;
    PersonEditor person_editor_;
    ConversationEditor conversation_;
    PlanEditor plan_;
    ComposeEditor compose_;
    SpeechEditor speech_;
    DataEditor data_;
    ImportJob import_job_;
    Snackbar snackbar_;
    PeopleFilter filter_;
    PeopleFilter loaded_filter_; // what model_.people was read with
    // Each list is read when a screen that shows it is open and it is stale,
    // so a launch reads only what its first screen draws.
    bool people_stale_ = true;
    bool names_stale_ = true;
    // The first screen is drawn before the lists it does not need at once
    // (the names that capture checks referral leads against); the frame
    // after it is on screen reads them.
    bool first_screen_pending_ = true;
    bool welcome_open_ = false; // first run: Today asks who you are
    std::optional<std::string> last_viewed_person_;
    // How many timeline entries the open person shows; back to one page
    // when another person opens.
    static constexpr int kTimelinePage = 100;
    int timeline_limit_ = kTimelinePage;
    std::string timeline_person_;
    std::string search_text_;
    float content_scale_ = 1.0f;
    bool fonts_dirty_ = false;
    bool quit_ = false;

    // The integrity check and daily snapshot run after the first frame, on
    // a worker thread with its own connection.
    struct Maintenance;
    std::unique_ptr<Maintenance> maintenance_;
    // Frames until the first screen counts as shown: a focus request made in
    // the first frame takes the keyboard in the second.
    static constexpr int kFirstScreenFrames = 2;
    int frames_drawn_ = 0;
};

} // namespace rapport::ui
