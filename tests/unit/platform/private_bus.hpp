#pragma once
// A session bus of a test's own (dbus-daemon), and the small process helpers
// a test needs to start services on it and wait for them.
#include "unit/temp_dir.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace rapport::testing {

inline pid_t spawn(std::vector<std::string> args, bool quiet = false) {
    const pid_t child = fork();
    if (child == 0) {
        if (quiet) freopen("/dev/null", "w", stderr); // dbus-daemon's notes on fd limits
        std::vector<char*> argv;
        for (std::string& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return child;
}

inline void stop(pid_t child) {
    if (child <= 0) return;
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
}

// Waits for a file to appear: a condition, with a generous limit so a
// broken setup fails the test instead of hanging it.
inline bool appears(const std::string& path, pid_t writer) {
    const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!std::filesystem::exists(path)) {
        int status = 0;
        if (waitpid(writer, &status, WNOHANG) == writer) return false; // it died
        if (std::chrono::steady_clock::now() > limit) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// Sets an environment variable for the test's length, then puts it back.
struct Env {
    std::string name;
    std::optional<std::string> old;
    Env(std::string n, const std::string& value) : name(std::move(n)) {
        if (const char* v = std::getenv(name.c_str())) old = v;
        setenv(name.c_str(), value.c_str(), 1);
    }
    ~Env() {
        if (old)
            setenv(name.c_str(), old->c_str(), 1);
        else
            unsetenv(name.c_str());
    }
};

// A session bus of the test's own. Its configuration names no service
// folders, so no real portal installed on the machine can be started on it.
struct PrivateBus {
    TempDir dir;
    pid_t daemon = -1;
    std::optional<Env> address;
    PrivateBus() {
        const std::string socket = dir.file("bus");
        const std::string config = dir.file("bus.conf");
        std::ofstream(config) << "<busconfig><type>session</type><listen>unix:path=" << socket
                              << "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                              << "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                              << "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                              << "</policy></busconfig>\n";
        daemon = spawn(
            {"/usr/bin/dbus-daemon", "--config-file=" + config, "--nofork", "--nopidfile"}, true);
        REQUIRE_MESSAGE(appears(socket, daemon), "dbus-daemon did not start (apt: dbus-daemon)");
        address.emplace("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket);
    }
    ~PrivateBus() { stop(daemon); }
};

} // namespace rapport::testing
