// Stopping halfway changes nothing, on a database file: a 10,000-person
// LinkedIn import and a restore from backup, each cancelled from another
// thread (as the Stop button does) once half their rows are in. Afterwards
// the file passes integrity_check and holds exactly the rows it held before.
#include "interop/contact_import.hpp"
#include "store/demo_data.hpp"
#include "store/store.hpp"

#include <atomic>
#include <cstdio>
#include <doctest/doctest.h>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace rapport;

namespace {

struct FileStore {
    core::ManualClock clock{1'795'600'800'000};
    std::string path;
    std::unique_ptr<store::Store> store;

    explicit FileStore(const std::string& name) {
        path = std::filesystem::temp_directory_path() /
               ("rapport-cancel-" + std::to_string(getpid()) + "-" + name + ".db");
        remove_files();
        reopen();
    }
    ~FileStore() {
        store.reset();
        remove_files();
    }
    void reopen() {
        store.reset();
        store::Error error;
        store = store::Store::open(path, clock, error);
        REQUIRE_MESSAGE(store, error.message);
    }
    void remove_files() {
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path + suffix);
    }
    // Every row of every table the user's data lives in, as text.
    std::vector<std::string> everything() {
        std::vector<std::string> rows;
        for (const char* table :
             {"person", "person_email", "organisation", "stage_change", "conversation",
              "conversation_question", "note", "message", "follow_up", "question", "career_option",
              "evidence", "profile", "speech", "search_doc"}) {
            store::Statement q =
                store->database().prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1");
            while (q.step()) {
                std::string row = table;
                for (int c = 0; c < q.column_count(); ++c)
                    row += "|" + (q.is_null(c) ? std::string("NULL") : q.text(c));
                rows.push_back(std::move(row));
            }
        }
        return rows;
    }
    // SQLite's check, then the search index's own against its rows.
    std::string integrity() {
        store::Statement q = store->database().prepare("PRAGMA integrity_check");
        const std::string sqlite = q.step() ? q.text(0) : "no answer";
        if (sqlite != "ok") return sqlite;
        if (store::Error e = store->database().exec(
                "INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
            return "search index: " + e.message;
        return "ok";
    }
    // The search index still follows new writes (its triggers are in place).
    bool indexes_new_notes() {
        core::Note note;
        note.body = "zanzibar cartography";
        if (store->notes().save(note)) return false;
        return !store->search().find("zanzibar").empty();
    }
};

// Runs `work` on another thread and, once half its rows are in, presses
// Stop from this one, as the Stop button does. Returns what `work` returned.
template <class Work> store::Error stop_halfway(store::ImportProgress& progress, Work work) {
    store::Error error;
    std::atomic<bool> finished{false};
    std::thread worker([&] {
        error = work();
        finished = true;
    });
    while (!finished && (progress.total == 0 || progress.done < progress.total / 2))
        std::this_thread::yield();
    progress.cancel = true;
    worker.join();
    return error;
}

} // namespace

TEST_CASE("a 10,000-person LinkedIn import stopped halfway leaves the file as it was") {
    FileStore f("import");
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(*f.store, 25, summary)); // someone's existing data
    const std::vector<std::string> before = f.everything();

    std::string csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    for (int i = 0; i < 10'000; ++i)
        csv += "Person,Number" + std::to_string(i) + ",https://www.linkedin.com/in/p" +
               std::to_string(i) + ",p" + std::to_string(i) + "@example.org,Org " +
               std::to_string(i % 300) + ",Analyst,1 Mar 2024\r\n";
    const core::ImportParse parsed = interop::parse_contacts(csv);
    REQUIRE_MESSAGE(parsed.ok(), parsed.error);
    store::ImportPlan plan = f.store->imports().plan(parsed);
    REQUIRE(plan.rows.size() == 10'000);

    store::ImportProgress progress;
    store::ImportOutcome outcome;
    const store::Error error =
        stop_halfway(progress, [&] { return f.store->imports().apply(plan, outcome, &progress); });
    INFO("stopped after " << progress.done << " of " << progress.total << " rows");
    CHECK(progress.done >= 5'000);
    CHECK(progress.done < 10'000);
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(error.message.find("nothing changed") != std::string::npos);

    f.reopen(); // what is on disk, not what a connection remembers
    CHECK(f.integrity() == "ok");
    CHECK(f.everything() == before);
    CHECK(f.store->people().find_by_name("Person Number0") == std::nullopt);
}

TEST_CASE("a restore stopped halfway leaves the file as it was") {
    FileStore source("source");
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(*source.store, 600, summary));
    std::string json;
    REQUIRE_FALSE(source.store->backups().to_json(json));

    FileStore f("restore");
    REQUIRE_FALSE(store::fill_demo(*f.store, 20, summary, 7)); // different data already here
    const std::vector<std::string> before = f.everything();

    store::ImportProgress progress;
    const store::Error error =
        stop_halfway(progress, [&] { return f.store->backups().restore(json, true, &progress); });
    INFO("stopped after " << progress.done << " of " << progress.total << " rows");
    CHECK(progress.done >= progress.total / 2);
    CHECK(progress.done < progress.total);
    CHECK(error.message.find("nothing changed") != std::string::npos);

    f.reopen();
    CHECK(f.integrity() == "ok");
    CHECK(f.everything() == before);
    CHECK(f.indexes_new_notes());

    // And not stopped, the same restore goes through, every row counted.
    store::ImportProgress full;
    REQUIRE_FALSE(f.store->backups().restore(json, true, &full));
    CHECK(full.done == full.total);
    CHECK(f.store->people().count() == source.store->people().count());
    CHECK(f.integrity() == "ok");
    const auto someone = source.store->people().list({}).front();
    CHECK_FALSE(f.store->search().find(someone.name).empty()); // rebuilt from the restored rows
    CHECK(f.indexes_new_notes());
}
