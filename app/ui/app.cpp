#include "ui/app.hpp"

#include "services/thread_worker.hpp"

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
    services::ThreadWorker worker;
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

// Once a frame: the day's check and copy, when the worker has done them.
void App::poll_maintenance() {
    if (maintenance_ && maintenance_->done) finish_maintenance();
}

App::~App() {
    if (maintenance_) maintenance_->worker.join();
}

void App::start_maintenance() {
    if (!services_.maintenance || services_.snapshot_folder.empty() || store_.path() == ":memory:")
        return;
    maintenance_ = std::make_unique<Maintenance>();
    maintenance_->worker.start([this, path = store_.path(), folder = services_.snapshot_folder] {
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
