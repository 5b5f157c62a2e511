#pragma once
// One sync of the store's account, as the app's Sync and `rapport sync`
// both run it: the password found (typed, from the environment, or the
// keyring), the server's client made, the engine run in the person's zone.
// What each says about it (problem_words, SyncSummary::text) is shared too.
#include "services/ports/http.hpp"
#include "services/ports/keyring.hpp"
#include "services/sync/sync_engine.hpp"

#include <string>

namespace rapport::sync {

struct AccountPassword {
    std::string password; // empty: none found
    std::string problem;  // why not: "no password kept for this account", or the keyring's words
    explicit operator bool() const { return !password.empty(); }
};

// `given` when it is not empty (typed, or RAPPORT_SYNC_PASSWORD), else the
// one the keyring keeps for the account. The keyring can take a moment
// (D-Bus, an unlock prompt): call it off the frame.
AccountPassword account_password(const store::SyncAccount& account, const std::string& given,
                                 const ports::Keyring& keyring);

struct SyncRun {
    std::string home_zone;            // the person's zone, for events (platform::home_zone_name)
    SyncProgress* progress = nullptr; // shared with whoever shows it
    int commit_every = 50;            // 1 where the sync shares the page's connection
};

// One sync of `account` with `password` through `http`.
SyncOutcome sync_account(store::Store& store, ports::HttpClient& http,
                         const store::SyncAccount& account, const std::string& password,
                         const SyncRun& run);

} // namespace rapport::sync
