#include "shell/background_notifier.hpp"

#include "platform/instance_lock.hpp"

#include <glib.h>
#include <iostream>

namespace rapport {

struct BackgroundNotifier::Request {
    BackgroundNotifier* self;
    ui::Notification notification;
};

BackgroundNotifier::BackgroundNotifier(std::string database_path)
    : database_path_(std::move(database_path)), context_(g_main_context_new()),
      loop_(g_main_loop_new(context_, FALSE)) {
    thread_.start([this] {
        // libnotify's D-Bus proxy answers on the context it was made on.
        g_main_context_push_thread_default(context_);
        g_main_loop_run(loop_);
        notifier_.reset();
        g_main_context_pop_thread_default(context_);
    });
}

BackgroundNotifier::~BackgroundNotifier() {
    g_main_loop_quit(loop_);
    thread_.join();
    g_main_loop_unref(loop_);
    g_main_context_unref(context_);
}

void BackgroundNotifier::show(const ui::Notification& notification) {
    g_main_context_invoke_full(context_, G_PRIORITY_DEFAULT, &BackgroundNotifier::show_now,
                               new Request{this, notification},
                               [](gpointer request) { delete static_cast<Request*>(request); });
}

int BackgroundNotifier::show_now(void* data) {
    const Request& request = *static_cast<Request*>(data);
    BackgroundNotifier& self = *request.self;
    const ui::Notification& n = request.notification;
    const auto ask = [database = self.database_path_](std::string what) {
        return [database, what] { platform::InstanceLock::notify(database, what); };
    };
    std::vector<platform::Notifier::Choice> choices;
    for (const ui::NotificationAction& action : n.actions)
        choices.push_back({action.label, ask(action.request)});
    std::string error;
    if (!self.notifier_) self.notifier_ = platform::Notifier::open(error);
    if (!self.notifier_ ||
        !self.notifier_->show(n.title, n.body, ask(n.open_request), error, std::move(choices)))
        std::cerr << "rapport: a reminder was not shown: " << error << "\n";
    return G_SOURCE_REMOVE;
}

} // namespace rapport
