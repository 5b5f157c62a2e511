#include "platform/reminder_timer.hpp"

#include <algorithm>
#include <glib.h>

namespace rapport::platform {

bool set_reminder_timer(bool on, std::string& error) {
    const char* argv[] = {
        "systemctl", "--user", on ? "enable" : "disable", "--now", "rapport-remind.timer", nullptr};
    gchar* err_text = nullptr;
    gint status = 0;
    GError* failure = nullptr;
    const bool ran = g_spawn_sync(nullptr, const_cast<gchar**>(argv), nullptr, G_SPAWN_SEARCH_PATH,
                                  nullptr, nullptr, nullptr, &err_text, &status, &failure);
    bool ok = ran && g_spawn_check_wait_status(status, nullptr);
    if (!ran) {
        error = std::string("systemctl did not run: ") + (failure ? failure->message : "unknown");
    } else if (!ok) {
        std::string said = err_text ? err_text : "";
        while (!said.empty() && (said.back() == '\n' || said.back() == ' '))
            said.pop_back();
        error = "systemctl --user could not " + std::string(on ? "enable" : "disable") +
                " the reminder timer" + (said.empty() ? "" : ": " + said);
    }
    if (failure) g_error_free(failure);
    g_free(err_text);
    return ok;
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
    std::vector<gchar*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    gchar* err_text = nullptr;
    gint status = 0;
    GError* failure = nullptr;
    const bool ran = g_spawn_sync(nullptr, argv.data(), nullptr, G_SPAWN_SEARCH_PATH, nullptr,
                                  nullptr, nullptr, &err_text, &status, &failure);
    const std::string said = err_text ? err_text : "";
    bool ok = ran && g_spawn_check_wait_status(status, nullptr);
    // Already there: this moment is scheduled (by an earlier run).
    if (!ok && said.find("already") != std::string::npos) ok = true;
    if (!ran)
        error = std::string("systemd-run did not run: ") + (failure ? failure->message : "unknown");
    else if (!ok)
        error = "systemd-run --user could not schedule the next ask: " + said;
    if (failure) g_error_free(failure);
    g_free(err_text);
    return ok;
}

} // namespace rapport::platform
