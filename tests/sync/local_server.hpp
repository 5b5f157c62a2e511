#pragma once
// A server a sync test needs, started by the test on 127.0.0.1 and stopped
// by it: Debian's Radicale (CardDAV + CalDAV, password auth, a private
// folder), Debian's Xandikos (the same protocols, no authentication, its own
// reading of them), or Python's plain http.server (a web server that is not
// DAV). RAPPORT_DAV_SERVER=xandikos runs the DAV tests against Xandikos.
#include "unit/temp_dir.hpp"

#include <string>
#include <sys/types.h>
#include <vector>

namespace rapport::testing {

// A free TCP port on 127.0.0.1 (the kernel picks one, then it is let go).
int free_port();

class LocalServer {
  public:
    enum class Kind { Radicale, Xandikos, PlainHttp };
    // The DAV server this run tests against: Radicale, or Xandikos when
    // RAPPORT_DAV_SERVER says so.
    static Kind dav();
    // `cors`: Radicale answers with Access-Control-* headers (the web build).
    explicit LocalServer(Kind kind = dav(), bool cors = false);
    Kind kind() const { return kind_; }
    // Xandikos asks for no password: a wrong one is not refused.
    bool checks_passwords() const { return kind_ == Kind::Radicale; }
    ~LocalServer();
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;

    // Waits until the port accepts connections; false with `log()` when the
    // server exited first or did not listen within a minute.
    bool start();
    void stop();
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }
    std::string log() const;
    // Where Radicale keeps a user's collections, one folder each, one file per
    // item (a benchmark fills it directly; tests go through HTTP).
    std::string user_folder() const {
        return dir_.file("collections") + "/collection-root/" + kUser;
    }
    static constexpr const char* kUser = "ana";
    static constexpr const char* kPassword = "correct horse";

  private:
    Kind kind_;
    TempDir dir_;
    int port_ = 0;
    pid_t pid_ = -1;
};

} // namespace rapport::testing
