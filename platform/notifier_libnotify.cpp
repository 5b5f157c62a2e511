#include "platform/notifier.hpp"

#include <cstdlib>
#include <libnotify/notify.h>
#include <string>

namespace rapport::platform {

struct Notifier::Shown {
    NotifyNotification* notification = nullptr;
    std::function<void()> on_open;
    std::vector<Choice> choices;
    bool open = true; // not yet closed
    bool acted = false;
};

namespace {

constexpr const char* kAppName = "Rapport";
constexpr const char* kDesktopEntry = "org.rapportapp.Rapport";

// The action's key is "default" (the notification clicked) or the index of
// the choice pressed.
void on_action(NotifyNotification*, char* action, gpointer data) {
    auto* shown = static_cast<Notifier::Shown*>(data);
    shown->acted = true;
    const std::string key = action ? action : "";
    if (key == "default") {
        if (shown->on_open) shown->on_open();
        return;
    }
    const size_t index = static_cast<size_t>(std::strtoul(key.c_str(), nullptr, 10));
    if (index < shown->choices.size() && shown->choices[index].run) shown->choices[index].run();
}

void on_closed(NotifyNotification*, gpointer data) {
    static_cast<Notifier::Shown*>(data)->open = false;
}

} // namespace

std::unique_ptr<Notifier> Notifier::open(std::string& error) {
    if (!notify_is_initted() && !notify_init(kAppName)) {
        error = "the desktop's notification service cannot be reached";
        return nullptr;
    }
    // Ask the server now: with no session bus or no server, say so here
    // rather than at the first notification.
    char *name = nullptr, *vendor = nullptr, *version = nullptr, *spec = nullptr;
    if (!notify_get_server_info(&name, &vendor, &version, &spec)) {
        error = "no notification service answers on this session's bus";
        return nullptr;
    }
    g_free(name), g_free(vendor), g_free(version), g_free(spec);
    return std::unique_ptr<Notifier>(new Notifier());
}

Notifier::~Notifier() {
    for (auto& shown : shown_)
        if (shown->notification) g_object_unref(shown->notification);
}

bool Notifier::show(const std::string& title, const std::string& body,
                    std::function<void()> on_open, std::string& error,
                    std::vector<Choice> choices) {
    auto shown = std::make_unique<Shown>();
    shown->on_open = std::move(on_open);
    shown->choices = std::move(choices);
    shown->notification = notify_notification_new(title.c_str(), body.c_str(), kDesktopEntry);
    NotifyNotification* n = shown->notification;
    // Which app it is from (the server shows its name and icon), and that
    // a click on the body opens it.
    notify_notification_set_hint_string(n, "desktop-entry", kDesktopEntry);
    notify_notification_set_category(n, "reminder");
    notify_notification_add_action(n, "default", "Open", on_action, shown.get(), nullptr);
    for (size_t i = 0; i < shown->choices.size(); ++i)
        notify_notification_add_action(n, std::to_string(i).c_str(),
                                       shown->choices[i].label.c_str(), on_action, shown.get(),
                                       nullptr);
    g_signal_connect(n, "closed", G_CALLBACK(on_closed), shown.get());
    GError* failure = nullptr;
    if (!notify_notification_show(n, &failure)) {
        error = failure ? failure->message : "the notification was not shown";
        if (failure) g_error_free(failure);
        return false;
    }
    shown_.push_back(std::move(shown));
    return true;
}

int Notifier::wait(double seconds) {
    GMainContext* context = g_main_context_default();
    const gint64 until = g_get_monotonic_time() + static_cast<gint64>(seconds * 1e6);
    auto pending = [this] {
        for (const auto& shown : shown_)
            if (shown->open && !shown->acted) return true;
        return false;
    };
    while (pending() && g_get_monotonic_time() < until) {
        // Wake at least every 100 ms to look at the clock.
        GSource* tick = g_timeout_source_new(100);
        g_source_set_callback(
            tick, [](gpointer) { return G_SOURCE_REMOVE; }, nullptr, nullptr);
        g_source_attach(tick, context);
        g_main_context_iteration(context, TRUE);
        g_source_destroy(tick);
        g_source_unref(tick);
    }
    int opened = 0;
    for (const auto& shown : shown_)
        opened += shown->acted ? 1 : 0;
    return opened;
}

} // namespace rapport::platform
