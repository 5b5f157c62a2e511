#include "ui/context.hpp"
#include "ui/harness.hpp"
#include "ui/preferences.hpp"
#include "unit/temp_dir.hpp"

#include "features/settings/settings_feature.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

using rapport::testing::Harness;
namespace ui = rapport::ui;

TEST_CASE("choosing the dark theme restyles at once and is remembered") {
    rapport::testing::TempDir temp;
    const std::string path = temp.file("settings.ini");
    Harness h(ImVec2(420, 860), {ui::Screen::Settings, {}}, path);
    h.tap("Dark");
    CHECK(h.app().preferences().theme == ui::ThemeKind::Dark);
    CHECK(h.context().palette == &ui::palette_for(ui::ThemeKind::Dark));
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_Text];
    CHECK(bg.x > 0.8f); // light text on dark
    CHECK(ui::load_preferences(path).theme == ui::ThemeKind::Dark);
}

TEST_CASE("a larger text size rebuilds the fonts and scales every size") {
    rapport::testing::TempDir temp;
    const std::string path = temp.file("settings.ini");
    Harness h(ImVec2(420, 860), {ui::Screen::Settings, {}}, path);
    const float before = h.context().fonts.em;
    const float back_button_before = h.context().hits.find("Back")->max.x;
    h.tap("130%");
    h.frames(2);
    CHECK(h.app().preferences().text_size == doctest::Approx(1.3f));
    CHECK(h.context().fonts.em == doctest::Approx(before * 1.3f));
    CHECK(h.context().hits.find("Back")->max.x > back_button_before * 1.2f);
    CHECK(ui::load_preferences(path).text_size == doctest::Approx(1.3f));
}

TEST_CASE("the first run asks who you are, below the capture button, and saving keeps it") {
    Harness h(ImVec2(420, 860), {ui::Screen::Today, {}}, {}, Harness::User::FirstRun);
    CHECK(h.shows("Capture notes"));
    REQUIRE(h.shows("Your name"));
    CHECK(h.centre_of("Capture notes").y < h.centre_of("Your name").y);
    h.tap("Your name");
    h.type("Sam Lee");
    h.tap("What you study or have done");
    h.type("a career changer from teaching");
    h.reveal("Save");
    h.tap("Save");
    CHECK(h.store().prepare().profile().name == "Sam Lee");
    CHECK(h.store().prepare().profile().major == "a career changer from teaching");
    CHECK_FALSE(h.shows("Your name"));
    h.restart();
    CHECK_FALSE(h.shows("Your name")); // asked once
}

TEST_CASE("skipping the first-run question is remembered, and typing there is never lost") {
    Harness h(ImVec2(420, 860), {ui::Screen::Today, {}}, {}, Harness::User::FirstRun);
    h.tap("Your name");
    h.type("Sam");
    h.wait(1.5); // autosaved like every draft, though not yet answered
    CHECK(h.store().prepare().profile().name == "Sam");
    h.reveal("Skip for now");
    h.tap("Skip for now");
    CHECK(h.store().prepare().has_profile());
    h.restart();
    CHECK_FALSE(h.shows("Skip for now"));
}

TEST_CASE("the profile is edited in Settings") {
    Harness h(ImVec2(420, 860), {ui::Screen::Settings, {}});
    h.reveal("Future goals");
    h.tap("Future goals");
    h.press_char_key('A', true);
    h.type("work in museums");
    h.wait(1.5);
    CHECK(h.store().prepare().profile().goals == "work in museums");
    CHECK(h.store().prepare().profile().name == "Jordan Reyes");
}

TEST_CASE("Enter in the welcome card's last field saves it, as a form does") {
    Harness h(ImVec2(420, 860), {ui::Screen::Today, {}}, {}, Harness::User::FirstRun);
    h.reveal("Future goals");
    h.tap("Future goals");
    h.type("work in museums");
    h.press(ImGuiKey_Enter);
    CHECK(h.store().prepare().has_profile());
    CHECK(h.store().prepare().profile().goals == "work in museums");
    CHECK_FALSE(h.shows("Skip for now")); // the card is done
}

namespace {

int finished_copies(const std::string& folder) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".db") ++count;
    return count;
}

} // namespace

TEST_CASE("a daily copy is restored from Settings, and Undo puts back what was there") {
    rapport::testing::TempDir temp;
    const std::string database = temp.file("rapport.db");
    const std::string copies = temp.file("snapshots");
    Harness h(ImVec2(420, 860), {ui::Screen::Today, {}}, {}, Harness::User::Returning, database);
    rapport::core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    REQUIRE_FALSE(h.store().daily_snapshot(copies)); // Sunday 15 June, with Amara only
    amara.name = "Amara Mensah";
    REQUIRE_FALSE(h.store().people().save(amara));
    rapport::core::Person bo;
    bo.name = "Bo Lindqvist";
    REQUIRE_FALSE(h.store().people().save(bo));

    h.adjust_services = [&](ui::AppServices& services) { services.snapshot_folder = copies; };
    h.restart();
    // The app takes today's copy itself, on its own thread, once it is up:
    // wait for it, so Settings lists both.
    for (int i = 0; i < 3000 && finished_copies(copies) < 2; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        h.frames(1);
    }
    REQUIRE(finished_copies(copies) == 2);
    h.frames(2);

    h.tap("Settings");
    REQUIRE(h.app().feature<ui::SettingsFeature>().snapshots().size() == 2);
    h.reveal("Sun 15 June");
    h.tap("Sun 15 June");
    h.reveal("Restore this copy");
    CHECK(h.store().people().count() == 2); // asking first changes nothing
    h.tap("Restore this copy");
    CHECK(h.app().snackbar().text == "Restored the copy from Sun 15 June");
    CHECK(h.store().people().find(amara.id)->name == "Amara Osei");
    CHECK_FALSE(h.store().people().find(bo.id));
    CHECK(h.store().people().count() == 1);

    h.tap("Undo");
    CHECK(h.store().people().find(amara.id)->name == "Amara Mensah");
    CHECK(h.store().people().find(bo.id)->name == "Bo Lindqvist");
    CHECK(h.app().snackbar().text == "Put back what was there before the restore");
}

TEST_CASE("the copy made before an update is listed with its day and size, and restores") {
    rapport::testing::TempDir temp;
    const std::string database = temp.file("rapport.db");
    Harness h(ImVec2(420, 860), {ui::Screen::Today, {}}, {}, Harness::User::Returning, database);
    rapport::core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    // As Store::open writes it before migrating to version 7.
    REQUIRE_FALSE(h.store().snapshot_to(database + ".before-v7.bak"));
    rapport::core::Person bo;
    bo.name = "Bo Lindqvist";
    REQUIRE_FALSE(h.store().people().save(bo));
    std::ofstream(database + ".before-vX.bak") << "not a copy of ours";

    h.tap("Settings");
    const auto& copies = h.app().feature<ui::SettingsFeature>().update_copies();
    REQUIRE(copies.size() == 1);
    CHECK(copies[0].before_version == 7);
    CHECK(copies[0].bytes > 0);
    h.reveal("Before version 7");
    h.tap("Before version 7");
    h.reveal("Restore this copy");
    h.tap("Restore this copy");
    CHECK(h.app().snackbar().text == "Restored the copy from before version 7");
    CHECK(h.store().people().count() == 1);
    CHECK_FALSE(h.store().people().find(bo.id));
    h.tap("Undo");
    CHECK(h.store().people().count() == 2);
}
