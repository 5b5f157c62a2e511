#include "platform/reminder_timer.hpp"

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

} // namespace rapport::platform
