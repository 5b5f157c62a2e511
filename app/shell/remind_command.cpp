#include "shell/remind_command.hpp"

#include "core/clock.hpp"
#include "core/quiet_hours.hpp"
#include "platform/notifier.hpp"
#include "platform/paths.hpp"
#include "store/store.hpp"
#include "ui/preferences.hpp"
#include "ui/wording.hpp"

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <iostream>
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

// Opens Rapport on the person, as a new process: a running Rapport takes it
// as a request and shows them in its window.
void open_rapport_on(const std::string& person_id, const CommandLine& command) {
    std::vector<std::string> args = {"rapport", "--open", "person:" + person_id};
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
    if (core::in_quiet_hours(preferences.quiet_from, preferences.quiet_until,
                             core::local_minute_of_day(now, clock.utc_offset_minutes(now)))) {
        std::cout << "quiet hours (" << clock_text(preferences.quiet_from) << "–"
                  << clock_text(preferences.quiet_until) << "): nothing shown\n";
        return kOk;
    }
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return complain(kFailure, error.message);
    const std::vector<store::DueFollowUp> due = store->follow_ups().due(now, 20);
    if (due.empty()) {
        std::cout << "nothing is due\n";
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
        const std::string title = ui::follow_up_title(item);
        const std::string person = item.follow_up.person_id;
        if (!notifier->show(
                title, ui::reminder_body(item),
                [person, &command] { open_rapport_on(person, command); }, problem))
            return complain(kFailure, problem);
        std::cout << "shown: " << title << "\n";
        ++shown;
    }
    if (shown == 0) {
        std::cout << "nothing new is due\n";
        return kOk;
    }
    const int opened = notifier->wait(command.remind_wait_seconds);
    if (opened > 0) std::cout << "opened " << opened << "\n";
    return kOk;
}

} // namespace rapport
