// Sync benchmark against Debian's Radicale on loopback: the first sync of
// 1,000 people with 10,000 notes, a second device's first pull, and one
// changed note pushed and pulled. Each beside its floor: the same items moved
// by plain HTTP requests -- the writes and fetches the sync sent, replayed
// through libcurl against a server in the same state, with none of Rapport's
// work (discovery, listing, render, parse, merge, store).
#include "bench/bench_stats.hpp"
#include "core/clock.hpp"
#include "platform/http_client.hpp"
#include "services/sync/sync_engine.hpp"
#include "store/demo_data.hpp"
#include "store/store.hpp"
#include "sync/local_server.hpp"

#include "interop/dav_payloads.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::bench;

namespace {

// Passes every request on and keeps a copy, to replay as the floor.
class RecordingClient : public ports::HttpClient {
  public:
    explicit RecordingClient(ports::HttpClient& inner) : inner_(inner) {}
    ports::HttpResponse send(const ports::HttpRequest& request) override {
        sent.push_back(request);
        ports::HttpResponse response = inner_.send(request);
        if (request.method == "PUT" && first_write_ms < 0) first_write_ms = now_ms() - created_;
        return response;
    }
    std::vector<ports::HttpRequest> sent;
    double first_write_ms = -1; // since this client was made: when a change was on the server

