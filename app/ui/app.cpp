#include "ui/app.hpp"

#include "store/maintenance.hpp"
#include "store/store.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/navigation_bar.hpp"
#include "ui/widgets/snackbar.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>
#include <thread>

namespace rapport::ui {
namespace {

constexpr double kAutosaveAfterSeconds = 0.5; // after a pause in typing
constexpr double kAutosaveAtMostEvery = 0.9;  // during continuous typing: the 1 s promise

} // namespace

struct App::Maintenance {
    std::thread worker;
    std::atomic<bool> done{false};
    store::MaintenanceReport report; // written by the worker before `done`
};

App::App(store::Store& store, Preferences preferences, AppServices services, Route start)
    : store_(store), preferences_(preferences), services_(std::move(services)) {
    context_.theme = preferences_.theme;
    import_job_.set_threads(services_.background_threads);
    context_.palette = &palette_for(preferences_.theme);
    if (auto draft = store_.capture_draft()) {
        // Back exactly where it was: text, caret, person and conversation.
        capture_.text = draft->body;
        capture_.cursor = draft->cursor;
        capture_.conversation_id = draft->conversation_id;
        if (draft->person_id)
            if (auto person = store_.person(*draft->person_id)) {
                capture_.person_id = person->id;
                capture_.person_name = person->name;
                capture_.reason = "from your draft";
            }
    }
    welcome_open_ = !store_.has_profile() && !store_.read_only();
    if (welcome_open_) load_speech_editor();
    // A person opened at launch sits on the People tab, so back leads there.
    if (start.screen == Screen::Person || start.screen == Screen::PersonEdit)
        navigator_.switch_tab(Screen::People);
    if (start.screen == Screen::PersonEdit)
        begin_edit(start.argument);
    else if (start.screen == Screen::Conversation)
        start_conversation(start.argument);
    else if (start.screen == Screen::ImportPreview) {
        open_route({Screen::Data, {}});
        preview_import(start.argument);
        import_job_.wait();
    } else if (start.screen == Screen::Compose)
        begin_compose(start.argument, core::MessageKind::Outreach, "");
    else if (start.screen == Screen::PlanConversation) {
        const auto c = store_.conversation(start.argument);
        Action plan = PlanConversation{c ? c->person_id : "", start.argument};
        apply(plan);
        plan_.show_questions = true;
    } else if (start.screen == Screen::Speech) {
        Action open = OpenSpeech{};
        apply(open);
    } else
        open_route(std::move(start));
    refresh_model();
}

App::~App() {
    if (maintenance_ && maintenance_->worker.joinable()) maintenance_->worker.join();
}

void App::start_maintenance() {
    if (services_.snapshot_folder.empty() || store_.path() == ":memory:") return;
    maintenance_ = std::make_unique<Maintenance>();
    maintenance_->worker =
        std::thread([this, path = store_.path(), folder = services_.snapshot_folder] {
            core::SystemClock clock;
            maintenance_->report = store::run_maintenance(path, folder, clock);
            maintenance_->done = true;
            if (services_.wake) services_.wake();
        });
}

void App::finish_maintenance() {
    maintenance_->worker.join();
    const store::MaintenanceReport& report = maintenance_->report;
    if (report.integrity != "ok") {
        const store::Error error = store_.mark_damaged(report.integrity);
        model_.last_error = error.message;
    } else if (!report.snapshot_error.empty()) {
        model_.last_error = "Today's snapshot failed: " + report.snapshot_error;
    }
    maintenance_.reset();
}

float App::text_scale(float content_scale) const {
    return std::max(0.5f, content_scale) * preferences_.text_size;
}

void App::load_fonts(ImFontAtlas& atlas, float content_scale) {
    use_fonts(ui::load_fonts(atlas, text_scale(content_scale)), content_scale);
}

bool App::adopt_fonts(PreparedFonts& prepared, float content_scale) {
    if (!prepared.atlas || std::fabs(prepared.fonts.scale - text_scale(content_scale)) > 0.001f)
        return false;
    ImGuiIO& io = ImGui::GetIO();
    // The context owns io.Fonts and IM_DELETEs it when destroyed; the
    // prepared atlas was IM_NEW'd for that.
    IM_DELETE(io.Fonts);
    io.Fonts = prepared.atlas.release();
    use_fonts(prepared.fonts, content_scale);
    return true;
}

void App::use_fonts(const Fonts& fonts, float content_scale) {
    content_scale_ = std::max(0.5f, content_scale);
    context_.scale = fonts.scale;
    context_.fonts = fonts;
    apply_style(ImGui::GetStyle(), *context_.palette, context_.scale);
    fonts_dirty_ = false;
}

void App::open_route(Route route) {
    if (route.screen == Screen::Settings) load_speech_editor(); // the profile is edited there
    if (route.screen == Screen::Data) open_data_screen();
    if (route.screen == Screen::Capture) {
        capture_.focus_requested = true;
        capture_.pending_cursor = capture_.cursor;
        preselect_capture_person();
    }
    if (is_tab(route.screen))
        navigator_.switch_tab(route.screen);
    else
        navigator_.push(std::move(route));
}

void App::preselect_capture_person() {
    if (capture_.person_id) return; // the user's choice (or the draft's) stands
    const auto target = store_.capture_target(store_.clock().now(), last_viewed_person_);
    if (!target) return;
    capture_.person_id = target->person_id;
    capture_.person_name = target->person_name;
    capture_.conversation_id = target->conversation_id;
    capture_.reason = target->reason;
}

FrameReport App::frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.UserData = &context_;
    context_.hits.begin_frame();
    context_.keyboard_targets.clear();
    context_.animating = false;
    context_.settling = false;
    capture_.box_active = false;
    // A field that asked for the keyboard and was not drawn since (its
    // screen closed) no longer holds typing.
    constexpr int kFocusLandsWithin = 3;
    if (context_.focus_landing != 0 && ++context_.focus_landing_frames > kFocusLandsWithin)
        context_.focus_landing = 0;
    if (first_screen_pending_ && frames_drawn_ >= kFirstScreenFrames) {
        // The first screen is up (with its focus): now read what it can
        // show a moment later, and start the daily check and snapshot.
        first_screen_pending_ = false;
        refresh_model();
        start_maintenance();
    }

