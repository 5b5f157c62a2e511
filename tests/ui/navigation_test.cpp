#include "ui/harness.hpp"
#include "ui/widgets/snackbar.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>
#include <string>

using rapport::testing::Harness;
using rapport::ui::Screen;

TEST_CASE("tapping the bottom navigation switches tabs, back returns home") {
    Harness h;
    CHECK(h.app().navigator().current().screen == Screen::Today);
    h.tap("People");
    CHECK(h.app().navigator().current().screen == Screen::People);
    h.tap("Careers");
    CHECK(h.app().navigator().current().screen == Screen::Careers);
    h.press(ImGuiKey_Backspace); // outside a text field, Backspace is back
    CHECK(h.app().navigator().current().screen == Screen::Today);
}

TEST_CASE("settings opens over Today and every kind of back closes it") {
    Harness h;
    h.tap("Settings");
    REQUIRE(h.app().navigator().current().screen == Screen::Settings);
    CHECK_FALSE(h.shows("People")); // no bottom navigation on a pushed screen
    h.tap("Back");
    CHECK(h.app().navigator().current().screen == Screen::Today);

    h.tap("Settings");
    h.press(ImGuiKey_Escape);
    CHECK(h.app().navigator().current().screen == Screen::Today);

    h.tap("Settings");
    h.mouse_back_button();
    CHECK(h.app().navigator().current().screen == Screen::Today);
}

TEST_CASE("the (+) button and Ctrl+N open capture from anywhere") {
    Harness h;
    h.tap("People");
    h.tap("Capture");
    CHECK(h.app().navigator().current().screen == Screen::Capture);
    h.tap("Close");
    CHECK(h.app().navigator().current().screen == Screen::People);
    h.press_char_key('N', true);
    CHECK(h.app().navigator().current().screen == Screen::Capture);
}

TEST_CASE("a wide window shows a navigation rail instead of the bottom bar") {
    Harness h(ImVec2(1280, 800));
    const ImVec2 people = h.centre_of("People");
    const ImVec2 today = h.centre_of("Today");
    CHECK(people.x < 100); // in the rail on the left
    CHECK(people.y > today.y);
    h.tap("Settings"); // the rail carries Settings
    CHECK(h.app().navigator().current().screen == Screen::Settings);
    CHECK(h.shows("People")); // the rail stays while Settings is open
    h.tap("Prepare");
    CHECK(h.app().navigator().current().screen == Screen::Prepare);
}

namespace {

// Where the page body `name` (begin_body) is scrolled, as drawn last frame.
float body_scroll(const std::string& name) {
    for (ImGuiWindow* window : GImGui->Windows)
        if (window->WasActive &&
            std::string(window->Name).find("/" + name + "_") != std::string::npos)
            return window->Scroll.y;
    FAIL("no body named " << name);
    return -1.0f;
}

} // namespace

TEST_CASE("a page opens at its top, and going back returns to where it was scrolled") {
    Harness h;
    rapport::core::Person amara;
    amara.name = "Amara Osei";
    amara.research.notes = "Ten years in UX research\n\n\n\n\n\n\n\n\n\n\nStarted in design";
    REQUIRE_FALSE(h.store().people().save(amara));
    for (int i = 0; i < 30; ++i) {
        rapport::core::Note note;
        note.person_id = amara.id;
        note.body = "Note " + std::to_string(i);
        REQUIRE_FALSE(h.store().notes().save(note));
    }
    rapport::core::Person bo;
    bo.name = "Bo Lindqvist";
    bo.referred_by = amara.id;
    REQUIRE_FALSE(h.store().people().save(bo));
    h.app().reload();
    h.tap("People");
    h.tap("Amara Osei");
    REQUIRE(body_scroll("person") == 0.0f);

    h.reveal("Bo Lindqvist"); // her referral, far down her page
    const float hers = body_scroll("person");
    REQUIRE(hers > 200.0f);

    h.tap("Bo Lindqvist"); // his page: the same screen, a new page
    REQUIRE(h.app().navigator().current().argument == bo.id);
    CHECK(body_scroll("person") == 0.0f);
    h.frames(2);
    CHECK(body_scroll("person") == 0.0f);

    h.tap("Back"); // her page again, where she was left
    h.frames(2);
    REQUIRE(h.app().navigator().current().argument == amara.id);
    CHECK(body_scroll("person") == doctest::Approx(hers).epsilon(0.01));
}

