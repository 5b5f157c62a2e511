// Import and export from the screen: preview first, merge or skip each
// match, one tap to import; exports land where the user said.
#include "ui/harness.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using rapport::testing::Harness;
using rapport::testing::TempDir;
namespace core = rapport::core;
using rapport::ui::Screen;

namespace {

const char* kConnections =
    "Notes:\r\n\"Some addresses are missing.\"\r\n\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Amara,Osei,https://www.linkedin.com/in/amara-osei,,Brightline Labs,Senior UX "
    "Researcher,24 Aug 2023\r\n"
    "Daniel,Kim,https://www.linkedin.com/in/danielkim,daniel.kim@example.org,Fieldstone "
    "Farms,Operations Lead,03 Jan 2022\r\n";

std::string write(const TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void open_data(Harness& h) {
    h.tap("Settings");
    h.reveal("Import and export");
    h.tap("Import and export");
    REQUIRE(h.app().navigator().current().screen == Screen::Data);
}

void preview(Harness& h, const std::string& path) {
    h.tap("File to import");
    h.press_char_key('A', true);
    h.type(path);
    h.tap("Preview import");
    REQUIRE(h.app().navigator().current().screen == Screen::ImportPreview);
}

} // namespace

TEST_CASE("a LinkedIn export is previewed, then imported with one tap") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    open_data(h);
    preview(h, path);
    CHECK(h.store().people().count() == 0); // a preview changes nothing
    REQUIRE(h.shows("Amara Osei"));
    h.tap("Import 2 people");
    CHECK(h.store().people().count() == 2);
    CHECK(h.app().navigator().current().screen == Screen::Data);
    CHECK(h.app().snackbar().text == "Imported: 2 added, 0 updated");
    // Remembered for next time.
    CHECK(h.app().preferences().recent_files.front() == path);
}

TEST_CASE("a match found by email is merged or skipped by one tap beside it") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    core::Person daniel;
    daniel.name = "Daniel Kim";
    daniel.emails = {"daniel.kim@example.org"};
    REQUIRE_FALSE(h.store().people().save(daniel));
    open_data(h);
    preview(h, path);
    const auto& rows = h.import_job().plan().rows;
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].kind == rapport::store::ImportRow::Kind::Duplicate);
    REQUIRE(h.shows("Merge"));
    h.tap("Merge"); // on by default: the tap skips the row
    CHECK_FALSE(rows[1].merge);
    h.tap("Import 1 person");
    CHECK(h.store().people().count() == 2);
    CHECK(h.store().people().find(daniel.id)->linkedin.empty()); // skipped: as it was
}

TEST_CASE("a file that is not contacts says why, names no success, and imports nothing") {
    TempDir dir;
    const std::string path = write(dir, "notes.txt", "just some notes\nabout nothing\n");
    Harness h;
    open_data(h);
    preview(h, path);
    CHECK(h.import_job().state() == rapport::ui::ImportJob::State::Failed);
    CHECK(h.import_job().error().find("not a file Rapport can import") != std::string::npos);
    CHECK(h.shows("Choose another file"));
    h.tap("Choose another file");
    CHECK(h.app().navigator().current().screen == Screen::Data);
    CHECK(h.store().people().count() == 0);
}

TEST_CASE("dropping a file onto the window opens its import preview") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    h.app().handle_dropped_files({path});
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::ImportPreview);
    CHECK(h.shows("Import 2 people"));
}

TEST_CASE("export writes contacts where the user said, and a backup restores on import") {
    TempDir dir;
    Harness h;
    core::Person amara;
    amara.name = "Amara Osei";
    amara.tags = {"ux"};
    REQUIRE_FALSE(h.store().people().save(amara));
    open_data(h);
    h.reveal("Save as");
    h.tap("Save as");
    h.press_char_key('A', true);
    h.type(dir.file("people.vcf"));
    h.tap("Export");
    const std::string vcf = read(dir.file("people.vcf"));
    CHECK(vcf.find("FN:Amara Osei\r\n") != std::string::npos);
    CHECK(vcf.find("CATEGORIES:ux\r\n") != std::string::npos);

    h.reveal("Backup (.json)");
    h.tap("Backup (.json)");
    h.reveal("Save as");
    h.tap("Save as");
    h.press_char_key('A', true);
    h.type(dir.file("backup.json"));
    h.tap("Export");
    REQUIRE_FALSE(read(dir.file("backup.json")).empty());

    // Restoring over data asks first, then replaces.
    core::Person extra;
    extra.name = "Someone Else";
    REQUIRE_FALSE(h.store().people().save(extra));
    h.reveal("File to import");
    preview(h, dir.file("backup.json"));
    REQUIRE(h.shows("Replace everything"));
    h.tap("Replace everything");
    CHECK(h.import_job().error() == "");
    CHECK(h.store().people().count() == 1);
    CHECK(h.store().people().find(amara.id));
}
