// The phone keyboard's text, as the web page hands it over: the page's text
// area holds the focused field's text and caret, and each change it sees
// reaches the field as a splice (app/ui/text_bridge.hpp). These tests play
// the page's part the way rapport-page.js does and check what is stored.
#include "ui/harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using rapport::testing::Harness;
using rapport::ui::BridgedField;
using rapport::ui::TextSplice;

namespace {

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The page's text area: what it holds, and what it last sent or took.
class PageTextArea {
  public:
    explicit PageTextArea(Harness& h) : h_(h) {}

    // Takes the app's field in once every splice sent has been applied, as
    // the page does after each frame.
    bool catch_up() {
        const BridgedField& f = h_.context().text_bridge.focused();
        if (f.field == 0 || f.applied < sent_) return false;
        field_ = f.field;
        value_ = f.text;
        caret_ = f.caret;
        return true;
    }
    // The keyboard changed the text to `now` with the caret at `caret`
    // (bytes); sent as one splice: the common start and end stay.
    void becomes(const std::string& now, int caret) {
        size_t head = 0;
        while (head < value_.size() && head < now.size() && value_[head] == now[head])
            ++head;
        while (head > 0 && head < value_.size() && continuation(value_[head]))
            --head;
        size_t tail = 0;
        while (tail < value_.size() - head && tail < now.size() - head &&
               value_[value_.size() - 1 - tail] == now[now.size() - 1 - tail])
            ++tail;
        while (tail > 0 && continuation(now[now.size() - tail]))
            --tail;
        TextSplice splice;
        splice.serial = ++sent_;
        splice.field = field_;
        splice.from = static_cast<int>(head);
        splice.to = static_cast<int>(value_.size() - tail);
        splice.insert = now.substr(head, now.size() - tail - head);
        splice.sel_start = splice.sel_end = splice.caret = caret;
        h_.context().text_bridge.submit(splice);
        value_ = now;
        caret_ = caret;
    }
    // Typing at the caret, one character at a time, a frame apart.
    void type(const std::string& text) {
        for (size_t i = 0; i < text.size();) {
            size_t n = 1;
            while (i + n < text.size() && continuation(text[i + n]))
                ++n;
            std::string now = value_;
            now.insert(static_cast<size_t>(caret_), text.substr(i, n));
            becomes(now, caret_ + static_cast<int>(n));
            h_.frames(1);
            i += n;
        }
    }
    void backspace() {
        int start = caret_ - 1;
        while (start > 0 && continuation(value_[static_cast<size_t>(start)]))
            --start;
        std::string now = value_;
        now.erase(static_cast<size_t>(start), static_cast<size_t>(caret_ - start));
        becomes(now, start);
        h_.frames(1);
    }
    // The keyboard's correction: the word before the caret replaced.
    void replace_word(const std::string& word) {
        size_t start = value_.rfind(' ', static_cast<size_t>(caret_ - 1));
        start = start == std::string::npos ? 0 : start + 1;
        std::string now = value_;
        now.replace(start, static_cast<size_t>(caret_) - start, word);
        becomes(now, static_cast<int>(start + word.size()));
        h_.frames(1);
    }
    const std::string& value() const { return value_; }
    std::uint64_t sent() const { return sent_; }

  private:
    Harness& h_;
    unsigned field_ = 0;
    std::string value_;
    int caret_ = 0;
    std::uint64_t sent_ = 0;
};

// Capture open, its box holding the keyboard and known to the page.
PageTextArea open_capture(Harness& h) {
    h.tap("Capture");
    h.frames(3);
    PageTextArea page(h);
    REQUIRE(page.catch_up());
    return page;
}

} // namespace

TEST_CASE("a keyboard's correction after a Backspace replaces the word it meant") {
    Harness h;
    PageTextArea page = open_capture(h);
    page.type("I met tehh");
    page.backspace();
    CHECK(h.capture().text == "I met teh");
    page.replace_word("the");
    page.type(" dean");
    CHECK(h.capture().text == "I met the dean");
    h.wait(1.0);
    REQUIRE(h.store().captures().draft());
    CHECK(h.store().captures().draft()->body == "I met the dean");
}

