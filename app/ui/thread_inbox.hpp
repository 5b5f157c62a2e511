#pragma once
// Messages from other threads for the next frame (a link opener that found
// no app, say; a file chosen in the system's dialog). A sender stays safe to call after the App is
// gone: the shared box is closed then, and what arrives is dropped.
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

template <typename Message = std::string> class ThreadInbox {
  public:
    // `wake` (optional) wakes the event loop so the message is drawn at once.
    explicit ThreadInbox(std::function<void()> wake) : shared_(std::make_shared<Shared>()) {
        shared_->wake = std::move(wake);
    }
    ThreadInbox(const ThreadInbox&) = delete;
    ThreadInbox& operator=(const ThreadInbox&) = delete;
    ~ThreadInbox() {
        std::lock_guard lock(shared_->mutex);
        shared_->closed = true;
    }

    std::function<void(Message)> sender() const {
        return [shared = shared_](Message message) {
            std::lock_guard lock(shared->mutex);
            if (shared->closed) return;
            shared->messages.push_back(std::move(message));
            if (shared->wake) shared->wake();
        };
    }

    std::vector<Message> take() {
        std::lock_guard lock(shared_->mutex);
        return std::exchange(shared_->messages, {});
    }

  private:
    struct Shared {
        std::mutex mutex;
        std::vector<Message> messages;
        std::function<void()> wake;
        bool closed = false;
    };
    std::shared_ptr<Shared> shared_;
};

} // namespace rapport::ui
