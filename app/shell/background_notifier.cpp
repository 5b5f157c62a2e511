#include "shell/background_notifier.hpp"

#include "platform/instance_lock.hpp"

#include <glib.h>
#include <iostream>

namespace rapport {

struct BackgroundNotifier::Request {
    BackgroundNotifier* self;
    std::string title, body, person_id;
};

BackgroundNotifier::BackgroundNotifier(std::string database_path)
    : database_path_(std::move(database_path)), context_(g_main_context_new()),
      loop_(g_main_loop_new(context_, FALSE)) {
    thread_ = std::thread([this] {
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

void BackgroundNotifier::show(const std::string& title, const std::string& body,
                              const std::string& person_id) {
    g_main_context_invoke_full(context_, G_PRIORITY_DEFAULT, &BackgroundNotifier::show_now,
                               new Request{this, title, body, person_id},
                               [](gpointer request) { delete static_cast<Request*>(request); });
}

int BackgroundNotifier::show_now(void* data) {
    const Request& request = *static_cast<Request*>(data);
    BackgroundNotifier& self = *request.self;
    std::string error;
    if (!self.notifier_) self.notifier_ = platform::Notifier::open(error);
    if (!self.notifier_ || !self.notifier_->show(
                               request.title, request.body,
                               [database = self.database_path_, person = request.person_id] {
                                   platform::InstanceLock::notify(database,
                                                                  "open:person:" + person);
                               },
                               error))
        std::cerr << "rapport: a reminder was not shown: " << error << "\n";
    return G_SOURCE_REMOVE;
}

} // namespace rapport
