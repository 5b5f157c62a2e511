#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace rapport::testing {

SyncDevice::SyncDevice(core::Millis start) : clock_(start), http_(platform::make_curl_client()) {
    reopen();
}

void SyncDevice::reopen() {
    store_.reset();
    store::Error error;
    store_ = store::Store::open(path(), clock_, error);
    REQUIRE_MESSAGE(store_, error.message);
}

void SyncDevice::join(const std::string& server_url, const std::string& user) {
    REQUIRE_FALSE(store_->sync().save_account(server_url, user));
}

sync::SyncOutcome SyncDevice::sync(const std::string& password) {
    return sync_through(*http_, password);
}

sync::SyncOutcome SyncDevice::sync_through(ports::HttpClient& http, const std::string& password) {
    const auto account = store_->sync().account();
    REQUIRE(account);
    sync::DavClient dav(http, account->user, password);
    sync::SyncEngine engine(*store_, dav);
    engine.home_zone(home_zone_);
    return engine.run();
}

core::Person SyncDevice::add_person(const std::string& name) {
    core::Person person;
    person.name = name;
    REQUIRE_FALSE(store_->people().save(person));
    return person;
}

ports::HttpResponse server_request(const std::string& method, const std::string& url,
                                   const std::string& body,
                                   std::vector<std::pair<std::string, std::string>> headers) {
    static auto http = platform::make_curl_client();
    return http->send(
        {method, url, std::move(headers), body, LocalServer::kUser, LocalServer::kPassword});
}

std::map<std::string, std::string> synced_rows(store::Store& store) {
    std::map<std::string, std::string> out;
    std::vector<std::string> tables = store::SyncRepository::tables();
    tables.push_back("conversation_question");
    for (const std::string& table : tables) {
        store::Statement q = store.database().prepare("SELECT * FROM " + table);
        std::vector<std::string> rows;
        while (q.step()) {
            std::string row;
            bool deleted = false;
            for (int c = 0; c < q.column_count(); ++c) {
                const std::string name = q.column_name(c);
                if (name == "deleted_at") deleted = !q.is_null(c);
                if (name == "updated_at" || name == "organisation_id" || name == "deleted_at")
                    continue;
                row += name + "=" + (q.is_null(c) ? "NULL" : q.text(c)) + "|";
            }
            if (!deleted) rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
        std::string all;
        for (const std::string& r : rows)
            all += r + "\n";
        out[table] = all;
    }
    return out;
}

int live_rows(store::Store& store, const std::string& table) {
    store::Statement q =
        store.database().prepare("SELECT count(*) FROM " + table + " WHERE deleted_at IS NULL");
    return q.step() ? static_cast<int>(q.integer(0)) : -1;
}

std::string integrity(store::Store& store) {
    store::Statement q = store.database().prepare("PRAGMA integrity_check");
    return q.step() ? q.text(0) : "no answer";
}

} // namespace rapport::testing
