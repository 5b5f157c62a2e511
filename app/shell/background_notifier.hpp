#pragma once
// Reminders while the window runs but is not looked at: notifications shown
// from a thread of their own (libnotify answers clicks through a GLib main
// loop, which the window's GLFW loop does not run). A click or a button asks
// this very Rapport, through its instance lock, for what it names (open the
// person, capture about a conversation) and to come forward.
#include "platform/notifier.hpp"
#include "services/thread_worker.hpp"
#include "ui/notification.hpp"

#include <memory>
#include <string>

typedef struct _GMainContext GMainContext;
typedef struct _GMainLoop GMainLoop;

namespace rapport {

class BackgroundNotifier {
  public:
    explicit BackgroundNotifier(std::string database_path);
    ~BackgroundNotifier();
    BackgroundNotifier(const BackgroundNotifier&) = delete;
    BackgroundNotifier& operator=(const BackgroundNotifier&) = delete;

    // Any thread; shown on the notifier's own.
    void show(const ui::Notification& notification);

  private:
    struct Request;
    static int show_now(void* request);
    std::string database_path_;
    GMainContext* context_ = nullptr;
    GMainLoop* loop_ = nullptr;
    std::unique_ptr<platform::Notifier> notifier_; // made and used on the thread
    services::ThreadWorker thread_;                // runs the notifications' main loop
};

} // namespace rapport
