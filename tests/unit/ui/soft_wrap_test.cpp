#include "ui/soft_wrap.hpp"

#include <doctest/doctest.h>

using namespace rapport::ui;

namespace {
// Every byte one unit wide, like a monospaced font.
const MeasureText kMono = [](std::string_view s) { return static_cast<float>(s.size()); };
} // namespace

TEST_CASE("long lines wrap at spaces and the real text is unchanged") {
    const std::string text = "She said the hardest part is waiting for funding decisions";
    const SoftWrapped w = soft_wrap(text, 20, kMono);
    CHECK(w.display == "She said the hardest\npart is waiting for\nfunding decisions");
    CHECK(w.real() == text);
    CHECK(w.display.size() == text.size()); // carets mean the same in both
}

TEST_CASE("hard line breaks stay hard, and each paragraph wraps on its own") {
    const std::string text = "Advice:\ntake statistics and a writing course\n\nNext: email Ines";
    const SoftWrapped w = soft_wrap(text, 16, kMono);
    CHECK(w.display == "Advice:\ntake statistics\nand a writing\ncourse\n\nNext: email Ines");
    CHECK(w.real() == text);
    CHECK_FALSE(w.soft[7]); // the typed break after "Advice:"
}

TEST_CASE("a word longer than the line is left whole rather than cut") {
    const SoftWrapped w = soft_wrap("see https://example.org/a/very/long/path ok", 10, kMono);
    CHECK(w.display == "see\nhttps://example.org/a/very/long/path\nok");
}

TEST_CASE("text that fits, and empty text, are untouched") {
    CHECK(soft_wrap("short", 20, kMono).display == "short");
    CHECK(soft_wrap("", 20, kMono).display.empty());
}

TEST_CASE("typing in the middle keeps earlier soft breaks soft and typed breaks hard") {
    const SoftWrapped before = soft_wrap("one two three four five six", 9, kMono);
    REQUIRE(before.display == "one two\nthree\nfour five\nsix");
    // The user types "X" after "two" and a real line break after "four".
    std::string after = before.display;
    after.insert(7, "X");
    CHECK(unwrap_edit(before, after) == "one twoX three four five six");
    std::string with_break = before.display;
    with_break.insert(18, "\n");
    CHECK(unwrap_edit(before, with_break) == "one two three four\n five six");
}

TEST_CASE("deleting a soft break deletes the space it stands for") {
    const SoftWrapped before = soft_wrap("alpha beta", 6, kMono);
    REQUIRE(before.display == "alpha\nbeta");
    CHECK(unwrap_edit(before, "alphabeta") == "alphabeta");
}

TEST_CASE("a pasted block with line breaks keeps them") {
    const SoftWrapped before = soft_wrap("ab cd", 10, kMono);
    CHECK(unwrap_edit(before, "ab x\ny\nz cd") == "ab x\ny\nz cd");
}
