// The frame: what the shell draws around the feature on top (navigation,
// panes, snackbar), the keys it takes, and what it tells the platform.
#include "ui/app.hpp"

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
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>

namespace rapport::ui {

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

    poll_maintenance();
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

} // namespace rapport::ui
