// Import and export from the screen: preview first, merge or skip each
// match, one tap to import; exports land where the user said.
#include "ui/harness.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

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
    core::Person daniel{.name = "Daniel Kim", .emails = {"daniel.kim@example.org"}};
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
    // Not offered again under Recent: it could not be read.
    h.frames(2);
    CHECK(h.app().preferences().recent_files.empty());
}

TEST_CASE("\"Choose another file\" after a failed import opens the file chooser again") {
    TempDir dir;
    const std::string path = write(dir, "notes.txt", "just some notes\nabout nothing\n");
    Harness h;
    int asked = 0;
    h.adjust_services = [&](rapport::ui::AppServices& services) {
        services.choose_file = [&](const rapport::ui::FileDialog&,
                                   std::function<void(rapport::ui::FileDialogAnswer)>) { ++asked; };
    };
    h.restart({Screen::Data, {}});
    h.app().handle_dropped_files({path}); // with a chooser there is no path field to type in
    h.frames(10);
    REQUIRE(h.app().navigator().current().screen == Screen::ImportPreview);
    REQUIRE(h.import_job().state() == rapport::ui::ImportJob::State::Failed);
    h.tap("Choose another file");
    CHECK(h.app().navigator().current().screen == Screen::Data);
    CHECK(asked == 1);
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
    core::Person amara{.name = "Amara Osei", .tags = {"ux"}};
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

TEST_CASE("Enter in a path field previews the import or exports, as the buttons do") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    open_data(h);
    h.tap("File to import");
    h.press_char_key('A', true);
    h.type(path);
    h.press(ImGuiKey_Enter);
    REQUIRE(h.app().navigator().current().screen == Screen::ImportPreview);
    h.tap("Import 2 people");
    REQUIRE(h.store().people().count() == 2);

    h.reveal("Save as");
    h.tap("Save as");
    h.press_char_key('A', true);
    h.type(dir.file("people.vcf"));
    h.press(ImGuiKey_Enter);
    CHECK(read(dir.file("people.vcf")).find("FN:Amara Osei\r\n") != std::string::npos);
}

namespace {

// The system's file chooser as the app sees it: a dialog on a thread of its
// own that answers `answer` once the test lets it, and keeps what it was asked.
struct FakeChooser {
    std::vector<rapport::ui::FileDialog> asked;
    std::thread dialog;
    std::promise<void> closed; // the person has chosen (or cancelled)
    rapport::ui::FileDialogAnswer answer;
    ~FakeChooser() {
        if (dialog.joinable()) answered();
    }
    void install(Harness& h) {
        h.adjust_services = [this](rapport::ui::AppServices& services) {
            services.choose_file = [this](const rapport::ui::FileDialog& d,
                                          std::function<void(rapport::ui::FileDialogAnswer)> done) {
                asked.push_back(d);
                closed = std::promise<void>();
                dialog = std::thread([done, a = answer, when = closed.get_future()] {
                    when.wait();
                    done(a);
                });
            };
        };
        h.restart();
    }
    void answered() {
        closed.set_value();
        dialog.join();
    }
    // The dialog closes: the next frame takes its answer, the one after shows it.
    void answered(Harness& h) {
        answered();
        h.frames(2);
    }
};

} // namespace

TEST_CASE("the system's Open dialog picks the file to import, cancelling changes nothing") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    FakeChooser chooser;
    chooser.answer.outcome = rapport::ui::FileDialogAnswer::Outcome::Cancelled;
    chooser.install(h);
    open_data(h);
    CHECK_FALSE(h.shows("File to import")); // the dialog rather than a typed path
    h.tap("Choose a file…");
    REQUIRE(chooser.asked.size() == 1);
    CHECK_FALSE(chooser.asked[0].save);
    CHECK(chooser.asked[0].title == "Import contacts or a backup");
    CHECK(h.shows("Waiting for the file chooser…"));
    h.tap("Waiting for the file chooser…"); // a second tap opens no second dialog
    CHECK(chooser.asked.size() == 1);
    chooser.answered(h);
    CHECK(h.app().navigator().current().screen == Screen::Data);
    CHECK(h.app().snackbar().text.empty()); // no problem said

    chooser.answer = {rapport::ui::FileDialogAnswer::Outcome::Chosen, path, ""};
    h.tap("Choose a file…");
    chooser.answered(h);
    REQUIRE(h.app().navigator().current().screen == Screen::ImportPreview);
    h.tap("Import 2 people");
    CHECK(h.store().people().count() == 2);
}

TEST_CASE("the system's Save dialog offers a dated name and the export lands where chosen") {
    TempDir dir;
    Harness h;
    core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    FakeChooser chooser;
    chooser.answer = {rapport::ui::FileDialogAnswer::Outcome::Chosen, dir.file("mine.vcf"), ""};
    chooser.install(h);
    open_data(h);
    h.reveal("Export…");
    h.tap("Export…");
    REQUIRE(chooser.asked.size() == 1);
    CHECK(chooser.asked[0].save);
    CHECK(chooser.asked[0].suggested_name == "rapport-2025-06-15.vcf");
    chooser.answered(h);
    CHECK(read(dir.file("mine.vcf")).find("FN:Amara Osei\r\n") != std::string::npos);
    CHECK(h.app().snackbar().text == "Exported 1 people to " + dir.file("mine.vcf"));
}

TEST_CASE("no file chooser on the system: it says so and offers the path field") {
    TempDir dir;
    const std::string path = write(dir, "Connections.csv", kConnections);
    Harness h;
    FakeChooser chooser;
    chooser.answer = {rapport::ui::FileDialogAnswer::Outcome::Unavailable, "",
                      "no desktop portal, zenity or kdialog"};
    chooser.install(h);
    open_data(h);
    h.tap("Choose a file…");
    chooser.answered(h);
    // Plain words only: the technical reason goes to the log.
    CHECK(h.data().chooser_problem ==
          "This desktop has no file chooser Rapport can open. Type the file's path instead.");
    CHECK(h.shows("Use the file chooser")); // and back, once one is installed
    REQUIRE(h.shows("File to import"));
    h.tap("File to import");
    h.press_char_key('A', true);
    h.type(path);
    h.tap("Preview import");
    CHECK(h.app().navigator().current().screen == Screen::ImportPreview);
}
