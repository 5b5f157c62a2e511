#include "sync/local_server.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <spawn.h>
#include <sstream>
#include <string_view>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace rapport::testing {
namespace {

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool accepts(int port) {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in address = loopback(port);
    const bool ok = connect(s, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    close(s);
    return ok;
}

} // namespace

int free_port() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    bind(s, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address;
    getsockname(s, reinterpret_cast<sockaddr*>(&address), &size);
    close(s);
    return ntohs(address.sin_port);
}

LocalServer::Kind LocalServer::dav() {
    const char* chosen = std::getenv("RAPPORT_DAV_SERVER");
    return chosen && std::string_view(chosen) == "xandikos" ? Kind::Xandikos : Kind::Radicale;
}

LocalServer::LocalServer(Kind kind, bool cors) : kind_(kind) {
    std::ofstream(dir_.file("users")) << kUser << ":" << kPassword << "\n";
    std::ofstream config(dir_.file("config"));
    config << "[auth]\ntype = htpasswd\nhtpasswd_filename = " << dir_.file("users")
           << "\nhtpasswd_encryption = plain\n[rights]\ntype = owner_only\n[storage]\n"
           << "filesystem_folder = " << dir_.file("collections") << "\n[logging]\nlevel = warning\n"
           << "[web]\ntype = none\n";
    if (cors)
        config << "[headers]\nAccess-Control-Allow-Origin = *\n"
               << "Access-Control-Allow-Methods = GET, POST, PUT, DELETE, PROPFIND, REPORT, "
                  "MKCOL, MKCALENDAR, OPTIONS\n"
               << "Access-Control-Allow-Headers = Authorization, Content-Type, Depth, If-Match, "
                  "If-None-Match\nAccess-Control-Expose-Headers = ETag\n";
}

LocalServer::~LocalServer() {
    stop();
}

bool LocalServer::start() {
    stop();
    if (port_ == 0) port_ = free_port(); // a restart keeps its address
    const std::string port = std::to_string(port_);
    const std::string hosts = "127.0.0.1:" + port;
    const std::string config = dir_.file("config");
    const std::string folder = dir_.path();
    std::vector<std::string> args;
    if (kind_ == Kind::Radicale)
        args = {"/usr/bin/python3", "-m", "radicale", "--config", config, "--server-hosts", hosts};
    else if (kind_ == Kind::Xandikos)
        args = {"/usr/bin/xandikos",
                "-d",
                dir_.file("xandikos"),
                "--defaults",
                "-l",
                "127.0.0.1",
                "-p",
                port};
    else
        args = {"/usr/bin/python3", "-m",          "http.server", "--bind",
                "127.0.0.1",        "--directory", folder,        port};
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string log_path = dir_.file("server.log");
    posix_spawn_file_actions_addopen(&actions, 1, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    // The server is another party with its own clock: it runs on the real
    // one. Under the calendar runs' libfaketime its clock moved to the
    // instant while the times of the files it had just written did not, so
    // at an instant more than a month ahead Radicale found its sync tokens
    // older than their 30 days and forgot them (a delete made on one device
    // then never reached the other: a full comparison keeps what is missing).
    std::vector<char*> env;
    for (char** e = environ; *e; ++e) {
        const std::string_view entry(*e);
        if (entry.rfind("LD_PRELOAD=", 0) == 0 || entry.rfind("FAKETIME", 0) == 0) continue;
        env.push_back(*e);
    }
    env.push_back(nullptr);
    const int spawned = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        pid_ = -1;
        return false;
    }
    // Ready when it listens; gone if it exited. Polling the port is the
    // condition itself, not a guess at how long start-up takes.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (std::chrono::steady_clock::now() < deadline) {
        if (accepts(port_)) return true;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

void LocalServer::stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
}

std::string LocalServer::log() const {
    std::ifstream in(dir_.file("server.log"));
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace rapport::testing
