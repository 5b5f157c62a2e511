// Every screen by keyboard alone: Tab and Shift+Tab move a visible ring over
// every control in the order drawn, Enter or Space activates, Esc goes back.
#include "store/demo_data.hpp"
#include "ui/context.hpp"
#include "ui/harness.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace core = rapport::core;
namespace store = rapport::store;
namespace ui = rapport::ui;
using ui::Screen;

namespace {

void fill(Harness& h) {
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(h.store(), 12, summary));
    h.app().reload();
    h.frames(3);
}

std::string first_person_id(Harness& h) {
    store::PeopleQuery q;
    q.sort = store::PeopleSort::Name;
    const auto people = h.store().people().list(q);
    REQUIRE_FALSE(people.empty());
    return people.front().id;
}

// Tabs once round the screen and says which labels the ring stood on.
std::vector<std::string> tab_round(Harness& h, std::size_t stops) {
    std::vector<std::string> visited;
    for (std::size_t i = 0; i < stops; ++i) {
        h.press(ImGuiKey_Tab);
        visited.push_back(h.focused_label());
        // The ring shows, and leaves any text field when Tab moves on.
        CHECK_MESSAGE(!visited.back().empty(), "no ring after Tab " << i + 1);
    }
    return visited;
}

} // namespace

TEST_CASE("Tab visits every control of each screen in order and shows a ring, Shift+Tab goes "
          "back") {
    Harness h;
    fill(h);
    const std::string person = first_person_id(h);
    const std::vector<ui::Route> routes = {{Screen::Today},
                                           {Screen::People},
                                           {Screen::Prepare},
                                           {Screen::Careers},
                                           {Screen::Settings},
                                           {Screen::Capture},
                                           {Screen::Person, person},
                                           {Screen::PersonEdit, person},
                                           {Screen::Data},
                                           {Screen::Inbox},
                                           {Screen::Heard},
                                           {Screen::Templates},
                                           {Screen::Speech},
                                           {Screen::Compare},
                                           {Screen::Compose, person},
                                           {Screen::Sync}};
    for (const ui::Route& route : routes) {
        CAPTURE(static_cast<int>(route.screen));
        h.restart(route);
        h.frames(3);
        if (route.screen == Screen::Capture || route.screen == Screen::PersonEdit) {
            // These open with the keyboard in their first field; Esc leaves it.
            h.press(ImGuiKey_Escape);
            if (route.screen == Screen::PersonEdit) h.restart(route), h.frames(3);
        }
        const std::vector<std::string> stops = h.stop_labels();
        if (stops.empty()) continue; // a screen this build does not draw
        const std::vector<std::string> visited = tab_round(h, stops.size());
        // Every control the screen drew was visited (a field may add its
        // clear button once typed in, so compare as sets).
        for (const std::string& label : stops)
            CHECK_MESSAGE(std::find(visited.begin(), visited.end(), label) != visited.end(),
                          "Tab never reached '" << label << "'");
        // Round again: it wraps to the first; Shift+Tab returns to the last.
        h.press(ImGuiKey_Tab);
        CHECK(h.focused_label() == visited.front());
        h.press(ImGuiKey_Tab, false, true);
        CHECK(h.focused_label() == visited.back());
    }
}

TEST_CASE("Enter on a focused card opens it, Esc goes back, Space on a chip toggles it") {
    Harness h(ImVec2(420, 860), {Screen::People, {}});
    fill(h);
    h.restart({Screen::People});
    h.frames(3);
    const std::vector<std::string> stops = h.stop_labels();
    const std::string person = first_person_id(h);
    const std::string name = h.store().people().find(person)->name;
    // Tab to the first person in the list and open them with Enter.
    std::size_t presses = 0;
    while (h.focused_label() != name && presses++ < stops.size() + 1)
        h.press(ImGuiKey_Tab);
    REQUIRE(h.focused_label() == name);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().navigator().current().argument == person);
    h.press(ImGuiKey_Escape);
    CHECK(h.app().navigator().current().screen == Screen::People);

    // Settings: Tab to "Dark" and press Space: the theme is stored.
    h.restart({Screen::Settings});
    h.frames(3);
    presses = 0;
    while (h.focused_label() != "Dark" && presses++ < h.stop_labels().size() + 1)
        h.press(ImGuiKey_Tab);
    REQUIRE(h.focused_label() == "Dark");
    h.press(ImGuiKey_Space);
    h.frames(2);
    CHECK(h.app().preferences().theme == ui::ThemeKind::Dark);
}

TEST_CASE("Tab into a text field types there, Tab out keeps the text, a tap hides the ring") {
    Harness h(ImVec2(420, 860), {Screen::People, {}});
    fill(h);
    h.restart({Screen::People});
    h.frames(3);
    const std::string field = "Search people, notes, answers";
    std::size_t presses = 0;
    while (h.focused_label() != field && presses++ < h.stop_labels().size() + 1)
        h.press(ImGuiKey_Tab);
    REQUIRE(h.focused_label() == field);
    h.type("zz");
    h.press(ImGuiKey_Tab);
    CHECK(h.focused_label() != field);
    CHECK_FALSE(ImGui::GetIO().WantTextInput); // no longer typing into the field
    h.type("q");                               // goes nowhere
    h.press(ImGuiKey_Tab, false, true);
    CHECK(h.focused_label() == field);
    h.type("y");
    h.frames(2);
    // What was typed, in the field the ring came back to, is searched.
    CHECK(h.people_list().search_text == "zzy");
    h.tap("Today");
    CHECK(h.focused_label().empty()); // a tap hides the ring
}