TEST_CASE("five Backspaces then a retyped word, then the word replaced, keep the sentence") {
    Harness h;
    PageTextArea page = open_capture(h);
    page.type("Hello wrold");
    for (int i = 0; i < 5; ++i)
        page.backspace();
    page.type("world");
    page.replace_word("world!");
    CHECK(h.capture().text == "Hello world!");
    CHECK(page.catch_up());
    CHECK(page.value() == "Hello world!");
}

TEST_CASE("emoji and accents arrive whole and are stored as typed") {
    Harness h;
    PageTextArea page = open_capture(h);
    // A splice carries UTF-8; the web build's 32-bit ImGui keeps what the
    // desktop's 16-bit one cannot draw, so here the text stays in the BMP
    // and the emoji's path is the web test's.
    page.becomes("Zoë — Park ✓", static_cast<int>(std::string("Zoë — Park ✓").size()));
    h.frames(2);
    CHECK(h.capture().text == "Zoë — Park ✓");
    page.backspace(); // the ✓, three bytes, as one character
    CHECK(h.capture().text == "Zoë — Park ");
}

TEST_CASE("a splice in the middle of a wrapped note changes only what it names") {
    Harness h;
    PageTextArea page = open_capture(h);
    const std::string long_line = "Asked about the analytics team and how juniors grow there over "
                                  "their first two years on the job";
    page.becomes(long_line, static_cast<int>(long_line.size()));
    h.frames(2);
    REQUIRE(h.capture().text == long_line); // soft breaks never reach the text
    // The keyboard's suggestion swaps a word near the start, caret after it.
    std::string now = long_line;
    now.replace(now.find("juniors"), 7, "new hires");
    page.becomes(now, static_cast<int>(now.find("new hires") + 9));
    h.frames(2);
    CHECK(h.capture().text == now);
    page.type(",");
    CHECK(h.capture().text.find("new hires, grow") != std::string::npos);
}

TEST_CASE("the field's own change reaches the page once it has caught up") {
    Harness h;
    h.tap("People");
    h.tap("Search people, notes, answers");
    h.frames(3);
    PageTextArea page(h);
    REQUIRE(page.catch_up());
    page.type("Ana");
    h.tap("Clear search");
    h.frames(2);
    // The search field keeps the keyboard or not; either way the page is
    // not left holding "Ana" for a field that is empty.
    const BridgedField& f = h.context().text_bridge.focused();
    CHECK(f.applied == page.sent());
    if (f.field != 0) {
        CHECK(page.catch_up());
        CHECK(page.value().empty());
    }
}

TEST_CASE("a splice that no longer fits the text changes nothing and is counted as handled") {
    Harness h;
    PageTextArea page = open_capture(h);
    page.type("Café");
    TextSplice inside_a_letter;
    inside_a_letter.serial = page.sent() + 1;
    inside_a_letter.field = h.context().text_bridge.focused().field;
    inside_a_letter.from = 4; // between the two bytes of é
    inside_a_letter.to = 5;
    inside_a_letter.insert = "x";
    h.context().text_bridge.submit(inside_a_letter);
    TextSplice past_the_end = inside_a_letter;
    past_the_end.serial += 1;
    past_the_end.from = 40;
    past_the_end.to = 41;
    h.context().text_bridge.submit(past_the_end);
    h.frames(2);
    CHECK(h.capture().text == "Café");
    CHECK(h.context().text_bridge.focused().applied == past_the_end.serial);
}

TEST_CASE("what was typed for a field that has lost the keyboard is dropped, not put elsewhere") {
    Harness h;
    PageTextArea page = open_capture(h);
    page.type("Note one");
    TextSplice stale;
    stale.serial = page.sent() + 1;
    stale.field = 12345; // a field no longer drawn
    stale.insert = "stray";
    h.context().text_bridge.submit(stale);
    h.frames(2);
    CHECK(h.capture().text == "Note one");
    CHECK(h.context().text_bridge.focused().applied == stale.serial);
}

TEST_CASE("typed before the page knew the field, the text and caret it takes are the field's") {
    Harness h;
    h.tap("Capture");
    h.type("Met "); // as characters, the way the page sends them before it knows the field
    h.frames(2);
    const BridgedField& f = h.context().text_bridge.focused();
    REQUIRE(f.field != 0);
    CHECK(f.text == "Met ");
    // No selection: both its ends are the caret, at the end of what was typed.
    CHECK(f.caret == 4);
    CHECK(f.sel_start == 4);
    CHECK(f.sel_end == 4);
}
