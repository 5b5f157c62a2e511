#pragma once
// The sync password in the desktop keyring (the Secret Service: GNOME
// Keyring, KWallet), never in the database or the settings file; the
// browser's build keeps it in the site's storage (web/web_keyring.cpp).
// Implements the port sync owns (services/ports/keyring.hpp).
#include "services/ports/keyring.hpp"

#include <string>

namespace rapport::platform {

ports::KeyringAnswer keyring_lookup(const std::string& server, const std::string& user);
// "" on success, else why (no keyring running, locked and not unlocked…).
std::string keyring_store(const std::string& server, const std::string& user,
                          const std::string& password);
std::string keyring_clear(const std::string& server, const std::string& user);

// The three, as sync takes them.
inline ports::Keyring system_keyring() {
    return {keyring_lookup, keyring_store, keyring_clear};
}

} // namespace rapport::platform
