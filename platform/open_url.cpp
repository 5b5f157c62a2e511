#include "platform/open_url.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
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

bool open_url(const std::string& url, std::string& error) {
    if (!is_openable_url(url)) {
        error = "not a web, mail, phone or file link: " + url;
        return false;
    }
    // Fork twice so the opener is adopted by init and never becomes a zombie
    // of ours; the child only calls async-signal-safe functions.
    pid_t child = fork();
    if (child < 0) {
        error = std::string("cannot start xdg-open: ") + std::strerror(errno);
        return false;
    }
    if (child == 0) {
        setsid();
        if (fork() == 0) {
            int null_fd = open("/dev/null", O_RDWR);
            if (null_fd >= 0) {
                dup2(null_fd, 0);
                dup2(null_fd, 1);
                dup2(null_fd, 2);
            }
            execlp("xdg-open", "xdg-open", url.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return true;
}

} // namespace rapport::platform
