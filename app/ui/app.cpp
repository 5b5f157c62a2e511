#include "ui/app.hpp"

#include "core/calendar.hpp"
#include "core/quiet_hours.hpp"
#include "store/maintenance.hpp"
#include "store/store.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/reminder_notifications.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/navigation_bar.hpp"
#include "ui/widgets/snackbar.hpp"
#include "ui/wording.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>
#include <thread>

namespace rapport::ui {
namespace {

// A confirmation leaves by itself; one that offers Undo stays longer, so
// there is time to read it and reach the button.
constexpr double kSnackbarSeconds = 5.0;
constexpr double kUndoSnackbarSeconds = 10.0;
// A problem stays long enough to read what to do next.
constexpr double kProblemSnackbarSeconds = 10.0;

} // namespace

struct App::Maintenance {
    std::thread worker;
    std::atomic<bool> done{false};
    store::MaintenanceReport report; // written by the worker before `done`
};

App::App(store::Store& store, Preferences preferences, AppServices services,
         const Feature::Factory& make_features, Route start)
    : App(store, preferences, std::move(services), make_features, NotStarted{}) {
    begin(std::move(start));
}

App::App(store::Store& store, Preferences preferences, AppServices services,
         const Feature::Factory& make_features, const std::string& request)
    : App(store, preferences, std::move(services), make_features, NotStarted{}) {
    begin(route_for(request));
}

App::App(store::Store& store, Preferences preferences, AppServices services,
         const Feature::Factory& make_features, NotStarted)
    : store_(store), preferences_(preferences), services_(std::move(services)),
      from_threads_(services_.wake) {
    context_.theme = preferences_.theme;
    context_.palette = &palette_for(preferences_.theme);
    model_.welcome = !store_.prepare().has_profile() && !store_.read_only();
    reads_ = std::make_unique<BackgroundReads>(
        store_, services_.background_threads && services_.background_reads, services_.wake);
    handle_shell_actions();
    for (std::unique_ptr<Feature>& feature : make_features(*this)) {
        Feature& made = *feature; // its dynamic type is what a test's feature<F>() asks for
        by_type_[std::type_index(typeid(made))] = &made;
        for (const NavigationSlot& slot : made.navigation())
            navigation_.push_back(slot);
        for (const Shortcut& shortcut : made.shortcuts())
            shortcuts_.push_back(shortcut);
        features_.push_back(std::move(feature));
    }
    std::stable_sort(
        navigation_.begin(), navigation_.end(),
        [](const NavigationSlot& a, const NavigationSlot& b) { return a.order < b.order; });
}

void App::begin(std::optional<Route> start) {
    // Nothing asked, or a screen not in this build: the first tab.
    if (!start || !shows(start->screen)) start = Route{navigator_.tab(), {}};
    // A page opened at launch sits on its tab (a person on People), so back leads there.
    if (auto tab = feature_for(start->screen).tab_of(start->screen)) navigator_.switch_tab(*tab);
    if (!feature_for(start->screen).launch(*start)) open(std::move(*start));
    refresh();
}

std::optional<Route> App::route_for(const std::string& request) {
    for (const auto& feature : features_)
        if (auto route = feature->route_for(request)) return route;
    const std::string_view screen_prefix = kScreenRequest;
    if (request.rfind(screen_prefix, 0) == 0)
        if (auto screen = screen_from_name(std::string_view(request).substr(screen_prefix.size())))
            return Route{*screen, {}};
    return std::nullopt;
}

Feature& App::find(std::type_index type) {
    return *by_type_.at(type);
}

Feature& App::feature_for(Screen screen) {
    for (const auto& feature : features_)
        if (feature->draws(screen)) return *feature;
    std::fprintf(stderr, "rapport: no feature draws screen %d\n", static_cast<int>(screen));
    std::abort();
}

const Feature& App::feature_for(Screen screen) const {
    return const_cast<App*>(this)->feature_for(screen);
}

// Moving between screens, how everything is drawn, links, the clipboard
// and undo: the shell's own actions.
void App::handle_shell_actions() {
    actions_.handle<SwitchTab>([this](SwitchTab& a) { navigator_.switch_tab(a.tab); });
    actions_.handle<OpenScreen>([this](OpenScreen& a) { open(std::move(a.route)); });
    actions_.handle<OpenFromList>([this](OpenFromList& a) {
        // Pages that save as they go give way; a form being filled in
        // (a person's Edit) stays underneath, its typing kept.
        if (navigator_.only_above_root(
                [this](Screen screen) { return feature_for(screen).gives_way_to_list(screen); }))
            navigator_.pop_to_root();
        open(std::move(a.route));
    });
    actions_.handle<GoBack>([this](GoBack&) {
        const Route& route = navigator_.current();
        if (!feature_for(route.screen).leave(route)) navigator_.back();
    });
    actions_.handle<SetTheme>([this](SetTheme& a) {
        preferences_.theme = a.theme;
        context_.theme = a.theme;
        context_.palette = &palette_for(a.theme);
        apply_style(ImGui::GetStyle(), *context_.palette, context_.scale);
        save_preferences();
    });
    actions_.handle<SetClock>([this](SetClock& a) {
        preferences_.clock = a.clock;
        save_preferences();
        refresh();
    });
    actions_.handle<SetReminders>([this](SetReminders& a) {
        const bool turning = a.on != preferences_.reminders;
        preferences_.reminders = a.on;
        preferences_.quiet_from = a.quiet_from;
        preferences_.quiet_until = a.quiet_until;
        save_preferences();
        if (!turning) return;
        model_.reminders_problem.clear();
        std::string error;
        if (services_.set_reminders_when_closed &&
            !services_.set_reminders_when_closed(a.on, error))
            model_.reminders_problem = error;
        next_reminder_check_ = 0; // look now
    });
    actions_.handle<SetAskWhenEnded>([this](SetAskWhenEnded& a) {
        preferences_.ask_when_ended = a.on;
        save_preferences();
        next_reminder_check_ = 0; // look now
    });
    actions_.handle<SetTextSize>([this](SetTextSize& a) {
        const float size = std::clamp(a.size, Preferences::kMinTextSize, Preferences::kMaxTextSize);
        if (std::fabs(size - preferences_.text_size) < 0.001f) return;
        preferences_.text_size = size;
        fonts_dirty_ = true;
        save_preferences();
    });
    actions_.handle<OpenLink>([this](OpenLink& a) {
        if (!services_.open_url) return notify("Links cannot be opened from here");
        const bool mail = a.url.rfind("mailto:", 0) == 0;
        const auto in_words = [mail](const std::string& reason) {
            return mail ? "Your mail app did not open: " + reason +
                              ". Copy the message and paste it into an email instead."
                        : "The link did not open: " + reason + ".";
        };
        const auto said = [send = from_threads_.sender(), in_words](const std::string& reason) {
            send(in_words(reason));
        };
        std::string error;
        if (!services_.open_url(a.url, error, said)) return show_problem(in_words(error));
        notify(mail ? "Opening your mail app…" : "Opening…");
    });
    actions_.handle<CopyText>([this](CopyText& a) {
        ImGui::SetClipboardText(a.text.c_str());
        notify("Copied");
    });
    actions_.handle<Undo>([this](Undo&) {
        if (!snackbar_.undo) return;
        const std::function<void()> undo = std::move(snackbar_.undo);
        snackbar_ = Snackbar{};
        undo();
    });
    actions_.handle<DidNotHappen>([this](DidNotHappen& a) { did_not_happen(a.conversation_id); });
}

App::~App() {
    if (maintenance_ && maintenance_->worker.joinable()) maintenance_->worker.join();
}

void App::start_maintenance() {
    if (!services_.maintenance || services_.snapshot_folder.empty() || store_.path() == ":memory:")
        return;
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
        show_error(store_.mark_damaged(report.integrity));
    } else if (!report.snapshot_error.empty()) {
        show_problem("Today's snapshot failed: " + report.snapshot_error);
    }
    maintenance_.reset();
}

