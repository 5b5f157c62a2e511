// Text drawn on cards: wrapped lines stay in the room they were given, and
// a search excerpt marks what matched.
#include "ui/context.hpp"
#include "ui/harness.hpp"
#include "ui/widgets/text.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace ui = rapport::ui;

namespace {

// The lowest point reached by what was drawn after the first `from` vertices.
float lowest_drawn(ImDrawList* draw, int from) {
    float lowest = 0.0f;
    for (int i = from; i < draw->VtxBuffer.Size; ++i)
        lowest = std::max(lowest, draw->VtxBuffer[i].pos.y);
    return lowest;
}

} // namespace

TEST_CASE("a note's lines on a card are drawn one under another, within the height they took") {
    float height = 0.0f;
    float bottom = 0.0f;
    ImFont* font = nullptr;
    Harness h([&] {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        font = ui::ctx().fonts.secondary;
        const int before = draw->VtxBuffer.Size;
        const ImVec2 top(10, 10);
        height =
            ui::draw_wrapped(draw, font, top, 0xFFFFFFFF,
                             "Loves mentoring\nAsk about the bootcamp\nSend the paper", 300, 4);
        bottom = lowest_drawn(draw, before) - top.y;
    });
    REQUIRE(font != nullptr);
    // Three lines of their own (before: one "line" that ImGui drew as three,
    // with the next card's text drawn over the two it did not count).
    CHECK(height == doctest::Approx(3 * font->FontSize * 1.3f));
    CHECK(bottom <= height);
}

TEST_CASE("a one-line label never starts a second line at a line end") {
    float bottom = 0.0f;
    ImFont* font = nullptr;
    Harness h([&] {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        font = ui::ctx().fonts.body;
        const int before = draw->VtxBuffer.Size;
        ui::draw_line(draw, font, ImVec2(10, 10), 0xFFFFFFFF, "Coffee chat\nat the library", 300);
        bottom = lowest_drawn(draw, before) - 10;
    });
    REQUIRE(font != nullptr);
    CHECK(bottom <= font->FontSize * 1.3f);
}

TEST_CASE("an excerpt's marked words are tinted, also where the line is cut with an ellipsis") {
    Harness h([&] {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        ui::draw_wrapped_marked(draw, ui::ctx().fonts.secondary, ImVec2(10, 10), 0xFFFFFFFF,
                                "…studies \x02week\x03 by \x02week\x03, who reads the findings, "
                                "and why a bootcamp was enough to start and then some more",
                                200, 2);
    });
    CHECK(h.context().marked == std::vector<std::string>{"week", "week"});
    CHECK(ui::without_marks("a \x02"
                            "bootcamp\x03 start") == "a bootcamp start");
}
