#include "ui/preferences.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>

using namespace rapport::ui;

TEST_CASE("preferences round-trip through their file") {
    rapport::testing::TempDir temp;
    const std::string path = temp.file("settings.ini");
    CHECK(load_preferences(path) == Preferences{}); // missing file: defaults
    Preferences prefs{ThemeKind::Dark, 1.3f};
    prefs.clock = rapport::ui::ClockChoice::Twelve;
    std::string error;
    REQUIRE(save_preferences(path, prefs, error));
    const Preferences loaded = load_preferences(path);
    CHECK(loaded.theme == ThemeKind::Dark);
    CHECK(loaded.text_size == doctest::Approx(1.3f));
    CHECK(loaded.clock == rapport::ui::ClockChoice::Twelve);
}

TEST_CASE("nonsense in the settings file falls back to defaults, field by field") {
    const Preferences p = parse_preferences("theme = purple\ntext_size = 9\n# comment\njunk\n");
    CHECK(p.theme == ThemeKind::Light);
    CHECK(p.text_size == doctest::Approx(1.0f));
    const Preferences q = parse_preferences("  theme=dark \r\ntext_size = 0.85abc\n");
    CHECK(q.theme == ThemeKind::Dark);
    CHECK(q.text_size == doctest::Approx(1.0f));
}

TEST_CASE("an unwritable settings folder is reported") {
    std::string error;
    CHECK_FALSE(save_preferences("/nonexistent/dir/settings.ini", Preferences{}, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("recent import files are kept, newest first, at most five") {
    rapport::ui::Preferences p;
    p.recent_files = {"/home/a/Connections.csv", "/home/a/contacts.vcf"};
    const auto back = rapport::ui::parse_preferences(rapport::ui::format_preferences(p));
    CHECK(back.recent_files == p.recent_files);
    std::string many;
    for (int i = 0; i < 8; ++i)
        many += "recent_file = /f" + std::to_string(i) + "\n";
    CHECK(rapport::ui::parse_preferences(many).recent_files.size() == 5);
}

TEST_CASE("People's sort is kept in the settings file, and nonsense there is ignored") {
    Preferences p;
    p.people_sort = "met";
    CHECK(parse_preferences(format_preferences(p)).people_sort == "met");
    CHECK(parse_preferences("people_sort = sideways\n").people_sort == "next");
}
