#pragma once
// Where sync keeps its password: the desktop keyring (the Secret Service),
// the browser's storage, or a test's map. Owned here, implemented by the
// platform, handed in by the shell. Stored per server and user, so two
// accounts do not share one.
#include <functional>
#include <optional>
#include <string>

namespace rapport::ports {

struct KeyringAnswer {
    std::optional<std::string> password; // nullopt: none stored, or no keyring
    std::string problem;                 // why not, when the keyring did not answer
};

struct Keyring {
    // (server, user) -> the stored password, or why there is none.
    std::function<KeyringAnswer(const std::string& server, const std::string& user)> lookup;
    // (server, user, password) -> "" when kept, else why not.
    std::function<std::string(const std::string& server, const std::string& user,
                              const std::string& password)>
        remember;
    // (server, user) -> "" when forgotten, else why not.
    std::function<std::string(const std::string& server, const std::string& user)> forget;
};

} // namespace rapport::ports
