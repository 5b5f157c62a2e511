// The use cases the command line and the UI share: what an import would do
// before it does it, a restore that keeps what it replaces, and an export.
#include "core/clock.hpp"
#include "services/export_data.hpp"
#include "services/import_file.hpp"
#include "store/store.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace rapport;

namespace {

core::ManualClock service_clock{1'764'590'400'000};

std::unique_ptr<store::Store> open_at(const std::string& path) {
    store::Error error;
    auto store = store::Store::open(path, service_clock, error);
    REQUIRE(store);
    return store;
}

} // namespace

TEST_CASE("an import preview says why a file cannot be imported and changes nothing") {
    testing::TempDir dir;
    auto store = open_at(dir.file("r.db"));
    services::ImportPreview preview;
    CHECK(services::preview_import(dir.path(), *store, preview).kind ==
          services::ImportProblem::Kind::Folder);
    CHECK(services::preview_import(dir.file("missing.csv"), *store, preview).kind ==
          services::ImportProblem::Kind::Unreadable);
    std::ofstream(dir.file("notes.txt")) << "just some words\n";
    const services::ImportProblem problem =
        services::preview_import(dir.file("notes.txt"), *store, preview);
    CHECK(problem.kind == services::ImportProblem::Kind::NotImportable);
    CHECK_FALSE(problem.detail.empty());
    CHECK(store->people().count() == 0);
}

TEST_CASE("a backup exported and imported over data restores it and keeps what it replaced") {
    testing::TempDir dir;
    auto store = open_at(dir.file("r.db"));
    core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(store->people().save(amara));
    services::Exported backup;
    REQUIRE_FALSE(services::export_all(*store, service_clock, "json", nullptr, backup));
    CHECK(backup.people == 1);
    std::ofstream(dir.file("backup.json"), std::ios::binary) << backup.data;

    core::Person dana;
    dana.name = "Dana Reyes"; // added after the backup: the restore replaces it
    REQUIRE_FALSE(store->people().save(dana));
    services::ImportPreview preview;
    REQUIRE_FALSE(services::preview_import(dir.file("backup.json"), *store, preview));
    CHECK(preview.backup);
    CHECK(preview.replaces_data);
    CHECK(preview.backup_people == 1);
    store::ImportOutcome outcome;
    std::string kept;
    REQUIRE_FALSE(services::apply_import(preview, *store, service_clock, outcome, nullptr, kept));
    CHECK(store->people().count() == 1);
    CHECK(store->people().find_by_name("Amara Osei"));
    REQUIRE_FALSE(kept.empty());
    CHECK(std::filesystem::exists(kept));
    CHECK(open_at(kept)->people().count() == 2); // what was replaced is still there
}

TEST_CASE("a Markdown export to a folder writes a file a person") {
    testing::TempDir dir;
    auto store = open_at(dir.file("r.db"));
    for (const char* name : {"Amara Osei", "Dana Reyes"}) {
        core::Person p;
        p.name = name;
        REQUIRE_FALSE(store->people().save(p));
    }
    services::Exported out;
    const std::string folder = dir.file("notes");
    REQUIRE_FALSE(services::export_all(*store, service_clock, "md", &folder, out));
    CHECK(out.people == 2);
    CHECK(out.files >= 2);
    CHECK(out.data.empty());
}