TEST_CASE("over a scrolled People list, the (+) button stays on top and takes the tap") {
    Harness h;
    for (int i = 0; i < 40; ++i) {
        rapport::core::Person p;
        p.name = "Person " + std::to_string(100 + i);
        REQUIRE_FALSE(h.store().people().save(p));
    }
    h.app().reload();
    h.tap("People");
    h.drag(ImVec2(200, 650), ImVec2(200, 250), 30);
    h.wait(2.0); // the fling settles
    // The top half of the round button stands over the list.
    const auto* plus = h.context().hits.find("Capture");
    REQUIRE(plus != nullptr);
    const ImVec2 top_half((plus->min.x + plus->max.x) * 0.5f,
                          plus->min.y + (plus->max.y - plus->min.y) * 0.2f);
    h.tap(top_half);
    CHECK(h.app().navigator().current().screen == Screen::Capture);
}

TEST_CASE("a phone in landscape: the rail's destinations do not overlap, Settings is tappable") {
    Harness h(ImVec2(844, 390));
    const auto* careers = h.context().hits.find("Careers");
    const auto* settings = h.context().hits.find("Settings");
    REQUIRE(careers != nullptr);
    REQUIRE(settings != nullptr);
    CHECK(careers->max.y <= settings->min.y);
    CHECK(settings->max.y <= 390.0f);
    CHECK(settings->max.y - settings->min.y >= 40.0f); // still a finger's size
    h.tap("Settings");
    CHECK(h.app().navigator().current().screen == Screen::Settings);
    h.tap("Careers");
    CHECK(h.app().navigator().current().screen == Screen::Careers);
}

TEST_CASE("a long confirmation on a phone wraps instead of being cut off") {
    std::string text = "Saved";
    Harness h([&] { rapport::ui::snackbar_ui(ImVec2(0, 0), ImVec2(390, 844), text, true); },
              ImVec2(390, 844));
    const float one_line = ImGui::FindWindowByName("##snackbar")->Size.y;
    text = "Saved as your conversation with Zeynep Yılmaz · thank-you due tomorrow";
    h.frames(2);
    const ImGuiWindow* bar = ImGui::FindWindowByName("##snackbar");
    const float em = ImGui::GetFontSize();
    CHECK(bar->Size.y > one_line);
    CHECK(bar->Size.y >= 2 * em);
    CHECK(bar->Pos.y + bar->Size.y <= 844.0f); // still above the bottom edge
    CHECK(h.shows("Undo"));
}

TEST_CASE("after saving a person's Edit form, one Back returns to the list") {
    Harness h;
    rapport::core::Person zoe;
    zoe.name = "Zoë Ångström";
    REQUIRE_FALSE(h.store().people().save(zoe));
    h.app().reload();
    h.tap("People");
    h.tap("Zoë Ångström");
    h.tap("Edit");
    REQUIRE(h.app().navigator().current().screen == Screen::PersonEdit);
    h.reveal("Role");
    h.tap("Role");
    h.type("Data librarian");
    h.reveal("Save");
    h.tap("Save");
    REQUIRE(h.store().people().find(zoe.id)->role == "Data librarian");
    CHECK(h.app().navigator().current() == rapport::ui::Route{Screen::Person, zoe.id});
    CHECK(h.app().navigator().depth() == 2); // her page once, not twice
    h.tap("Back");
    CHECK(h.app().navigator().current().screen == Screen::People);
}

TEST_CASE("two panes, then the window narrowed: Back from a person returns to the list") {
    Harness h(ImVec2(1280, 800));
    rapport::core::Person amara, zoe;
    amara.name = "Amara Osei";
    zoe.name = "Zoë Ångström";
    REQUIRE_FALSE(h.store().people().save(amara));
    REQUIRE_FALSE(h.store().people().save(zoe));
    h.app().reload();
    h.tap("People");
    h.tap("Amara Osei"); // beside the list
    h.tap("Zoë Ångström");
    REQUIRE(h.app().navigator().current().argument == zoe.id);
    CHECK(h.app().navigator().depth() == 2); // Zoë took Amara's place beside the list

    ImGui::GetIO().DisplaySize = ImVec2(420, 860);
    h.frames(2);
    CHECK(h.app().navigator().current().argument == zoe.id);
    h.tap("Back");
    CHECK(h.app().navigator().current().screen == Screen::People);

    // A person opened from a person's page still goes back to that page.
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    h.frames(2);
    h.tap("Amara Osei");
    h.app().open({Screen::Person, zoe.id}); // as a referral link opens her
    h.frames(1);
    REQUIRE(h.app().navigator().below());
    CHECK(h.app().navigator().below()->argument == amara.id);
}
