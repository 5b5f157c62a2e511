#pragma once
// One running Rapport per database. The first launch holds an flock and
// listens on a local socket in the runtime folder; a later launch on the same
// database sends its request ("raise", "capture") there and exits, so there
// are never two writers racing on one file.
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rapport::platform {

class InstanceLock {
  public:
    enum class Outcome {
        Primary,   // we own the database; `lock` is set
        HandedOff, // a running instance took the request; exit 0
        Failed,    // neither; `message` says why; exit 1
    };

    static Outcome acquire(const std::string& database_path, const std::string& request,
                           std::unique_ptr<InstanceLock>& lock, std::string& message);

    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    // Called from the listener thread after a request is queued (wake the UI).
    void set_wakeup(std::function<void()> wakeup);
    // Requests from other launches since the last call, oldest first.
    std::vector<std::string> take_requests();

    // Tells a running instance on this database (if any) about `request`;
    // false when none answered. Never blocks for long.
    static bool notify(const std::string& database_path, const std::string& request);

    // Paths derived from the database, exposed for tests and messages.
    static std::string socket_path_for(const std::string& database_path);

  private:
    InstanceLock() = default;
    void listen_loop();

    int lock_fd_ = -1;
    int listen_fd_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::string socket_path_;
    std::thread listener_;
    std::mutex mutex_;
    std::vector<std::string> requests_;
    std::function<void()> wakeup_;
};

} // namespace rapport::platform
