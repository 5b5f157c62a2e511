#include "platform/instance_lock.hpp"

#include "platform/paths.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <utility>

namespace rapport::platform {
namespace {

std::string hash_hex(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a: stable across runs
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

std::string base_path_for(const std::string& database_path) {
    return runtime_dir() + "/rapport-" + hash_hex(absolute_path(database_path));
}

bool fill_address(const std::string& path, sockaddr_un& address) {
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) return false;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return true;
}

// Sends one request line to the running instance and waits for its "ok".
bool hand_off(const std::string& socket_path, const std::string& request, std::string& error) {
    sockaddr_un address{};
    if (!fill_address(socket_path, address)) {
        error = "socket path too long: " + socket_path;
        return false;
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        error = std::strerror(errno);
        return false;
    }
    bool ok = false;
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        error = std::string("cannot reach it: ") + std::strerror(errno);
    } else {
        std::string line = request + "\n";
        char reply[8] = {};
        pollfd waiter{fd, POLLIN, 0};
        if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
            error = std::string("cannot send to it: ") + std::strerror(errno);
        } else if (poll(&waiter, 1, 3000) <= 0 || read(fd, reply, sizeof reply - 1) < 2) {
            error = "it did not answer within 3 seconds";
        } else {
            ok = std::strncmp(reply, "ok", 2) == 0;
            if (!ok) error = "it refused the request";
        }
    }
    close(fd);
    return ok;
}

} // namespace

bool InstanceLock::notify(const std::string& database_path, const std::string& request) {
    std::string error;
    return hand_off(socket_path_for(database_path), request, error);
}

std::string InstanceLock::socket_path_for(const std::string& database_path) {
    return base_path_for(database_path) + ".sock";
}

InstanceLock::Outcome InstanceLock::acquire(const std::string& database_path,
                                            const std::string& request,
                                            std::unique_ptr<InstanceLock>& lock,
                                            std::string& message) {
    std::string dir_error;
    if (!ensure_private_dir(runtime_dir(), dir_error)) {
        message = "cannot make sure only one Rapport uses " + database_path + ": " + dir_error;
        return Outcome::Failed;
    }
    const std::string base = base_path_for(database_path);
    const std::string lock_path = base + ".lock";
    int lock_fd = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd < 0) {
        message = "cannot open lock file " + lock_path + ": " + std::strerror(errno);
        return Outcome::Failed;
    }
    if (flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
        close(lock_fd);
        std::string error;
        if (hand_off(base + ".sock", request, error)) {
            message = "Rapport is already running on " + database_path + "; passed it \"" +
                      request + "\"";
            return Outcome::HandedOff;
        }
        message = "Rapport is already running on " + database_path +
                  " but did not take the request (" + error + "); not opening a second writer";
        return Outcome::Failed;
    }

    std::unique_ptr<InstanceLock> owned(new InstanceLock());
    owned->lock_fd_ = lock_fd;
    owned->socket_path_ = base + ".sock";
    sockaddr_un address{};
    if (!fill_address(owned->socket_path_, address)) {
        message = "socket path too long: " + owned->socket_path_;
        return Outcome::Failed;
    }
    unlink(owned->socket_path_.c_str()); // a stale socket from a crashed run
    owned->listen_fd_ = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (owned->listen_fd_ < 0 ||
        bind(owned->listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        listen(owned->listen_fd_, 4) != 0 || pipe2(owned->stop_pipe_, O_CLOEXEC) != 0) {
        message = "cannot listen on " + owned->socket_path_ + ": " + std::strerror(errno);
        return Outcome::Failed;
    }
    owned->listener_ = std::thread([raw = owned.get()] { raw->listen_loop(); });
    lock = std::move(owned);
    return Outcome::Primary;
}

InstanceLock::~InstanceLock() {
    if (listener_.joinable()) {
        char stop = 'x';
        (void)!write(stop_pipe_[1], &stop, 1);
        listener_.join();
    }
    for (int fd : {listen_fd_, stop_pipe_[0], stop_pipe_[1]})
        if (fd >= 0) close(fd);
    if (!socket_path_.empty()) unlink(socket_path_.c_str());
    if (lock_fd_ >= 0) close(lock_fd_); // releases the flock
}

void InstanceLock::set_wakeup(std::function<void()> wakeup) {
    std::lock_guard guard(mutex_);
    wakeup_ = std::move(wakeup);
}

std::vector<std::string> InstanceLock::take_requests() {
    std::lock_guard guard(mutex_);
    return std::exchange(requests_, {});
}

void InstanceLock::listen_loop() {
    for (;;) {
        pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (fds[1].revents) return;
        int client = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        char buffer[256] = {};
        pollfd waiter{client, POLLIN, 0};
        ssize_t got = poll(&waiter, 1, 1000) > 0 ? read(client, buffer, sizeof buffer - 1) : 0;
        if (got > 0) {
            std::string request(buffer, static_cast<size_t>(got));
            while (!request.empty() && (request.back() == '\n' || request.back() == '\r'))
                request.pop_back();
            std::function<void()> wakeup;
            {
                std::lock_guard guard(mutex_);
                requests_.push_back(request);
                wakeup = wakeup_;
            }
            // Wake the UI before answering, so the request is seen by the time
            // the other launch exits.
            if (wakeup) wakeup();
            (void)!write(client, "ok\n", 3);
        }
        close(client);
    }
}

} // namespace rapport::platform
