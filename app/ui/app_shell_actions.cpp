// The shell's own actions: moving between screens, settings that change
// how everything is drawn, links, the clipboard and undo.
#include "ui/app.hpp"

#include "core/calendar.hpp"
#include "store/store.hpp"
#include "ui/shell_actions.hpp"
#include "ui/wording.hpp"

#include <cmath>
#include <imgui.h>

namespace rapport::ui {

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

} // namespace rapport::ui