  private:
    ports::HttpClient& inner_;
    double created_ = now_ms();
};

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The requests that move items themselves: writes, deletes and fetches.
// Discovery, collection listings and sync-collection reports are how a sync
// learns what to move; they count in Rapport's figure, not in the floor.
bool moves_items(const ports::HttpRequest& request) {
    return request.method == "PUT" || request.method == "DELETE" || request.method == "GET" ||
           (request.method == "REPORT" && request.body.find("multiget") != std::string::npos);
}

// "What changed since this token": the server's own cost, paid by any
// client that learns of a change by asking.
bool asks_changes(const ports::HttpRequest& request) {
    return request.method == "REPORT" && request.body.find("sync-collection") != std::string::npos;
}

bool makes_collection(const ports::HttpRequest& request) {
    return request.method == "MKCOL" || request.method == "MKCALENDAR";
}

// Sends those of `requests` that `pick` chooses again, pointed from `from` to
// `to` (a server in the same state); milliseconds, or -1 when one is
// refused (a failed write would make the floor look faster than it is).
template <typename Pick>
double replay(const std::vector<ports::HttpRequest>& requests, Pick pick, const std::string& from,
              const std::string& to) {
    auto http = platform::make_curl_client();
    const double start = now_ms();
    for (ports::HttpRequest request : requests) {
        if (!pick(request)) continue;
        request.url = replace_all(request.url, from, to);
        request.body = replace_all(request.body, from, to);
        const ports::HttpResponse response = http->send(request);
        if (response.status == 0 || response.status >= 400) {
            std::fprintf(stderr, "replay: %s %s answered %d %s\n", request.method.c_str(),
                         request.url.c_str(), response.status, response.error.c_str());
            return -1;
        }
    }
    return now_ms() - start;
}

int count_moving(const std::vector<ports::HttpRequest>& requests) {
    return int(std::count_if(requests.begin(), requests.end(), moves_items));
}

struct Device {
    explicit Device(const std::string& path) : clock(1'700'000'000'000) {
        store::Error error;
        store = store::Store::open(path, clock, error);
        if (!store) std::fprintf(stderr, "%s\n", error.message.c_str());
    }
    // One sync through `http`, timed; false (said why) when it failed.
    bool sync(ports::HttpClient& http, double& ms, sync::SyncSummary& summary) {
        const auto account = store->sync().account();
        sync::DavClient dav(http, account->user, testing::LocalServer::kPassword);
        sync::SyncEngine engine(*store, dav);
        const double start = now_ms();
        const sync::SyncOutcome outcome = engine.run();
        ms = now_ms() - start;
        summary = outcome.summary;
        if (outcome.error) std::fprintf(stderr, "sync: %s\n", outcome.error.detail.c_str());
        return !outcome.error;
    }
    core::ManualClock clock;
    std::unique_ptr<store::Store> store;
};

std::string figure(double ms, int requests) {
    char text[64];
    std::snprintf(text, sizeof text, "%.0f ms, %d requests", ms, requests);
    return text;
}

std::string floor_figure(double ms, int requests) {
    char text[64];
    std::snprintf(text, sizeof text, "%.0f ms, %d requests", ms, requests);
    return text;
}

// Writes every record of `device` straight into the server's folders, as
// files named as a sync names them: the state a first sync leaves, without
// the hours Radicale 3.1 takes to accept 13,000 new items one by one (it
// reads its whole collection to check each new item's UID).
bool seed_server(Device& device, const testing::LocalServer& server) {
    const auto http = platform::make_curl_client();
    sync::DavClient dav(*http, testing::LocalServer::kUser, testing::LocalServer::kPassword);
    sync::SyncEngine engine(*device.store, dav);
    if (sync::DavError e = engine.connect())
        return std::fprintf(stderr, "connect: %s\n", e.detail.c_str()), false;
    const auto account = device.store->sync().account();
    const auto folder_of = [&](const std::string& table) {
        const std::string url = sync::collection_url(*account, table);
        const std::string name = url.substr(url.rfind('/', url.size() - 2) + 1);
        return server.user_folder() + "/" + name;
    };
    for (const std::string& table : store::SyncRepository::tables())
        for (const store::LocalRecord& local :
             device.store->sync().records(table, account->device)) {
            if (local.deleted) continue;
            std::ofstream(folder_of(table) + interop::item_name(local.record), std::ios::binary)
                << interop::render_item(local.record, "", "");
        }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const int people = argc > 1 ? std::atoi(argv[1]) : 1000;
    const bool seeded = argc > 2 && std::string(argv[2]) == "--seed-server";
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each row as it is measured, into a file too
    // Two servers: the one the devices share, and a twin the first sync's
    // writes are replayed into (a write replayed to the same server would
    // find every item there already).
    testing::LocalServer server, twin;
    if (!server.start() || !twin.start()) {
        std::fprintf(stderr, "Radicale did not start:\n%s%s\n", server.log().c_str(),
                     twin.log().c_str());
        return 1;
    }
    testing::TempDir dir;
    Device a(dir.file("a.db")), b(dir.file("b.db"));
    if (!a.store || !b.store) return 1;
    store::DemoSummary demo;
    if (store::Error error = store::fill_demo(*a.store, people, demo))
        return std::fprintf(stderr, "%s\n", error.message.c_str()), 1;
    std::printf("sync benchmark: Radicale on 127.0.0.1, %d people, %d notes, %d conversations\n\n",
                demo.people, demo.notes, demo.conversations);
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "what", "Rapport", "floor (plain HTTP)", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(24, '-').c_str(),
                std::string(20, '-').c_str(), std::string(6, '-').c_str());

    auto curl = platform::make_curl_client();
    sync::SyncSummary summary;
    double ms = 0;

    // 1. First sync: discovery, collections made, every record written.
    a.store->sync().save_account(server.url(), testing::LocalServer::kUser);
    if (seeded) {
        // The server gets the items as files; A's sync then finds every one
        // there already (timed, but not the first-sync figure).
        if (!seed_server(a, server)) return 1;
        std::filesystem::create_directories(twin.user_folder());
        std::filesystem::copy(server.user_folder(), twin.user_folder(),
                              std::filesystem::copy_options::recursive);
        RecordingClient adopt(*curl);
        if (!a.sync(adopt, ms, summary)) return 1;
        row("first sync onto a seeded server (not the bar), " + std::to_string(summary.pushed) +
                " out",
            figure(ms, int(adopt.sent.size())), "-", true);
    } else {
        RecordingClient first(*curl);
        if (!a.sync(first, ms, summary)) return 1;
        if (replay(first.sent, makes_collection, server.url(), twin.url()) < 0) return 1;
        const double first_floor = replay(first.sent, moves_items, server.url(), twin.url());
        row("first sync, " + std::to_string(summary.pushed) + " records out",
            figure(ms, int(first.sent.size())), floor_figure(first_floor, count_moving(first.sent)),
            first_floor > 0);
    }

