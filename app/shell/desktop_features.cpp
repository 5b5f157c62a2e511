#include "shell/desktop_features.hpp"

#include "features/all_features.hpp"
#include "features/sync/sync_connection.hpp"
#include "platform/http_client.hpp"
#include "platform/keyring.hpp"
#include "platform/time_zone.hpp"

namespace rapport {

std::vector<std::unique_ptr<ui::Feature>> desktop_features(ui::Shell& shell) {
    ui::SyncConnection connection;
    connection.http = [](ports::HttpWait&) { return platform::make_curl_client(); };
    connection.keyring = platform::system_keyring();
    connection.home_zone = platform::home_zone_name();
    return ui::all_features_with_sync(shell, std::move(connection));
}

} // namespace rapport
