// Nothing committed is ever lost; faults come back as typed errors and leave
// the file as it was.
#include "store/demo_data.hpp"
#include "store/migrations.hpp"
#include "unit/store/old_database.hpp"
#include "unit/store/store_fixture.hpp"
#include "unit/temp_dir.hpp"

#include <csignal>
#include <fstream>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rapport;
using rapport::testing::kNow;
using rapport::testing::TempDir;

TEST_CASE("every committed row survives a SIGKILL mid-stream") {
    TempDir temp;
    const std::string path = temp.file("kill.db");
    {
        core::ManualClock clock(kNow);
        store::Error error;
        REQUIRE(store::Store::open(path, clock, error));
    }
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child writes notes as fast as it can and reports each commit.
        close(pipe_fds[0]);
        core::ManualClock clock(kNow);
        store::Error error;
        auto store = store::Store::open(path, clock, error);
        for (int i = 0;; ++i) {
            core::Note note{.body = "note " + std::to_string(i)};
            if (store->notes().save(note)) _exit(3);
            if (write(pipe_fds[1], &i, sizeof i) != sizeof i) _exit(4);
        }
    }
    close(pipe_fds[1]);
    int last = -1, value = 0;
    while (last < 150 && read(pipe_fds[0], &value, sizeof value) == sizeof value)
        last = value;
    kill(child, SIGKILL);
    while (read(pipe_fds[0], &value, sizeof value) == sizeof value)
        last = value;
    int status = 0;
    waitpid(child, &status, 0);
    close(pipe_fds[0]);
    REQUIRE(last >= 150);

    core::ManualClock clock(kNow);
    store::Error error;
    auto store = store::Store::open(path, clock, error);
    REQUIRE_MESSAGE(store, error.message);
    CHECK(store->notes().count() >= last + 1); // every reported commit is there
    CHECK_FALSE(store->quick_check());
}

TEST_CASE("a full disk is a DiskFull error, the write is not half done, the store keeps working") {
    core::ManualClock clock(kNow);
    store::Error error;
    TempDir temp;
    auto store = store::Store::open(temp.file("full.db"), clock, error);
    REQUIRE(store);
    const auto pages = store->database().scalar("PRAGMA page_count");
    store->database().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    store::Error full;
    int saved = 0;
    for (int i = 0; i < 1000 && !full; ++i) {
        core::Note note{.body = std::string(3000, 'x') + std::to_string(i)};
        full = store->notes().save(note);
        if (!full) ++saved;
    }
    CHECK(full.kind == store::ErrorKind::DiskFull);
    CHECK(full.message.find("disk is full") != std::string::npos);
    CHECK(store->notes().count() == saved);
    store->database().exec("PRAGMA max_page_count = 1000000");
    core::Note after{.body = "space again"};
    CHECK_FALSE(store->notes().save(after));
}

TEST_CASE("a read-only database opens for reading and refuses writes with a reason") {
    TempDir temp;
    const std::string path = temp.file("ro.db");
    core::ManualClock clock(kNow);
    store::Error error;
    {
        auto store = store::Store::open(path, clock, error);
        REQUIRE(store);
        core::Person p;
        p.name = "Kept Safe";
        REQUIRE_FALSE(store->people().save(p));
    }
    struct stat before {};
    stat(path.c_str(), &before);
    // File modes do not bind root (CI runs as root), so both ways are tried:
    // the mode where it counts, and a read-only open everywhere.
    chmod(path.c_str(), 0400);
    for (bool forced : {geteuid() != 0 ? false : true, true}) {
        auto store = store::Store::open(path, clock, error, forced);
        REQUIRE_MESSAGE(store, error.message);
        CHECK(store->read_only());
        CHECK(store->people().count() == 1);
        core::Person p;
        p.name = "Nope";
        const store::Error refused = store->people().save(p);
        CHECK(refused.kind == store::ErrorKind::ReadOnly);
        CHECK(refused.message.find("read-only") != std::string::npos);
        CHECK(store->captures().save_draft({"typed", 5, 0, {}, {}}).kind ==
              store::ErrorKind::ReadOnly);
    }
    chmod(path.c_str(), 0600);
    auto store = store::Store::open(path, clock, error);
    REQUIRE(store);
    CHECK(store->people().count() == 1);
}

