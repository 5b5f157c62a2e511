#pragma once
// What the platform lends sync: an HTTP client per sync (libcurl on the
// desktop) and the keyring that keeps the password. Handed in by the shell;
// tests hand in their own keyring. Called from the sync worker's thread (on
// the web, from the sync's fiber).
#include "platform/http_client.hpp"
#include "platform/keyring.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rapport::ui {

struct SyncConnection {
    // A client for one piece of work; `wait` is how a client that cannot
    // block (the browser's) lets frames run meanwhile. libcurl ignores it.
    std::function<std::unique_ptr<platform::HttpClient>(platform::HttpWait& wait)> http;
    // (server, user) -> the stored password, or why there is none.
    std::function<platform::KeyringAnswer(const std::string&, const std::string&)> lookup;
    // (server, user, password) -> "" when kept, else why not.
    std::function<std::string(const std::string&, const std::string&, const std::string&)> remember;
    // (server, user) -> "" when forgotten, else why not.
    std::function<std::string(const std::string&, const std::string&)> forget;
    // The browser: the password is kept for the session unless the person
    // ticks "Remember on this device" (its storage is the site's, not a keyring).
    bool remember_is_a_choice = false;
    // The person's zone by its IANA name (platform::home_zone_name()):
    // their conversations' events are written in it. Empty: UTC.
    std::string home_zone;
};

} // namespace rapport::ui
