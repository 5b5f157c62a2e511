#include "shell/remind_command.hpp"

#include "core/clock.hpp"
#include "core/quiet_hours.hpp"
#include "platform/notifier.hpp"
#include "platform/paths.hpp"
#include "platform/reminder_timer.hpp"
#include "store/store.hpp"
#include "ui/preferences.hpp"
#include "ui/reminder_notifications.hpp"
#include "ui/wording.hpp"

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <iostream>
#include <optional>
#include <spawn.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace rapport {
namespace {

constexpr int kOk = 0, kFailure = 1;

int complain(int code, const std::string& message) {
    std::cerr << "rapport: remind: " << message << "\n";
    return code;
}

std::string clock_text(int minutes) {
    char text[32];
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
    return text;
}

// Opens Rapport on what a notification is about ("person:ID",
// "capture:CONVERSATION"), as a new process: a running Rapport takes it as a
// request and shows it in its window.
void open_rapport_on(const std::string& route, const CommandLine& command) {
    std::vector<std::string> args = {"rapport", "--open", route};
    if (command.database) args.insert(args.end(), {"--db", *command.database});
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    // Its own session, and not our output: Rapport outlives this command
    // (and whoever reads what it prints).
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
    pid_t pid = 0;
    if (posix_spawn(&pid, "/proc/self/exe", &files, &attributes, argv.data(), environ) != 0)
        complain(kFailure, "could not start Rapport to open the reminder");
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&files);
}

// The next run of this command, at the moment the next ask falls due (a
// conversation's end, a "Not now" running out), or when quiet hours end if
// one waits now; the 15-minute timer stays the safety net.
void schedule_next(store::Store& store, const ui::Preferences& preferences, core::Millis now,
                   bool waiting_in_quiet_hours, const CommandLine& command) {
    if (!preferences.ask_when_ended) return;
    std::optional<core::Millis> at = store.end_prompts().next_ask_after(now);
    if (waiting_in_quiet_hours) {
        const core::Clock& clock = store.clock();
        const int minute = core::local_minute_of_day(now, clock.utc_offset_minutes(now));
        const int until = (preferences.quiet_until - minute + 24 * 60) % (24 * 60);
        const core::Millis ends = now + until * core::kMinute;
        at = at ? std::min(*at, ends) : ends;
    }
    if (!at) return;
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) return;
    std::vector<std::string> run = {std::string(self, static_cast<size_t>(length)), "remind"};
    if (command.database) run.insert(run.end(), {"--db", *command.database});
    // A few seconds after the moment: the conversation has ended by then.
    const long long seconds = (*at - now) / 1000 + 5;
    std::string problem;
    if (platform::schedule_run_in(seconds, std::to_string(*at / 1000), run, problem))
        std::cout << "next look in " << seconds << " s\n";
    else
        std::cerr << "rapport: remind: " << problem << " (the 15-minute timer still runs)\n";
}

// What a conversation's notification offers, done by this process: the
// person asked for the notes to be captured, later, or said it did not
// take place.
std::vector<platform::Notifier::Choice> end_choices(store::Store& store,
                                                    const store::EndedConversation& ended,
                                                    const CommandLine& command) {
    const std::string id = ended.conversation_id;
    return {{"Capture notes", [id, &command] { open_rapport_on("capture:" + id, command); }},
            {"Not now",
             [id, &store] {
                 store.end_prompts().put_off(id, store.clock().now() + store::kAskAgainAfter);
             }},
            {"It didn't happen", [id, &store] { store.conversations().cancel(id); }}};
}

} // namespace

int run_remind(const CommandLine& command, const std::string& database_path) {
    const ui::Preferences preferences =
        ui::load_preferences(platform::config_dir() + "/settings.ini");
    if (!preferences.reminders) {
        std::cout << "reminders are off: turn them on in Rapport's Settings\n";
        return kOk;
    }
    core::SystemClock clock;
    const core::Millis now = clock.now();
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return complain(kFailure, error.message);
    if (core::in_quiet_hours(preferences.quiet_from, preferences.quiet_until,
                             core::local_minute_of_day(now, clock.utc_offset_minutes(now)))) {
        std::cout << "quiet hours (" << clock_text(preferences.quiet_from) << "–"
                  << clock_text(preferences.quiet_until) << "): nothing shown\n";
        // What waits is asked as they end.
        schedule_next(*store, preferences, now, true, command);
        return kOk;
    }
    const std::vector<store::DueFollowUp> due = store->follow_ups().due(now, 20);
    const std::vector<store::EndedConversation> ended =
        preferences.ask_when_ended ? store->end_prompts().to_ask(now)
                                   : std::vector<store::EndedConversation>{};
    if (due.empty() && ended.empty()) {
        std::cout << "nothing is due\n";
        schedule_next(*store, preferences, now, false, command);
        return kOk;
    }
    std::string problem;
    std::unique_ptr<platform::Notifier> notifier = platform::Notifier::open(problem);
    if (!notifier) return complain(kFailure, problem); // nothing claimed: the next run tries again
    int shown = 0;
    for (const store::DueFollowUp& item : due) {
        bool claimed = false;
        if (store::Error e = store->follow_ups().claim_reminder(item.follow_up.id,
                                                                item.follow_up.due, now, claimed))
            return complain(kFailure, e.message);
        if (!claimed) continue; // announced before, by this or the running app
        const ui::Notification n = ui::follow_up_notification(item);
        const std::string person = item.follow_up.person_id;
        if (!notifier->show(
                n.title, n.body,
                [person, &command] { open_rapport_on("person:" + person, command); }, problem))
            return complain(kFailure, problem);
        std::cout << "shown: " << n.title << "\n";
        ++shown;
    }
    for (const store::EndedConversation& item : ended) {
        bool claimed = false;
        if (store::Error e = store->end_prompts().claim(item.conversation_id, now, claimed))
            return complain(kFailure, e.message);
        if (!claimed) continue; // asked before, by this or the running app
        const ui::Notification n = ui::end_prompt_notification(
            item, clock, ui::hour_clock_of(preferences, platform::locale_uses_twelve_hour()));
        const std::string capture = "capture:" + item.conversation_id;
        if (!notifier->show(
                n.title, n.body, [capture, &command] { open_rapport_on(capture, command); },
                problem, end_choices(*store, item, command)))
            return complain(kFailure, problem);
        std::cout << "shown: " << n.title << "\n";
        ++shown;
    }
    schedule_next(*store, preferences, now, false, command);
    if (shown == 0) {
        std::cout << "nothing new is due\n";
        return kOk;
    }
    const int opened = notifier->wait(command.options<RemindCommand>().wait_seconds);
    if (opened > 0) std::cout << "opened " << opened << "\n";
    return kOk;
}

} // namespace rapport
