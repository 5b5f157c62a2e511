#include "services/sync/account_sync.hpp"

namespace rapport::sync {

AccountPassword account_password(const store::SyncAccount& account, const std::string& given,
                                 const ports::Keyring& keyring) {
    if (!given.empty()) return {given, {}};
    if (!keyring.lookup) return {{}, "no keyring on this device"};
    ports::KeyringAnswer answer = keyring.lookup(account.address, account.user);
    if (answer.password && !answer.password->empty()) return {*answer.password, {}};
    return {{}, answer.problem.empty() ? "no password kept for this account" : answer.problem};
}

SyncOutcome sync_account(store::Store& store, ports::HttpClient& http,
                         const store::SyncAccount& account, const std::string& password,
                         const SyncRun& run) {
    DavClient dav(http, account.user, password);
    SyncEngine engine(store, dav);
    engine.home_zone(run.home_zone);
    engine.commit_every(run.commit_every);
    return engine.run(run.progress);
}

} // namespace rapport::sync