    // 2. A second device's first pull: everything in, merged, stored.
    b.store->sync().save_account(server.url(), testing::LocalServer::kUser);
    RecordingClient pull(*curl);
    if (!b.sync(pull, ms, summary)) return 1;
    const double pull_floor = replay(pull.sent, moves_items, server.url(), server.url());
    row("second device, " + std::to_string(summary.pulled) + " records in",
        figure(ms, int(pull.sent.size())), floor_figure(pull_floor, count_moving(pull.sent)),
        pull_floor > 0);

    // 3. One note changed on A: pushed, then pulled by B; median of 7.
    std::vector<double> push_ms, on_server_ms, push_floor, pull_ms, pull_floor_ms;
    std::vector<double> asking_ms; // B's "what changed" reports, replayed
    int asking_requests = 0;
    int push_requests = 0, pull_requests = 0, push_moving = 0, pull_moving = 0;
    store::Statement pick = a.store->database().prepare("SELECT id FROM note LIMIT 1");
    if (!pick.step()) return std::fprintf(stderr, "no note\n"), 1;
    const std::string note_id = pick.text(0);
    for (int round = 0; round < 7; ++round) {
        auto note = a.store->notes().find(note_id);
        note->body += " and one more line";
        a.clock.advance(60'000);
        if (a.store->notes().save(*note)) return 1;
        // The floor's write goes to the twin, whose copy has another ETag:
        // the write is replayed without its precondition.
        RecordingClient push(*curl);
        if (!a.sync(push, ms, summary) || summary.pushed != 1) return 1;
        push_ms.push_back(ms);
        on_server_ms.push_back(push.first_write_ms);
        push_requests = int(push.sent.size());
        push_moving = count_moving(push.sent);
        std::vector<ports::HttpRequest> bare = push.sent;
        for (auto& request : bare)
            std::erase_if(request.headers, [](const auto& h) {
                return h.first == "If-Match" || h.first == "If-None-Match";
            });
        push_floor.push_back(replay(bare, moves_items, server.url(), twin.url()));

        RecordingClient in(*curl);
        if (!b.sync(in, ms, summary) || summary.pulled != 1) return 1;
        pull_ms.push_back(ms);
        pull_requests = int(in.sent.size());
        pull_moving = count_moving(in.sent);
        pull_floor_ms.push_back(replay(in.sent, moves_items, server.url(), server.url()));
        asking_ms.push_back(replay(in.sent, asks_changes, server.url(), server.url()));
        asking_requests = int(std::count_if(in.sent.begin(), in.sent.end(), asks_changes));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double push_median = median(push_ms), pull_median = median(pull_ms);
    row("one changed note, A's whole sync (median of 7)", figure(push_median, push_requests),
        floor_figure(median(push_floor), push_moving), push_median <= 300);
    row("  ...on the server after (median of 7)", figure(median(on_server_ms), 1),
        floor_figure(median(push_floor), push_moving), median(on_server_ms) <= 300);
    row("one changed note, B's pull (median of 7)", figure(pull_median, pull_requests),
        floor_figure(median(pull_floor_ms), pull_moving), pull_median <= 300);
    row("  ...the server answering what changed (median of 7)", "-",
        floor_figure(median(asking_ms), asking_requests), true);
    std::printf("\nbar: one change <= 300 ms (tests/bench/README.md); the floor replays the same "
                "item writes "
                "and fetches\n");
    return 0;
}
