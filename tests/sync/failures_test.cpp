// What a person sees when sync cannot work, and that nothing is lost:
// a wrong password, a server that is down, a web server that is not DAV,
// a server that has no sync-collection, a sync token it forgot.
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

using namespace rapport;
using namespace rapport::testing;

namespace {

// A server that does not offer RFC 6578: every REPORT sync-collection is
// refused as such servers refuse it, the rest passes through.
class NoSyncCollection final : public ports::HttpClient {
  public:
    ports::HttpResponse send(const ports::HttpRequest& request) override {
        if (request.method == "REPORT" &&
            request.body.find("sync-collection") != std::string::npos) {
            ++refused;
            ports::HttpResponse r;
            r.status = 403;
            r.body =
                R"(<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:supported-report/></d:error>)";
            return r;
        }
        return real->send(request);
    }
    std::unique_ptr<ports::HttpClient> real = platform::make_curl_client();
    int refused = 0;
};

// Two devices on a server whose changes are only seen by listing: A has
// synced Amara and Ben, and B has read them.
struct ListingsOnly {
    LocalServer server;
    NoSyncCollection http_a, http_b;
    SyncDevice a{kStart}, b{kStart};
    core::Person amara;

    ListingsOnly() {
        REQUIRE_MESSAGE(server.start(), server.log());
        a.join(server.url());
        amara = a.add_person("Amara Osei");
        a.add_person("Ben Carter");
        REQUIRE_FALSE(a.sync_through(http_a).error);
        b.join(server.url());
        REQUIRE_FALSE(b.sync_through(http_b).error);
    }
};

} // namespace

TEST_CASE("a wrong password says so and changes nothing") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    a.add_person("Amara Osei");
    // Xandikos has no authentication: any password is the right one, and the
    // rule for a refused one covers servers that check (Radicale).
    if (!server.checks_passwords()) return;
    const auto before = testing::synced_rows(a.store());
    const sync::SyncOutcome outcome = a.sync("wrong password");
    CHECK(outcome.error.problem == sync::DavProblem::BadPassword);
    CHECK(testing::synced_rows(a.store()) == before);
    const auto account = a.store().sync().account();
    CHECK_FALSE(account->last_problem.empty());
    CHECK_FALSE(account->last_synced_at);
    // The right password then syncs what waited.
    CHECK_FALSE(a.sync().error);
    CHECK(a.store().sync().account()->last_problem.empty());
}

TEST_CASE("a server that is down: unreachable, and the edits go up when it is back") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    REQUIRE_FALSE(a.sync().error);
    server.stop();
    a.add_person("Written offline");
    const sync::SyncOutcome offline = a.sync();
    CHECK(offline.error.problem == sync::DavProblem::Unreachable);
    CHECK(testing::live_rows(a.store(), "person") == 1);

    // Another device joins once the server is back and gets the person.
    REQUIRE_MESSAGE(server.start(), server.log());
    const sync::SyncOutcome back = a.sync();
    REQUIRE_FALSE(back.error);
    CHECK(back.summary.pushed >= 1); // the person and their first stage
    SyncDevice b(kStart);
    b.join(server.url());
    REQUIRE_FALSE(b.sync().error);
    CHECK(b.store().people().find_by_name("Written offline"));
}

TEST_CASE("a web server that is not DAV is named as such") {
    LocalServer web(LocalServer::Kind::PlainHttp);
    REQUIRE_MESSAGE(web.start(), web.log());
    SyncDevice a(kStart);
    a.join(web.url());
    a.add_person("Amara Osei");
    const sync::SyncOutcome outcome = a.sync();
    CHECK(outcome.error.problem == sync::DavProblem::NotDav);
    CHECK(testing::live_rows(a.store(), "person") == 1);
}

