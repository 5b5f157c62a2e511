#pragma once
// The sync password in the desktop keyring (the Secret Service: GNOME
// Keyring, KWallet), never in the database or the settings file. Stored per
// server and user, so two accounts do not share one.
#include <optional>
#include <string>

namespace rapport::platform {

struct KeyringAnswer {
    std::optional<std::string> password; // nullopt: none stored, or no keyring
    std::string problem;                 // why not, when the keyring did not answer
};

KeyringAnswer keyring_lookup(const std::string& server, const std::string& user);
// "" on success, else why (no keyring running, locked and not unlocked…).
std::string keyring_store(const std::string& server, const std::string& user,
                          const std::string& password);
std::string keyring_clear(const std::string& server, const std::string& user);

} // namespace rapport::platform
