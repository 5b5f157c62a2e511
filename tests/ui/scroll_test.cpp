// Finger scrolling in a real list of cards (the same widgets screens use).
#include "ui/context.hpp"
#include "ui/harness.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/card.hpp"

#include <algorithm>
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

TEST_CASE("a sideways swipe on a card neither opens it nor scrolls the list") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.drag(ImVec2(60, 300), ImVec2(330, 306), 10);
    h.frames(2);
    CHECK(list.opened.empty());
    CHECK(list.scroll == 0.0f);
    h.drag(ImVec2(330, 300), ImVec2(40, 296), 10); // the other way too
    h.frames(2);
    CHECK(list.opened.empty());
}

TEST_CASE("a finger that wanders less than the slop still taps") {
    CardList list;
    Harness h([&] { list.draw(); });
    const ImVec2 at = h.centre_of("Person 2");
    h.drag(at, ImVec2(at.x + 3, at.y + 2), 2);
    REQUIRE(list.opened.size() == 1);
    CHECK(list.opened[0] == 2);
}

TEST_CASE("a quick flick glides several screens, as far as a phone's own lists") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.drag(ImVec2(200, 700), ImVec2(200, 400), 4); // 300 px in four frames
    h.wait(5.0);
    CHECK(list.scroll > 1200.0f); // four times the finger's own travel at least
    CHECK(list.opened.empty());
}

TEST_CASE("the fast-scroll thumb takes a long list from its top to its end in one drag") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.frames(2);
    REQUIRE(list.scroll_max > 4 * 860.0f); // long enough to have one
    const float em = h.context().fonts.em;
    // The thumb shows once the list moves: a short push, held, no fling.
    h.drag(ImVec2(200, 500), ImVec2(200, 400), 10, 8);
    const float travel = 860.0f - 3.0f * em;
    const ImVec2 thumb(420.0f - em, travel * (list.scroll / list.scroll_max) + 1.5f * em);
    h.drag(thumb, ImVec2(thumb.x, 855.0f), 12);
    h.frames(2);
    CHECK(h.shows("Person 99")); // the end of the list
    CHECK(list.scroll > list.scroll_max - 2 * em);
    CHECK(list.opened.empty());
    h.drag(ImVec2(thumb.x, 855.0f - 1.5f * em), ImVec2(thumb.x, 0.0f), 12); // and back
    h.frames(2);
    CHECK(list.scroll == 0.0f);
    CHECK(list.opened.empty());
}

TEST_CASE("at rest a long list has no thumb: a tap at a card's right edge taps the card") {
    CardList list;
    Harness h([&] { list.draw(); });
    h.drag(ImVec2(200, 500), ImVec2(200, 400), 10, 8);
    h.wait(2.0); // the thumb fades after a moment still
    const float em = h.context().fonts.em;
    const float travel = 860.0f - 3.0f * em;
    const float thumb_y = travel * (list.scroll / list.scroll_max) + 1.5f * em;
    // Where the thumb was: the right end of the card under it.
    float card_right = 0.0f;
    for (const ui::HitRegistry::Hit& hit : h.context().hits.all())
        card_right = std::max(card_right, hit.max.x);
    REQUIRE(card_right > 420.0f - 3.0f * em); // the thumb's target overlapped it
    h.tap(ImVec2(card_right - 0.5f * em, thumb_y));
    CHECK(list.opened.size() == 1);
}