    const float logical_width = io.DisplaySize.x / content_scale_;
    layout_.logical_width = logical_width;
    layout_.compact = logical_width < metrics::kCompactBelow;
    layout_.list_detail = logical_width >= metrics::kListDetailFrom;
    // A window widened beside a person shows the People list too.
    if (people_list_due()) refresh_model();

    model_.now_precise = store_.clock().now();
    draw_root();
    handle_keys();
    autosave_capture(false);
    save_answers(false);
    save_message_draft(false);
    save_speech(false);
    const Route before = navigator_.current();
    std::vector<Action> actions = actions_.take();
    for (Action& action : actions)
        apply(action);
    if (!actions.empty() || !(navigator_.current() == before)) refresh_model();
    poll_import();
    if (!snackbar_.text.empty() && ImGui::GetTime() >= snackbar_.until) snackbar_ = Snackbar{};

    if (maintenance_ && maintenance_->done) finish_maintenance();
    ++frames_drawn_;

    FrameReport report;
    report.animating = context_.animating || import_job_.busy();
    report.settling = context_.settling || first_screen_pending_;
    report.caret_blinking = io.WantTextInput;
    report.capture_focused =
        navigator_.current().screen == Screen::Capture && capture_.box_active && !capture_.picking;
    // A pending autosave needs a wake-up even if the caret stops blinking.
    if (capture_.dirty) report.caret_blinking = true;
    if (!snackbar_.text.empty()) report.wake_after = snackbar_.until - ImGui::GetTime();
    if (navigator_.current().screen == Screen::Conversation ||
        (navigator_.current().screen == Screen::Speech && speech_.rehearsal_started)) {
        // The timer shows whole seconds: wake at the next one.
        const core::Millis now = store_.clock().now();
        const core::Millis since = navigator_.current().screen == Screen::Speech
                                       ? *speech_.rehearsal_started
                                       : conversation_.started_at;
        const double next_second = (1000 - (now - since) % 1000) / 1000.0;
        report.wake_after =
            report.wake_after < 0 ? next_second : std::min(report.wake_after, next_second);
    }
    report.rebuild_fonts = fonts_dirty_;
    report.quit = quit_;
    return report;
}

