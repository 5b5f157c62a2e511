#include "services/capture.hpp"
#include "store/migrations.hpp"
#include "store/store.hpp"
#include "unit/store/old_database.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace rapport;
using rapport::testing::TempDir;

namespace {

core::ManualClock test_clock(1'750'000'000'000);

mode_t mode_of(const std::string& path) {
    struct stat info {};
    stat(path.c_str(), &info);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("a new database is created private, in WAL mode, at the latest schema") {
    TempDir temp;
    const std::string path = temp.file("rapport.db");
    store::Error error;
    auto store = store::Store::open(path, test_clock, error);
    REQUIRE_MESSAGE(store, error.message);
    CHECK(mode_of(path) == 0600);
    CHECK(store->schema_version() == store::latest_schema_version());
    store::Statement journal = store->database().prepare("PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == "wal");
    CHECK(store->database().scalar("PRAGMA synchronous") == 2); // FULL
    CHECK(store->database().scalar("PRAGMA foreign_keys") == 1);
}

TEST_CASE("the capture draft survives closing and reopening") {
    TempDir temp;
    const std::string path = temp.file("rapport.db");
    store::Error error;
    {
        auto store = store::Store::open(path, test_clock, error);
        REQUIRE(store);
        CHECK_FALSE(store->captures().draft().has_value());
        CHECK_FALSE(store->captures().save_draft(
            {"Takeaways\n· start with usability testing", 12, 0, {}, {}}));
        CHECK_FALSE(store->captures().save_draft(
            {"Takeaways\n· start with usability tests", 40, 0, {}, {}}));
    }
    auto store = store::Store::open(path, test_clock, error);
    REQUIRE(store);
    auto draft = store->captures().draft();
    REQUIRE(draft);
    CHECK(draft->body == "Takeaways\n· start with usability tests");
    CHECK(draft->cursor == 40);
    CHECK(draft->updated_at == test_clock.now());
}

TEST_CASE("finishing a capture files the text as a note and clears the draft") {
    store::Error error;
    auto store = store::Store::open(":memory:", test_clock, error);
    REQUIRE(store);
    store->captures().save_draft({"Portfolio matters more than the degree title", 0, 0, {}, {}});
    CHECK_FALSE(services::finish_capture(*store));
    CHECK(store->notes().count() == 1);
    CHECK_FALSE(store->captures().draft().has_value());
    // An empty or blank draft leaves no empty note behind.
    store->captures().save_draft({"  \n ", 0, 0, {}, {}});
    CHECK_FALSE(services::finish_capture(*store));
    CHECK(store->notes().count() == 1);
}

TEST_CASE("a database from a newer Rapport is refused and left untouched") {
    TempDir temp;
    const std::string path = temp.file("future.db");
    {
        sqlite3* raw = nullptr;
        sqlite3_open(path.c_str(), &raw);
        sqlite3_exec(raw, "CREATE TABLE x(y); PRAGMA user_version = 999;", nullptr, nullptr,
                     nullptr);
        sqlite3_close(raw);
    }
    struct stat before {};
    stat(path.c_str(), &before);
    store::Error error;
    CHECK_FALSE(store::Store::open(path, test_clock, error));
    CHECK(error.kind == store::ErrorKind::TooNew);
    CHECK(error.message.find("newer Rapport") != std::string::npos);
    struct stat after {};
    stat(path.c_str(), &after);
    CHECK(after.st_size == before.st_size);
    CHECK(after.st_mtime == before.st_mtime);
}

TEST_CASE("a file that is not a database is reported as damaged and not overwritten") {
    TempDir temp;
    const std::string path = temp.file("notes.txt");
    {
        std::ofstream file(path);
        file << std::string(8192, 'x');
    }
    store::Error error;
    CHECK_FALSE(store::Store::open(path, test_clock, error));
    CHECK(error.kind == store::ErrorKind::Damaged);
    std::ifstream file(path);
    std::string content((std::istreambuf_iterator<char>(file)), {});
    CHECK(content == std::string(8192, 'x'));
}

TEST_CASE("opening in a folder that does not exist names the file") {
    store::Error error;
    CHECK_FALSE(store::Store::open("/nonexistent/folder/rapport.db", test_clock, error));
    CHECK(error.message.find("/nonexistent/folder/rapport.db") != std::string::npos);
}

TEST_CASE("upgrading a database with data writes a snapshot first") {
    TempDir temp;
    const std::string path = temp.file("old.db");
    // A database stopped at version 0 with user data in it is what an
    // interrupted first run looks like; fake an older version instead.
    rapport::testing::write_old_database(path, 1);
    store::Error error;
    auto store = store::Store::open(path, test_clock, error);
    REQUIRE_MESSAGE(store, error.message);
    CHECK(store->schema_version() == store::latest_schema_version());
    if (store::latest_schema_version() > 1) {
        struct stat info {};
        CHECK(stat((path + ".before-v" + std::to_string(store::latest_schema_version()) + ".bak")
                       .c_str(),
                   &info) == 0);
    }
}

TEST_CASE("a snapshot is a complete, private copy") {
    TempDir temp;
    store::Error error;
    auto store = store::Store::open(temp.file("a.db"), test_clock, error);
    REQUIRE(store);
    store->captures().save_draft({"kept in the copy", 0, 0, {}, {}});
    services::finish_capture(*store);
    const std::string copy = temp.file("copy.db");
    CHECK_FALSE(store->snapshot_to(copy));
    CHECK(mode_of(copy) == 0600);
    auto reopened = store::Store::open(copy, test_clock, error);
    REQUIRE(reopened);
    CHECK(reopened->notes().count() == 1);
}
