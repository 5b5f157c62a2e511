// Finger scrolling in a real list of cards (the same widgets screens use).
#include "ui/context.hpp"
#include "ui/harness.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/card.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>
#include <string>
#include <vector>

using rapport::testing::Harness;
namespace ui = rapport::ui;

namespace {

struct CardList {
    std::vector<std::string> names;
    std::vector<int> opened;
    float scroll = 0.0f;
    float scroll_max = 0.0f;

    CardList() {
        for (int i = 0; i < 100; ++i)
            names.push_back("Person " + std::to_string(i));
    }
    void draw() {
        ui::begin_body("list");
        for (size_t i = 0; i < names.size(); ++i) {
            ui::ListCard card;
            card.id = names[i];
            card.title = names[i];
            card.subtitle = "Role · Organisation";
            card.avatar = "P";
            if (ui::list_card(card)) opened.push_back(static_cast<int>(i));
        }
        scroll = ImGui::GetScrollY();
        scroll_max = ImGui::GetScrollMaxY();
        ui::end_body();
    }
};

} // namespace

TEST_CASE("a tap on a card opens it") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.tap("Person 2");
    REQUIRE(list.opened.size() == 1);
    CHECK(list.opened[0] == 2);
}

TEST_CASE("a drag scrolls the list and does not open the card it started on") {
    CardList list;
    Harness h([&] { list.draw(); });
    REQUIRE(list.scroll_max > 1000.0f);
    h.drag(ImVec2(200, 700), ImVec2(200, 300), 30); // slow: little fling
    h.frames(2);
    CHECK(list.opened.empty());
    CHECK(list.scroll > 300.0f);
    CHECK(list.scroll < 500.0f);
}

TEST_CASE("a flick keeps gliding, slows down and stops, then no more frames are asked for") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.drag(ImVec2(200, 700), ImVec2(200, 400), 4); // fast
    const float at_release = list.scroll;
    h.frames(10);
    CHECK(list.scroll > at_release + 50.0f); // inertia carried it further
    CHECK(h.last_frame_animating());
    h.wait(4.0);
    const float settled = list.scroll;
    h.frames(5);
    CHECK(list.scroll == settled);
    CHECK_FALSE(h.last_frame_animating());
    CHECK(list.opened.empty());
}

TEST_CASE("a touch during a fling stops it without opening a card") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.drag(ImVec2(200, 700), ImVec2(200, 400), 4);
    h.frames(3);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(200, 500);
    io.MouseDown[0] = true;
    h.frames(1);
    const float held = list.scroll;
    h.frames(5);
    CHECK(list.scroll == held);
    io.MouseDown[0] = false;
    h.frames(1);
}

TEST_CASE("the wheel still scrolls for mouse users") {
    CardList list;
    Harness h([&] { list.draw(); });
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(200, 400);
    io.MouseWheel = -3.0f;
    h.frames(2);
    CHECK(list.scroll > 0.0f);
}
