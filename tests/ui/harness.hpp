#pragma once
// A headless ImGui host for UI tests: no window, no renderer. It drives the
// real App (or any draw function) frame by frame and acts like a finger or a
// keyboard: tap, drag, type, press keys.
#include "core/clock.hpp"
#include "features/all_features.hpp"
#include "features/capture/capture_feature.hpp"
#include "features/careers/careers_feature.hpp"
#include "features/compare/compare_feature.hpp"
#include "features/compose/compose_feature.hpp"
#include "features/conversation/conversation_feature.hpp"
#include "features/data/data_feature.hpp"
#include "features/debrief/debrief_feature.hpp"
#include "features/heard/heard_feature.hpp"
#include "features/notes/notes_feature.hpp"
#include "features/people/people_feature.hpp"
#include "features/person/person_feature.hpp"
#include "features/plan/plan_feature.hpp"
#include "features/speech/speech_feature.hpp"
#include "features/today/today_feature.hpp"
#include "platform/input_queue.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"
#include "unit/time_zone.hpp"

#include <functional>
#include <imgui.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::testing {

class Harness {
  public:
    // Draws `draw` each frame inside a full-screen window with the widget
    // context set up (for widget-level tests).
    explicit Harness(std::function<void()> draw, ImVec2 size = {420, 860});
    enum class User {
        Returning, // has a profile, as most tests assume
        FirstRun,  // a new database: Today asks who you are
    };
    // Drives the whole app over an in-memory store (or the database file
    // `database`), with the shared features (or those `features` makes: the
    // desktop's Sync, say).
    explicit Harness(ImVec2 size = {420, 860}, ui::Route start = {ui::Screen::Today, {}},
                     std::string preferences_path = {}, User user = User::Returning,
                     const std::string& database = ":memory:",
                     ui::Feature::Factory features = ui::all_features);
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void frames(int count = 1);
    // Advances ImGui time by `seconds` in 60 Hz frames.
    void wait(double seconds);

    // A finger: the pointer jumps to the point and presses in the same frame
    // (as touch arrives on 1.86), releases, then leaves the screen.
    void tap(ImVec2 point);
    // Taps the centre of the control last drawn with this label; fails the
    // test if there is none.
    void tap(std::string_view label);
    // `hold_frames`: the finger stays still at `to` before it lifts (no fling).
    void drag(ImVec2 from, ImVec2 to, int steps = 12, int hold_frames = 0);
    void type(std::string_view utf8);
    // Scrolls the screen with finger drags until `label` is visible: down
    // first (`pushes_down` times), then back up.
    void reveal(std::string_view label, int pushes_down = 10);
    // Drags the sideways strip holding `neighbour` until `label` shows.
    void reveal_sideways(std::string_view label, std::string_view neighbour);
    void press(ImGuiKey key, bool ctrl = false, bool shift = false);
    // The control with the keyboard's focus ring ("" when none shows), and
    // every control Tab visits, in order, as the last frame drew them.
    std::string focused_label() const;
    std::vector<std::string> stop_labels() const;

    // Input as the desktop and web platforms deliver it: queued in order and
    // handed to ImGui a frame at a time, held while a text box is about to
    // take the keyboard. These only queue; run_input() draws frames until
    // everything queued has arrived.
    // Each character as its key going down, the character, the key going
    // up; '\n' is Enter (a key, no character), as GLFW reports them.
    void queue_typing(std::string_view utf8);
    void queue_ctrl_key(char upper_case_letter);
    void queue_tap(ImVec2 point);
    void queue_tap(std::string_view label);
    void run_input(int max_frames = 2000);
    platform::InputQueue& input() { return input_; }
    void press_char_key(char upper_case_letter, bool ctrl);
    void mouse_back_button();

    // Drops the App without any save (as a crash would) and starts a new one
    // on the same database, at `start`.
    // `typed_ahead` is typed before its first frame is drawn (the launch
    // into capture, with the keys already waiting); `as_input_method`:
    // committed as characters with no key events, as an input method does.
    // What the platform hands the app on the next restart (a link opener, say).
    std::function<void(ui::AppServices&)> adjust_services;
    void restart(ui::Route start = {ui::Screen::Today, {}}, std::string_view typed_ahead = {},
                 bool as_input_method = false);

    bool shows(std::string_view label) const;
    // Whether a frame drawn now has text containing `text` (a status line, a
    // hint: anything read out, controls or not).
    bool shows_text(std::string_view text);
    ImVec2 centre_of(std::string_view label) const;

    ui::App& app() { return *app_; }
    // What each feature holds, as tests check it.
    const ui::CaptureEditor& capture() { return app_->feature<ui::CaptureFeature>().editor(); }
    const ui::ConversationEditor& conversation() {
        return app_->feature<ui::ConversationFeature>().editor();
    }
    const ui::PlanEditor& plan() { return app_->feature<ui::PlanFeature>().editor(); }
    const ui::ComposeEditor& compose() { return app_->feature<ui::ComposeFeature>().editor(); }
    const ui::SpeechEditor& speech() { return app_->feature<ui::SpeechFeature>().editor(); }
    const ui::PersonEditor& person_editor() { return app_->feature<ui::PersonFeature>().editor(); }
    const std::optional<ui::PersonModel>& person() {
        return app_->feature<ui::PersonFeature>().person();
    }
    const ui::PeopleList& people_list() { return app_->feature<ui::PeopleFeature>().list(); }
    const ui::CareersFeature& careers() { return app_->feature<ui::CareersFeature>(); }
    const ui::CompareFeature& compare() { return app_->feature<ui::CompareFeature>(); }
    const ui::ImportJob& import_job() { return app_->feature<ui::DataFeature>().import_job(); }
    const ui::DataEditor& data() { return app_->feature<ui::DataFeature>().editor(); }
    const ui::NotesFeature& notes() { return app_->feature<ui::NotesFeature>(); }
    const ui::DebriefEditor& debrief() { return app_->feature<ui::DebriefFeature>().editor(); }
    const ui::HeardFeature& heard() { return app_->feature<ui::HeardFeature>(); }
    const ui::TodayModel& today() { return app_->feature<ui::TodayFeature>().today(); }
    store::Store& store() { return *store_; }
    ui::Context& context() { return app_ ? app_->context() : widget_context_; }
    // The harness's clock: 2025-06-15 15:06:40 UTC unless set, in UTC
    // unless `in_zone` names another place (its daylight-saving changes
    // included), whatever TZ the suite runs under.
    core::ManualLocalClock& clock() { return clock_; }
    void in_zone(const char* zone) {
        zone_.reset();
        zone_.emplace(zone);
    }
    bool last_frame_animating() const { return animating_; }
    // What the app reported after each frame since it started.
    const std::vector<ui::FrameReport>& reports() const { return reports_; }

  private:
    void setup_imgui(ImVec2 size);
    void rebuild_fonts();
    void one_frame();

    ImGuiContext* imgui_ = nullptr;
    std::optional<ScopedTimeZone> zone_{std::in_place, "UTC"};
    core::ManualLocalClock clock_{1'750'000'000'000};
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<ui::App> app_;
    ui::Feature::Factory features_ = ui::all_features;
    std::function<void()> draw_;
    ui::Context widget_context_;
    bool animating_ = false;
    std::vector<ui::FrameReport> reports_;
    platform::InputQueue input_;
};

} // namespace rapport::testing