float App::text_scale(float content_scale) const {
    return std::max(0.5f, content_scale) * preferences_.text_size;
}

void App::load_fonts(ImFontAtlas& atlas, float content_scale) {
    GlyphNeeds& glyphs = context_.script_text.glyphs();
    use_fonts(ui::load_fonts(atlas, text_scale(content_scale), glyphs.wanted(), font_files_.get(),
                             services_.glyph_painter.get()),
              content_scale);
    glyphs.built();
    font_files_in_use_ = true;
}

bool App::adopt_fonts(PreparedFonts& prepared, float content_scale) {
    if (!prepared.atlas || std::fabs(prepared.fonts.scale - text_scale(content_scale)) > 0.001f)
        return false;
    ImGuiIO& io = ImGui::GetIO();
    // The context owns io.Fonts and IM_DELETEs it when destroyed; the
    // prepared atlas was IM_NEW'd for that.
    IM_DELETE(io.Fonts);
    io.Fonts = prepared.atlas.release();
    if (prepared.files) font_files_ = prepared.files;
    context_.script_text.glyphs().already_built(prepared.wanted);
    font_files_in_use_ = true;
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

bool App::shows(Screen screen) const {
    for (const auto& feature : features_)
        if (feature->draws(screen)) return true;
    return false;
}

void App::open(Route route) {
    if (!shows(route.screen)) return; // a screen this build has not got
    feature_for(route.screen).open(route);
    if (is_tab(route.screen))
        navigator_.switch_tab(route.screen);
    else
        navigator_.push(std::move(route));
}

void App::notify(std::string text, std::function<void()> undo) {
    const double seconds = undo ? kUndoSnackbarSeconds : kSnackbarSeconds;
    snackbar_ = {std::move(text), std::move(undo), ImGui::GetTime() + seconds};
}

void App::show_error(const store::Error& error) {
    show_problem(error.message);
}

void App::show_problem(std::string text) {
    snackbar_ = {std::move(text), {}, ImGui::GetTime() + kProblemSnackbarSeconds};
}

FrameReport App::frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.UserData = &context_;
    // Arrows move within a list, Space activates (ui/focus_ring.hpp adds
    // Tab across the screen and Enter); in every host, tests included.
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    context_.hits.begin_frame();
    context_.focus.begin_frame();
    context_.access.begin_frame();
    context_.script_text.begin_frame();
    context_.keyboard_targets.clear();
    context_.shortened.clear();
    context_.marked.clear();
    context_.focus_asked = false;
    context_.animating = false;
    context_.settling = false;
    context_.wake_after = -1.0;
    context_.display_resized =
        io.DisplaySize.x != context_.display_size.x || io.DisplaySize.y != context_.display_size.y;
    context_.display_size = io.DisplaySize;
    if (font_files_in_use_) {
        // The platform built and uploaded the atlas since the fonts were
        // loaded: what the build read of the script fonts can go.
        font_files_->let_go();
        font_files_in_use_ = false;
    }
    handle_focus_keys(); // over the stops of the frame before
    // A field that asked for the keyboard and was not drawn since (its
    // screen closed) no longer holds typing.
    constexpr int kFocusLandsWithin = 3;
    if (context_.focus_landing != 0 && ++context_.focus_landing_frames > kFocusLandsWithin)
        context_.focus_landing = 0;
    if (first_screen_pending_ && frames_drawn_ >= kFirstScreenFrames) {
        // The first screen is up (with its focus): now read what it can
        // show a moment later, and start the daily check and snapshot.
        first_screen_pending_ = false;
        refresh();
        start_maintenance();
    }

    const float logical_width = io.DisplaySize.x / content_scale_;
    layout_.logical_width = logical_width;
    layout_.compact = logical_width < metrics::kCompactBelow;
    layout_.list_detail = logical_width >= metrics::kListDetailFrom;
    // A window widened beside a person shows the People list too.
    if (list_pane_shown() && feature_for(navigator_.tab()).list_due()) refresh();

    model_.now_precise = store_.clock().now();
    reads_->poll(); // what was read beside the frames shows in this one
    draw_root();
    context_.text_bridge.end_frame(); // the fields have drawn: what has the keyboard now
    handle_keys();
    for (const auto& feature : features_)
        feature->save(false);
    const Route before = navigator_.current();
    const std::uint64_t people_before = model_.people_version;
    bool changed = actions_.apply_pending() > 0;
    for (const auto& feature : features_)
        changed = feature->tick() || changed;
    changed = changed || model_.people_version != people_before;
    // What this frame's taps did (an action applied, another screen) is
    // only drawn by the next frame: ask for it now. A quick click's move,
    // press and release can use up the frames drawn after the input, and
    // its result then waited for the next event.
    const bool acted = changed || !(navigator_.current() == before);
    if (acted) refresh();
    const bool had_snackbar = !snackbar_.text.empty();
    if (had_snackbar && ImGui::GetTime() >= snackbar_.until) snackbar_ = Snackbar{};
    // A confirmation speaks about what was just done, on the screen that
    // action left open; a screen opened after it never shows it.
    if (!snackbar_.text.empty()) {
        if (snackbar_.page == 0)
            snackbar_.page = navigator_.page();
        else if (snackbar_.page != navigator_.page())
            snackbar_ = Snackbar{};
    }
    // This frame drew it: the frame without it is drawn now, not at the
    // next touch (an idle screen kept a confirmation for good).
    const bool snackbar_left = had_snackbar && snackbar_.text.empty();

    if (maintenance_ && maintenance_->done) finish_maintenance();
    remind_if_away();
    // Another thread's word (a link that did not open) is drawn at once, on
    // the screen where it was asked for.
    bool heard = false;
    for (std::string& message : from_threads_.take()) {
        show_problem(std::move(message));
        heard = true;
    }
    ++frames_drawn_;

    FrameReport report;
    report.animating = context_.animating;
    report.settling = context_.settling || first_screen_pending_ || acted || heard || snackbar_left;
    report.caret_blinking = io.WantTextInput;
    report.focus_lands_next = context_.focus_asked;
    if (!snackbar_.text.empty()) report.wake_after = snackbar_.until - ImGui::GetTime();
    if (context_.wake_after >= 0.0)
        report.wake_after = report.wake_after >= 0.0
                                ? std::min(report.wake_after, context_.wake_after)
                                : context_.wake_after;
    if (preferences_.reminders && services_.notify) {
        // Wake for the next look at what fell due, even with nothing drawn.
        const double next = static_cast<double>(next_reminder_check_ - model_.now_precise) / 1000.0;
        const double wait = std::max(1.0, next);
        report.wake_after = report.wake_after > 0 ? std::min(report.wake_after, wait) : wait;
    }
    for (const auto& feature : features_)
        feature->report(navigator_.current(), report);
    // Characters drawn or typed this frame that the atlas has not got: the
    // atlas is rebuilt with them before the next frame.
    if (context_.script_text.glyphs().pending()) fonts_dirty_ = true;
    report.rebuild_fonts = fonts_dirty_;
    report.quit = quit_;
    return report;
}

