#include "platform/open_url.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace rapport::platform {

bool is_openable_url(const std::string& url) {
    static constexpr std::array<const char*, 5> schemes = {"https://", "http://",
                                                           "mailto:", "tel:", "file://"};
    for (const char* scheme : schemes)
        if (url.rfind(scheme, 0) == 0 && url.size() > std::strlen(scheme)) {
            for (char c : url)
                if (static_cast<unsigned char>(c) < 0x20) return false;
            return true;
        }
    return false;
}

std::string opener_failure(int exit_status) {
    switch (exit_status) {
    case 1:
    case 2:
        return "the link was not understood";
    case 3:
        return "no app is set up to open it";
    case 4:
        return "the app that should open it failed";
    case 127:
        return "xdg-open is not installed (Debian: apt install xdg-utils)";
    default:
        return "the opener stopped with status " + std::to_string(exit_status);
    }
}

bool open_url(const std::string& url, std::string& error,
              std::function<void(const std::string& reason)> failed) {
    if (!is_openable_url(url)) {
        error = "not a web, mail, phone or file link: " + url;
        return false;
    }
    // The child only calls async-signal-safe functions, in a session of its
    // own so closing Rapport does not close what it opened.
    const pid_t child = fork();
    if (child < 0) {
        error = std::string("cannot start xdg-open: ") + std::strerror(errno);
        return false;
    }
    if (child == 0) {
        setsid();
        int null_fd = open("/dev/null", O_RDWR);
        if (null_fd >= 0) {
            dup2(null_fd, 0);
            dup2(null_fd, 1);
            dup2(null_fd, 2);
        }
        execlp("xdg-open", "xdg-open", url.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    // xdg-open may stay until the app it started quits (a browser run in its
    // place): a thread of its own waits for it, so it is never a zombie and
    // its answer is heard without holding a frame.
    std::thread([child, failed = std::move(failed)] {
        int status = 0;
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        if (code != 0 && failed) failed(opener_failure(code));
    }).detach();
    return true;
}

} // namespace rapport::platform
