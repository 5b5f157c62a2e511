#pragma once
// Messages from other threads for the next frame (a link opener that found
// no app, say). A sender stays safe to call after the App is gone: the
// shared box is closed then, and what arrives is dropped.
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

class ThreadInbox {
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

    std::function<void(const std::string&)> sender() const {
        return [shared = shared_](const std::string& message) {
            std::lock_guard lock(shared->mutex);
            if (shared->closed) return;
            shared->messages.push_back(message);
            if (shared->wake) shared->wake();
        };
    }

    std::vector<std::string> take() {
        std::lock_guard lock(shared_->mutex);
        return std::exchange(shared_->messages, {});
    }

  private:
    struct Shared {
        std::mutex mutex;
        std::vector<std::string> messages;
        std::function<void()> wake;
        bool closed = false;
    };
    std::shared_ptr<Shared> shared_;
};

} // namespace rapport::ui