bool App::keyboard_on_hold() const {
    if (context_.focus_landing != 0) return true; // asked last frame, lands this one
    // A screen reader moved into a field: what it types follows the move.
    if (!access_requests_.empty()) return true;
    // Asked for by an action, drawn (and asked) next frame.
    const Route& route = navigator_.current();
    return feature_for(route.screen).keyboard_on_hold(route);
}

void App::draw_root() {
    ImGuiIO& io = ImGui::GetIO();
    begin_root_window("##rapport");
    ImGui::PushFont(context_.fonts.body);

    ScreenContext screen{model_, navigator_, preferences_, layout_, actions_};
    const ImVec2 size = io.DisplaySize;
    const Screen current = navigator_.current().screen;
    // A focused task (capture, a conversation) takes the whole window at any width.
    const bool full_screen_task = feature_for(current).full_screen(current);
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
            if (auto tapped = bottom_navigation(ImVec2(0, size.y - nav_h), size, navigation_,
                                                navigator_.tab()))
                go_to(*tapped);
        }
    } else {
        const float rail_w = em(metrics::kNavRailWidth);
        // A screen of the rail's foot (Settings) lights its own button.
        Screen highlighted = navigator_.tab();
        for (const NavigationSlot& slot : navigation_)
            if (slot.kind == NavigationSlot::Kind::Foot && slot.screen == current)
                highlighted = current;
        if (auto tapped =
                navigation_rail(ImVec2(0, 0), ImVec2(rail_w, size.y), navigation_, highlighted))
            go_to(*tapped);
        const bool list_detail =
            layout_.list_detail && feature_for(navigator_.tab()).lists_beside(current);
        if (list_detail) {
            ImGui::SetCursorPos(ImVec2(rail_w, 0));
            draw_list_detail(screen, ImVec2(size.x - rail_w, size.y));
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
    const Route& route = navigator_.current();
    context_.page = {navigator_.page(), navigator_.scroll()};
    ImGui::PushID(static_cast<int>(route.screen));
    feature_for(route.screen).draw(route, screen);
    ImGui::PopID();
    navigator_.keep_scroll(context_.page.scroll);
}

void App::draw_list_detail(ScreenContext& screen, ImVec2 size) {
    // The tab's list on the left, what was opened from it beside it, a line
    // between.
    Feature& list_tab = feature_for(navigator_.tab());
    const float list_w = em(metrics::kListPaneWidth);
    const ImVec2 origin = ImGui::GetCursorPos();
    ImGui::BeginChild("##list-pane", ImVec2(list_w, size.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    list_tab.draw_list_pane(screen);
    ImGui::EndChild();
    const ImVec2 line = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(line.x, 0), ImVec2(line.x, size.y), colors().line,
                                        ImMax(1.0f, context_.scale));
    ImGui::SetCursorPos(ImVec2(origin.x + list_w, origin.y));
    const float detail_w = ImMin(size.x - list_w, em(metrics::kReadableColumn));
    ImGui::BeginChild("##detail-pane", ImVec2(detail_w, size.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (navigator_.current().screen == navigator_.tab()) {
        list_tab.draw_nothing_picked(screen);
    } else {
        draw_current_screen(screen);
    }
    ImGui::EndChild();
}

void App::draw_snackbar(ImVec2 min, ImVec2 max) {
    if (snackbar_.text.empty()) return;
    if (snackbar_ui(min, max, snackbar_.text, static_cast<bool>(snackbar_.undo)))
        actions_.add(Undo{});
}

void App::remind_if_away() {
    if (!preferences_.reminders || !services_.notify || store_.read_only()) return;
    const core::Millis now = store_.clock().now();
    if (now < next_reminder_check_) return;
    next_reminder_check_ = now + kReminderCheckEvery;
    // Looking at Rapport, Today shows what is due: no notification, and none
    // claimed, so one still comes once the window is left.
    if (services_.window_focused && services_.window_focused()) return;
    if (core::in_quiet_hours(
            preferences_.quiet_from, preferences_.quiet_until,
            core::local_minute_of_day(now, store_.clock().utc_offset_minutes(now))))
        return;
    for (const store::DueFollowUp& due : store_.follow_ups().due(now, 20)) {
        bool claimed = false;
        if (store_.follow_ups().claim_reminder(due.follow_up.id, due.follow_up.due, now, claimed))
            return;
        if (claimed) services_.notify(follow_up_notification(due));
    }
    if (!preferences_.ask_when_ended) return;
    for (const store::EndedConversation& ended : store_.end_prompts().to_ask(now)) {
        bool claimed = false;
        if (store_.end_prompts().claim(ended.conversation_id, now, claimed)) return;
        if (claimed)
            services_.notify(end_prompt_notification(ended, store_.clock(), model_.hour_clock));
    }
}

void App::access_control(int stop, std::string label, bool activate) {
    access_requests_.push_back({stop, std::move(label), activate});
}

void App::handle_focus_keys() {
    for (const AccessRequest& request : access_requests_) {
        const FocusRing::Stop* stop = request.activate
                                          ? context_.focus.activate(request.stop, request.label)
                                          : context_.focus.go_to(request.stop, request.label);
        if (!stop) continue;
        context_.settling = true;
        // A field: what is typed next waits until it has the keyboard.
        if (stop->text) {
            context_.focus_landing = stop->id;
            context_.focus_landing_frames = 0;
        }
    }
    access_requests_.clear();
    ImGuiIO& io = ImGui::GetIO();
    const int tab = ImGui::GetKeyIndex(ImGuiKey_Tab);
    if (ImGui::IsKeyPressed(tab, true) && !io.KeyCtrl && !io.KeyAlt) {
        // Our order spans every window; ImGui's own would stay in one.
        ImGui::NavMoveRequestCancel();
        if (context_.focus.move(io.KeyShift ? -1 : +1)) context_.settling = true;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))
        context_.focus.activate_focused();
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
    for (const Shortcut& shortcut : shortcuts_)
        if (io.KeyCtrl == shortcut.ctrl && ImGui::IsKeyPressed(shortcut.key, false))
            actions_.add(OpenScreen{shortcut.route});
}

void App::go_to(const NavigationSlot& slot) {
    if (slot.kind == NavigationSlot::Kind::Tab)
        actions_.add(SwitchTab{slot.screen});
    else
        actions_.add(OpenScreen{{slot.screen, {}}});
}

void App::save_everything() {
    for (const auto& feature : features_)
        feature->save(true);
}

void App::reload() {
    people_changed();
    refresh();
}

void App::handle_request(const std::string& request) {
    const auto after = [&request](std::string_view prefix) -> std::optional<std::string> {
        if (request.size() <= prefix.size() || request.compare(0, prefix.size(), prefix) != 0)
            return std::nullopt;
        return request.substr(prefix.size());
    };
    // A new capture, a reminder's person, capture about a conversation that
    // just ended: whichever feature answers the request opens its route.
    if (auto route = route_for(request)) open(std::move(*route));
    // The end prompt's other choices: ask later, or it did not take place.
    if (auto id = after(kNotNowRequest))
        if (store::Error e =
                store_.end_prompts().put_off(*id, store_.clock().now() + store::kAskAgainAfter))
            show_error(e);
    if (auto id = after(kDidNotHappenRequest)) actions_.add(DidNotHappen{*id});
    if (auto shared = after("share:")) {
        // Title, text and link, apart by unit separators (rapport-page.js).
        std::string parts[3];
        size_t from = 0;
        for (int i = 0; i < 3 && from <= shared->size(); ++i) {
            const size_t to = i == 2 ? std::string::npos : shared->find('\x1f', from);
            parts[i] = shared->substr(from, to - from);
            from = to == std::string::npos ? shared->size() + 1 : to + 1;
        }
        actions_.add(ShareReceived{parts[0], parts[1], parts[2]});
    }
    actions_.apply_pending();
    reload(); // another process may have written (a terminal capture)
}

void App::did_not_happen(const std::string& conversation_id) {
    if (store::Error e = store_.conversations().cancel(conversation_id)) return show_error(e);
    notify("Marked as not held", [this, conversation_id] {
        if (store::Error e = store_.conversations().reinstate(conversation_id)) show_error(e);
        people_changed();
    });
    people_changed();
}

void App::handle_dropped_files(const std::vector<std::string>& paths) {
    for (const auto& feature : features_)
        if (feature->open_files(paths)) break;
    refresh();
}

bool App::list_pane_shown() const {
    const Screen screen = navigator_.current().screen;
    return layout_.list_detail && screen != navigator_.tab() &&
           feature_for(navigator_.tab()).lists_beside(screen);
}

void App::refresh() {
    const core::Clock& clock = store_.clock();
    const core::Millis now = clock.now();
    model_.now = now;
    model_.zone = &clock;
    model_.hour_clock = hour_clock_of(preferences_, services_.system_twelve_hour);
    model_.people_total = store_.people().count();
    model_.has_notes = store_.notes().any();
    model_.database_path = store_.path();
    model_.version = services_.version;
    model_.documents_folder = services_.documents_folder;
    model_.browser_files = static_cast<bool>(services_.download);
    model_.today_text = core::local_date_text(now, clock);
    model_.read_only = store_.read_only() ? store_.read_only_reason() : "";

    const Route& route = navigator_.current();
    Feature& on_top = feature_for(route.screen);
    // Names: the capture picker and referral leads, and "Referred by".
    if (on_top.needs_names(route) && names_version_ != model_.people_version &&
        !first_screen_pending_) {
        names_version_ = model_.people_version;
        reads_->submit<std::vector<store::PersonName>>(
            "names", [](store::Store& store) { return store.people().names(); },
            [this](std::vector<store::PersonName> names) { model_.names = std::move(names); });
    }
    on_top.load(route);
    // The tab's list beside what was opened from it, on a wide display.
    if (list_pane_shown()) feature_for(navigator_.tab()).load({navigator_.tab(), {}});
}

void App::save_preferences() {
    if (services_.preferences_path.empty()) return;
    std::string error;
    if (!ui::save_preferences(services_.preferences_path, preferences_, error))
        show_problem("Settings not saved: " + error);
}

} // namespace rapport::ui