TEST_CASE("garbage in the middle of the file: quick_check copies it aside and turns read-only") {
    TempDir temp;
    const std::string path = temp.file("damaged.db");
    core::ManualClock clock(kNow);
    store::Error error;
    {
        auto store = store::Store::open(path, clock, error);
        REQUIRE(store);
        store::DemoSummary summary;
        REQUIRE_FALSE(store::fill_demo(*store, 60, summary));
        store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    struct stat info {};
    stat(path.c_str(), &info);
    REQUIRE(info.st_size > 64 * 4096);
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(info.st_size / 2);
        const std::string garbage(8192, '\xAB');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    auto store = store::Store::open(path, clock, error);
    REQUIRE_MESSAGE(store, error.message); // the header is fine: it opens
    const store::Error damaged = store->quick_check();
    CHECK(damaged.kind == store::ErrorKind::Damaged);
    CHECK(store->read_only());
    CHECK(damaged.message.find("copy was kept") != std::string::npos);
    struct stat copy {};
    CHECK(stat((path + ".damaged-" + std::to_string(kNow / 1000)).c_str(), &copy) == 0);
    core::Note note{.body = "must not be written"};
    CHECK(store->notes().save(note).kind == store::ErrorKind::ReadOnly);
}

TEST_CASE("migrating a version-1 database keeps its notes and snapshots it first") {
    TempDir temp;
    const std::string path = temp.file("v1.db");
    testing::write_old_database(path, 1,
                                "INSERT INTO note(id, body, created_at, updated_at) VALUES "
                                "('n1', 'kept through the upgrade', 1, 1)");
    core::ManualClock clock(kNow);
    store::Error error;
    auto store = store::Store::open(path, clock, error);
    REQUIRE_MESSAGE(store, error.message);
    CHECK(store->schema_version() == store::latest_schema_version());
    CHECK(store->notes().count() == 1);
    CHECK(store->search().find("upgrade").size() == 1); // old notes join the search index
    const std::string snapshot =
        path + ".before-v" + std::to_string(store::latest_schema_version()) + ".bak";
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(snapshot.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 1);
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    // And Settings can list it, to restore.
    const auto copies = store->update_copies();
    REQUIRE(copies.size() == 1);
    CHECK(copies[0].path == snapshot);
    CHECK(copies[0].before_version == store::latest_schema_version());
    CHECK(copies[0].bytes > 0);
}

TEST_CASE("a daily snapshot, once a day, keeping the last seven, restore brings data back") {
    TempDir temp;
    core::ManualClock clock(kNow);
    store::Error error;
    auto store = store::Store::open(temp.file("main.db"), clock, error);
    REQUIRE(store);
    const std::string folder = temp.file("snapshots");
    core::Note first{.body = "day one"};
    store->notes().save(first);
    for (int day = 0; day < 10; ++day) {
        REQUIRE_FALSE(store->daily_snapshot(folder));
        REQUIRE_FALSE(store->daily_snapshot(folder)); // twice a day: still one
        clock.advance(core::kDay);
    }
    const auto snapshots = store->snapshots(folder);
    REQUIRE(snapshots.size() == 7);
    CHECK(snapshots.front().day == "2026-12-04");
    CHECK(snapshots.back().day == "2026-11-28");
    struct stat info {};
    stat(folder.c_str(), &info);
    CHECK((info.st_mode & 0777) == 0700);

    core::Note later{.body = "after the snapshot"};
    store->notes().save(later);
    CHECK(store->notes().count() == 2);
    REQUIRE_FALSE(store->restore_snapshot(snapshots.back().path));
    CHECK(store->notes().count() == 1);
}

TEST_CASE("demo data is deterministic and only fills an empty database") {
    core::ManualClock clock(kNow);
    store::Error error;
    auto a = store::Store::open(":memory:", clock, error);
    auto b = store::Store::open(":memory:", clock, error);
    store::DemoSummary sa, sb;
    REQUIRE_FALSE(store::fill_demo(*a, 40, sa));
    REQUIRE_FALSE(store::fill_demo(*b, 40, sb));
    CHECK(sa.people == 40);
    CHECK(sa.notes == sb.notes);
    CHECK(sa.conversations == sb.conversations);
    store::PeopleQuery by_name;
    by_name.sort = store::PeopleSort::Name;
    const auto pa = a->people().list(by_name), pb = b->people().list(by_name);
    REQUIRE(pa.size() == pb.size());
    for (size_t i = 0; i < pa.size(); ++i)
        CHECK(pa[i].name == pb[i].name);
    std::set<core::Stage> stages;
    for (const auto& p : pa)
        stages.insert(p.stage);
    CHECK(stages.size() >= 6); // varied
    CHECK_FALSE(a->conversations().upcoming(kNow - core::kDay).empty());
    store::DemoSummary again;
    const store::Error refused = store::fill_demo(*a, 10, again);
    CHECK(refused.kind == store::ErrorKind::Invalid);
    CHECK(a->people().count() == 40);
}

TEST_CASE(
    "people imported from LinkedIn's connections before version 9 become LinkedIn connections") {
    TempDir temp;
    const std::string path = temp.file("v8.db");
    {
        sqlite3* raw = nullptr;
        sqlite3_open(path.c_str(), &raw);
        for (int version = 1; version <= 8; ++version)
            REQUIRE(sqlite3_exec(raw, store::migration_sql(version), nullptr, nullptr, nullptr) ==
                    SQLITE_OK);
        // Priya came from Connections.csv (its note says so); Sam was marked
        // alumni by hand and stays alumni.
        REQUIRE(sqlite3_exec(
                    raw,
                    "INSERT INTO person(id, name, source, created_at, updated_at) VALUES "
                    "('p1', 'Priya Raman', 'linkedin_alumni', 1, 1), "
                    "('p2', 'Sam Lee', 'linkedin_alumni', 1, 1);"
                    "INSERT INTO note(id, person_id, body, created_at, updated_at) VALUES "
                    "('n1', 'p1', 'Connected on LinkedIn on 24 Aug 2023 · Analyst at Acme', 1, 1),"
                    "('n2', 'p2', 'Met at the alumni mixer', 1, 1);"
                    "PRAGMA user_version = 8;",
                    nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    core::ManualClock clock(kNow);
    store::Error error;
    auto store = store::Store::open(path, clock, error);
    REQUIRE_MESSAGE(store, error.message);
    CHECK(store->people().find("p1")->source == core::Source::LinkedInConnection);
    CHECK(store->people().find("p2")->source == core::Source::LinkedInAlumni);
}
