#pragma once
// One device in a sync test: its own database and clock, synced with a
// server through the real libcurl client (or a client a test wraps).
#include "core/clock.hpp"
#include "platform/http_client.hpp"
#include "services/sync/sync_engine.hpp"
#include "store/store.hpp"
#include "sync/local_server.hpp"
#include "unit/temp_dir.hpp"

#include <map>
#include <memory>
#include <string>

namespace rapport::testing {

// When the sync tests' devices start their clocks: 2025-11-24 16:00 UTC.
constexpr core::Millis kStart = 1'764'000'000'000;

class SyncDevice {
  public:
    // `start`: this device's clock; tests move it to order edits.
    explicit SyncDevice(core::Millis start);
    store::Store& store() { return *store_; }
    core::ManualClock& clock() { return clock_; }
    std::string path() const { return dir_.file("rapport.db"); }

    // Sets up the account (no request yet).
    void join(const std::string& server_url, const std::string& user = LocalServer::kUser);
    sync::SyncOutcome sync(const std::string& password = LocalServer::kPassword);
    sync::SyncOutcome sync_through(ports::HttpClient& http,
                                   const std::string& password = LocalServer::kPassword);
    // Closes and opens the database again (after another process wrote it).
    void reopen();
    void close() { store_.reset(); }

    core::Person add_person(const std::string& name);
    // The zone this device's person lives in ("America/Chicago"); UTC unless set.
    void home_zone(std::string zone) { home_zone_ = std::move(zone); }

  private:
    TempDir dir_;
    core::ManualClock clock_;
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<ports::HttpClient> http_;
    std::string home_zone_;
};

// One request to a test's server as its user, outside any device: what
// another calendar or contacts app writes and reads.
ports::HttpResponse server_request(const std::string& method, const std::string& url,
                                   const std::string& body = {},
                                   std::vector<std::pair<std::string, std::string>> headers = {});

// Every synced table's live rows as text, without the columns that are each
// device's own (updated_at, organisation_id): equal on two devices in step.
std::map<std::string, std::string> synced_rows(store::Store& store);
// Rows in `table` (live ones only).
int live_rows(store::Store& store, const std::string& table);
std::string integrity(store::Store& store);

} // namespace rapport::testing
