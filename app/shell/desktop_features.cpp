#include "shell/desktop_features.hpp"

#include "features/all_features.hpp"
#include "features/sync/sync_feature.hpp"
#include "platform/http_client.hpp"
#include "platform/keyring.hpp"
#include "platform/time_zone.hpp"

namespace rapport {

std::vector<std::unique_ptr<ui::Feature>> desktop_features(ui::Shell& shell) {
    std::vector<std::unique_ptr<ui::Feature>> features = ui::all_features(shell);
    ui::SyncConnection connection;
    connection.http = [](ports::HttpWait&) { return platform::make_curl_client(); };
    connection.keyring = platform::system_keyring();
    connection.home_zone = platform::home_zone_name();
    features.push_back(std::make_unique<ui::SyncFeature>(shell, std::move(connection)));
    return features;
}

} // namespace rapport
