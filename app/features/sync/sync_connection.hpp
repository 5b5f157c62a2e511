#pragma once
// What the platform lends sync: an HTTP client per sync (libcurl on the
// desktop) and the keyring that keeps the password. Handed in by the shell;
// tests hand in their own keyring. Called from the sync worker's thread.
#include "platform/http_client.hpp"
#include "platform/keyring.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rapport::ui {

struct SyncConnection {
    std::function<std::unique_ptr<platform::HttpClient>()> http;
    // (server, user) -> the stored password, or why there is none.
    std::function<platform::KeyringAnswer(const std::string&, const std::string&)> lookup;
    // (server, user, password) -> "" when kept, else why not.
    std::function<std::string(const std::string&, const std::string&, const std::string&)> remember;
    // (server, user) -> "" when forgotten, else why not.
    std::function<std::string(const std::string&, const std::string&)> forget;
};

} // namespace rapport::ui