bool App::keyboard_on_hold() const {
    if (context_.focus_landing != 0) return true; // asked last frame, lands this one
    // Asked for by an action, drawn (and asked) next frame.
    switch (navigator_.current().screen) {
    case Screen::Capture:
        return (capture_.focus_requested && !capture_.picking) || capture_.pick_focus;
    case Screen::Conversation:
        return conversation_.focus_answer;
    case Screen::PersonEdit:
        return person_editor_.focus_requested;
    default:
        return false;
    }
}

void App::draw_root() {
    ImGuiIO& io = ImGui::GetIO();
    begin_root_window("##rapport");
    ImGui::PushFont(context_.fonts.body);

    ScreenContext screen{model_,   navigator_,     preferences_, layout_,      actions_,
                         capture_, person_editor_, filter_,      search_text_, conversation_,
                         plan_,    compose_,       speech_,      data_,        import_job_};
    const ImVec2 size = io.DisplaySize;
    const Screen current = navigator_.current().screen;
    // Capture is a focused task: it takes the whole window at any width.
    const bool full_screen_task = current == Screen::Capture || current == Screen::Conversation;
    if (layout_.compact || full_screen_task) {
        const bool show_bottom_nav = navigator_.depth() == 1 && !full_screen_task;
        const float nav_h = show_bottom_nav ? em(metrics::kBottomNavHeight) : 0.0f;
        // On a wide window the task keeps a readable line length, centred,
        // like a writing app: a note typed across 1,280 px is hard to reread.
        const float column = layout_.compact ? size.x : ImMin(size.x, em(metrics::kReadableColumn));
        const float left = (size.x - column) * 0.5f;
        ImGui::SetCursorPos(ImVec2(left, 0));
        ImGui::BeginChild("##content", ImVec2(column, size.y - nav_h), false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        draw_current_screen(screen);
        ImGui::EndChild();
        draw_snackbar(ImVec2(left, 0), ImVec2(left + column, size.y - nav_h));
        if (show_bottom_nav) {
            if (auto tapped = bottom_navigation(ImVec2(0, size.y - nav_h), size, navigator_.tab()))
                actions_.add(*tapped == Screen::Capture ? Action(OpenScreen{{Screen::Capture, {}}})
                                                        : Action(SwitchTab{*tapped}));
        }
    } else {
        const float rail_w = em(metrics::kNavRailWidth);
        const Screen highlighted =
            current == Screen::Settings ? Screen::Settings : navigator_.tab();
        if (auto tapped = navigation_rail(ImVec2(0, 0), ImVec2(rail_w, size.y), highlighted)) {
            if (*tapped == Screen::Capture || *tapped == Screen::Settings)
                actions_.add(OpenScreen{{*tapped, {}}});
            else
                actions_.add(SwitchTab{*tapped});
        }
        const bool people_panes = layout_.list_detail && navigator_.tab() == Screen::People &&
                                  (current == Screen::People || current == Screen::Person ||
                                   current == Screen::PersonEdit);
        if (people_panes) {
            ImGui::SetCursorPos(ImVec2(rail_w, 0));
            draw_people_panes(screen, ImVec2(size.x - rail_w, size.y));
        } else {
            // One readable column, centred, so the title lines up with the cards.
            const float column = ImMin(size.x - rail_w, em(metrics::kReadableColumn));
            ImGui::SetCursorPos(ImVec2(rail_w + (size.x - rail_w - column) * 0.5f, 0));
            ImGui::BeginChild("##content", ImVec2(column, size.y), false,
                              ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
            draw_current_screen(screen);
            ImGui::EndChild();
        }
        draw_snackbar(ImVec2(rail_w, 0), size);
    }
    ImGui::PopFont();
    ImGui::End();
}

void App::draw_current_screen(ScreenContext& screen) {
    ImGui::PushID(static_cast<int>(navigator_.current().screen));
    switch (navigator_.current().screen) {
    case Screen::Today:
        draw_today(screen);
        break;
    case Screen::People:
        draw_people(screen);
        break;
    case Screen::Prepare:
        draw_prepare(screen);
        break;
    case Screen::Careers:
        draw_careers(screen);
        break;
    case Screen::Capture:
        draw_capture(screen);
        break;
    case Screen::Settings:
        draw_settings(screen);
        break;
    case Screen::Person:
        draw_person(screen);
        break;
    case Screen::PersonEdit:
        draw_person_edit(screen);
        break;
    case Screen::Conversation:
        draw_conversation(screen);
        break;
    case Screen::PlanConversation:
        draw_plan_conversation(screen);
        break;
    case Screen::Compose:
        draw_compose(screen);
        break;
    case Screen::Compare:
        draw_compare(screen);
        break;
    case Screen::Speech:
        draw_speech(screen);
        break;
    case Screen::Career:
        draw_career(screen);
        break;
    case Screen::Data:
        draw_data(screen);
        break;
    case Screen::ImportPreview:
        draw_import_preview(screen);
        break;
    }
    ImGui::PopID();
}

void App::draw_people_panes(ScreenContext& screen, ImVec2 size) {
    // List on the left, the chosen person beside it, a line between.
    const float list_w = em(metrics::kListPaneWidth);
    const ImVec2 origin = ImGui::GetCursorPos();
    ImGui::BeginChild("##list-pane", ImVec2(list_w, size.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_people_list(screen, true);
    ImGui::EndChild();
    const ImVec2 line = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(line.x, 0), ImVec2(line.x, size.y), colors().line,
                                        ImMax(1.0f, context_.scale));
    ImGui::SetCursorPos(ImVec2(origin.x + list_w, origin.y));
    const float detail_w = ImMin(size.x - list_w, em(metrics::kReadableColumn));
    ImGui::BeginChild("##detail-pane", ImVec2(detail_w, size.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (navigator_.current().screen == Screen::People) {
        ImGui::Dummy(ImVec2(0, em(metrics::kAppBarHeight)));
        begin_body("pick");
        empty_state("pick", icon::kPeople,
                    model_.people_total ? "Pick someone to see their story"
                                        : "No one yet — add a person or import contacts",
                    "Their research, your conversations, notes and what is due next show here.");
        end_body();
    } else {
        draw_current_screen(screen);
    }
    ImGui::EndChild();
}

void App::draw_snackbar(ImVec2 min, ImVec2 max) {
    if (snackbar_.text.empty()) return;
    if (snackbar_ui(min, max, snackbar_.text, snackbar_.undo_delete_of.has_value()))
        actions_.add(UndoDelete{});
}

void App::handle_keys() {
    ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    const bool backspace = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), false);
    // Escape inside a text field only leaves the field (the text stays).
    if ((escape && !typing && !ImGui::IsAnyItemActive()) || (backspace && !typing) ||
        ImGui::IsMouseClicked(3))
        actions_.add(GoBack{});
    if (io.KeyCtrl && ImGui::IsKeyPressed('N', false))
        actions_.add(OpenScreen{{Screen::Capture, {}}});
}

void App::autosave_capture(bool force) {
    if (!capture_.dirty) return;
    // Save after a short pause, and at least once a second while typing
    // goes on, so a crash never takes more than a second of text.
    const double now = ImGui::GetTime();
    const bool paused = now - capture_.last_edit_at >= kAutosaveAfterSeconds;
    const bool waited = now - capture_.dirty_since >= kAutosaveAtMostEvery;
    if (!force && !paused && !waited) return;
    store::Error error = store_.save_capture_draft(
        {capture_.text, capture_.cursor, 0, capture_.person_id, capture_.conversation_id});
    if (error) {
        // The text stays on screen and dirty, so the next frame retries;
        // the terminal hears it once, not once a frame.
        if (model_.last_error != error.message)
            std::fprintf(stderr, "rapport: your note is not saved yet: %s\n",
                         error.message.c_str());
        model_.last_error = error.message;
        return;
    }
    if (!model_.last_error.empty()) std::fprintf(stderr, "rapport: your note is saved again\n");
    model_.last_error.clear();
    capture_.dirty = false;
}

void App::save_everything() {
    autosave_capture(true);
    save_answers(true);
    save_message_draft(true);
    save_speech(true);
}

void App::reload() {
    people_changed();
    model_.search_query.clear();
    refresh_model();
}

void App::handle_request(const std::string& request) {
    if (request == "capture") open_route(Route{Screen::Capture, {}});
    reload(); // another process may have written (a terminal capture)
}

void App::save_preferences_file() {
    if (services_.preferences_path.empty()) return;
    std::string error;
    if (!save_preferences(services_.preferences_path, preferences_, error))
        model_.last_error = "Settings not saved: " + error;
}

} // namespace rapport::ui
