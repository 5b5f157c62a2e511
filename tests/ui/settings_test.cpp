#include "ui/context.hpp"
#include "ui/harness.hpp"
#include "ui/preferences.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>

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
