// kill -9 at random points of a sync (seeded, so a failure can be
// replayed), then sync again: it converges, with no duplicate items on the
// server, nothing lost locally and the database intact.
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace rapport;
using namespace rapport::testing;

namespace {

// Sends requests until the n-th, then dies the hardest way there is, in
// the middle of whatever the sync was doing (a transaction may be open).
class DiesAtRequest final : public ports::HttpClient {
  public:
    explicit DiesAtRequest(int n) : left_(n) {}
    ports::HttpResponse send(const ports::HttpRequest& request) override {
        if (--left_ <= 0) raise(SIGKILL);
        return real_->send(request);
    }

  private:
    int left_;
    std::unique_ptr<ports::HttpClient> real_ = platform::make_curl_client();
};

// Cards in the address book, by a plain listing (hrefs ending .vcf).
int items_on_server(const std::string& collection) {
    auto http = platform::make_curl_client();
    const ports::HttpResponse r =
        http->send({"PROPFIND",
                    collection,
                    {{"Depth", "1"}, {"Content-Type", "application/xml"}},
                    R"(<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>)",
                    LocalServer::kUser,
                    LocalServer::kPassword});
    int n = 0;
    for (size_t at = r.body.find(".vcf</"); at != std::string::npos;
         at = r.body.find(".vcf</", at + 1))
        ++n;
    return n;
}

// Runs one sync of `device` in a child that is killed at request `n`.
// true when the child was killed (false: the sync ended before request n).
bool sync_killed_at(SyncDevice& device, int n) {
    device.close(); // no SQLite connection crosses a fork
    const pid_t child = fork();
    if (child == 0) {
        device.reopen();
        DiesAtRequest http(n);
        device.sync_through(http);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    device.reopen();
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

void add_work(SyncDevice& device, int round) {
    for (int i = 0; i < 40; ++i) {
        core::Person p =
            device.add_person("Round " + std::to_string(round) + " person " + std::to_string(i));
        core::Note note;
        note.person_id = p.id;
        note.body = "Met at round " + std::to_string(round);
        REQUIRE_FALSE(device.store().notes().save(note));
    }
}

} // namespace

TEST_CASE("kill -9 at random points of a sync, then sync again: converges, no duplicates") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart), b(kStart + core::kSecond);
    a.join(server.url());
    b.join(server.url());
    std::mt19937 random(20261201); // the seed: change it to explore, keep it to replay
    int killed = 0;
    for (int round = 0; round < 8; ++round) {
        CAPTURE(round);
        add_work(round % 2 ? b : a, round);
        SyncDevice& victim = round % 2 ? b : a;
        victim.clock().advance(core::kMinute);
        // A first sync here takes ~30 requests; kill anywhere from the first.
        const int n = std::uniform_int_distribution<int>(1, 30)(random);
        CAPTURE(n);
        if (sync_killed_at(victim, n)) ++killed;
        CHECK(testing::integrity(victim.store()) == "ok");
        // Sync again, uninterrupted, on both: the same rows everywhere.
        for (SyncDevice* d : {&a, &b, &a}) {
            const sync::SyncOutcome outcome = d->sync();
            INFO(outcome.error.detail);
            REQUIRE_FALSE(outcome.error);
        }
        CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));
        const int people = testing::live_rows(a.store(), "person");
        CHECK(people == 40 * (round + 1));
        CHECK(items_on_server(a.store().sync().account()->contacts_url) == people);
    }
    CHECK(killed >= 6); // most rounds really were cut short
}
