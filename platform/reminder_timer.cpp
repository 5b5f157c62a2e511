#include "platform/reminder_timer.hpp"

#include <algorithm>
#include <glib.h>

namespace rapport::platform {
namespace {

// What a program run to its end said, and whether it ran and exited 0.
struct Ran {
    bool started = false;
    bool succeeded = false;
    std::string why;  // why it did not start
    std::string said; // its standard error, trimmed
};

Ran run(std::vector<std::string> args) {
    std::vector<gchar*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    gchar* err_text = nullptr;
    gint status = 0;
    GError* failure = nullptr;
    Ran ran;
    ran.started = g_spawn_sync(nullptr, argv.data(), nullptr, G_SPAWN_SEARCH_PATH, nullptr, nullptr,
                               nullptr, &err_text, &status, &failure);
    ran.succeeded = ran.started && g_spawn_check_wait_status(status, nullptr);
    if (failure) ran.why = failure->message;
    ran.said = err_text ? err_text : "";
    while (!ran.said.empty() && (ran.said.back() == '\n' || ran.said.back() == ' '))
        ran.said.pop_back();
    if (failure) g_error_free(failure);
    g_free(err_text);
    return ran;
}

} // namespace

bool set_reminder_timer(bool on, std::string& error) {
    const Ran ran =
        run({"systemctl", "--user", on ? "enable" : "disable", "--now", "rapport-remind.timer"});
    if (!ran.started)
        error = "systemctl did not run: " + ran.why;
    else if (!ran.succeeded)
        error = "systemctl --user could not " + std::string(on ? "enable" : "disable") +
                " the reminder timer" + (ran.said.empty() ? "" : ": " + ran.said);
    return ran.succeeded;
}

bool schedule_run_in(long long seconds, const std::string& key,
                     const std::vector<std::string>& command, std::string& error) {
    std::vector<std::string> args = {"systemd-run",
                                     "--user",
                                     "--quiet",
                                     "--collect",
                                     "--unit=rapport-ask-" + key,
                                     "--on-active=" + std::to_string(std::max(1LL, seconds)) + "s",
                                     "--timer-property=AccuracySec=1s",
                                     "--"};
    args.insert(args.end(), command.begin(), command.end());
    const Ran ran = run(std::move(args));
    // Already there: this moment was scheduled by an earlier run.
    const bool ok = ran.succeeded || (ran.started && ran.said.find("already") != std::string::npos);
    if (!ran.started)
        error = "systemd-run did not run: " + ran.why;
    else if (!ok)
        error = "systemd-run --user could not schedule the next ask: " + ran.said;
    return ok;
}

} // namespace rapport::platform