TEST_CASE_FIXTURE(ListingsOnly,
                  "a server without sync-collection: ETag listings carry every change") {
    CHECK(testing::live_rows(b.store(), "person") == 2);

    b.clock().advance(core::kMinute);
    core::Person edited = *b.store().people().find(amara.id);
    edited.role = "Curator";
    REQUIRE_FALSE(b.store().people().save(edited));
    REQUIRE_FALSE(b.sync_through(http_b).error);
    const sync::SyncOutcome pulled = a.sync_through(http_a);
    REQUIRE_FALSE(pulled.error);
    CHECK(pulled.summary.pulled == 1); // only the changed item moved
    CHECK(a.store().people().find(amara.id)->role == "Curator");
    CHECK(http_a.refused > 0);
    CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));
}

TEST_CASE("a forgotten sync token leads to a full comparison that deletes nothing") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    const core::Person amara = a.add_person("Amara Osei");
    a.add_person("Ben Carter");
    REQUIRE_FALSE(a.sync().error);
    const auto account = a.store().sync().account();
    // The server forgets the token (Radicale answers 403 valid-sync-token)
    // and, meanwhile, Amara's item vanished from it without a word.
    REQUIRE_FALSE(a.store().sync().save_token(account->contacts_url,
                                              "http://radicale.org/ns/sync/forgotten"));
    const auto item = a.store().sync().item("person", amara.id);
    REQUIRE(item);
    auto http = platform::make_curl_client();
    const ports::HttpResponse removed =
        http->send({"DELETE", item->url, {}, "", LocalServer::kUser, LocalServer::kPassword});
    REQUIRE(removed.status / 100 == 2);

    const sync::SyncOutcome outcome = a.sync();
    INFO(outcome.error.detail);
    REQUIRE_FALSE(outcome.error);
    CHECK(outcome.summary.missing == 1);
    CHECK(a.store().people().find(amara.id)); // kept here, not deleted
    CHECK(testing::live_rows(a.store(), "person") == 2);
    CHECK(outcome.summary.text().find("missing on the server (kept here)") != std::string::npos);
}

TEST_CASE_FIXTURE(ListingsOnly,
                  "on a server without sync-collection another device's deletion is applied once a "
                  "second listing still lacks it and the item answers 404") {
    REQUIRE(b.store().people().find(amara.id));

    b.clock().advance(core::kMinute);
    REQUIRE_FALSE(b.store().people().remove(amara.id));
    const sync::SyncOutcome removed = b.sync_through(http_b);
    REQUIRE_FALSE(removed.error);
    CHECK(removed.summary.pushed_deleted == 1);

    // The first listing without her: remembered, not yet taken as deleted.
    const sync::SyncOutcome first = a.sync_through(http_a);
    REQUIRE_FALSE(first.error);
    CHECK(first.summary.missing == 1);
    CHECK(a.store().people().find(amara.id));
    // Still missing, and the server answers 404 for her item: deleted there.
    a.clock().advance(core::kMinute);
    const sync::SyncOutcome second = a.sync_through(http_a);
    REQUIRE_FALSE(second.error);
    CHECK(second.summary.pulled_deleted == 1);
    CHECK(second.summary.missing == 0);
    CHECK_FALSE(a.store().people().find(amara.id));
    CHECK(testing::live_rows(a.store(), "person") == 1);
    CHECK(http_a.refused > 0);
    CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));
}

TEST_CASE("a collection emptied on the server deletes nothing here, however often it is listed") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    NoSyncCollection http;
    SyncDevice a(kStart);
    a.join(server.url());
    a.add_person("Amara Osei");
    a.add_person("Ben Carter");
    REQUIRE_FALSE(a.sync_through(http).error);
    auto raw = platform::make_curl_client();
    for (const store::SyncedItem& item :
         a.store().sync().items_in(a.store().sync().account()->contacts_url))
        REQUIRE(raw->send({"DELETE", item.url, {}, "", LocalServer::kUser, LocalServer::kPassword})
                        .status /
                    100 ==
                2);
    for (int run = 0; run < 3; ++run) {
        const sync::SyncOutcome outcome = a.sync_through(http);
        REQUIRE_FALSE(outcome.error);
        CHECK(testing::live_rows(a.store(), "person") == 2);
        CHECK(outcome.summary.pulled_deleted == 0);
    }
}
