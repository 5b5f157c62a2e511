// The accessible mirror: what a screen reader is told about each screen (the
// web page builds real headings, buttons, toggles and inputs from it), and
// acting through it, which must reach the store as a tap would.
#include "store/demo_data.hpp"
#include "ui/accessible_mirror.hpp"
#include "ui/context.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using rapport::testing::Harness;
namespace store = rapport::store;
namespace ui = rapport::ui;
using ui::AccessRole;
using ui::Screen;

namespace {

constexpr int kGlfwLeftControl = 341, kGlfwEnd = 269;

void start(Harness& h, ui::Route route) {
    h.restart(std::move(route));
    h.context().access.enabled = true;
    h.frames(3);
}

const std::vector<ui::AccessNode>& nodes(Harness& h) {
    return h.context().access.nodes();
}

const ui::AccessNode* node(Harness& h, AccessRole role, std::string_view label) {
    for (const ui::AccessNode& n : nodes(h))
        if (n.role == role && n.label == label) return &n;
    return nullptr;
}

// What a screen reader does with a control: moves to it or acts on it.
void act(Harness& h, const ui::AccessNode* target, bool activate = true) {
    REQUIRE(target);
    REQUIRE(target->stop >= 0);
    h.app().access_control(target->stop, target->label, activate);
    h.frames(4);
}

// What the page does when a screen reader moves into the screen's text
// area and types: the ring to the field, the caret to the end (Ctrl+End),
// then the characters. Returns the field's label (the nodes are remade by
// the frames this draws, so none is kept across them).
std::string type_into_text_area(Harness& h, std::string_view text) {
    const ui::AccessNode* field = nullptr;
    for (const ui::AccessNode& n : nodes(h))
        if (n.role == AccessRole::TextArea) field = &n;
    REQUIRE(field);
    const std::string label = field->label;
    h.app().access_control(field->stop, label, false);
    h.input().key(kGlfwLeftControl, true);
    h.input().key(kGlfwEnd, true);
    h.input().key(kGlfwEnd, false);
    h.input().key(kGlfwLeftControl, false);
    h.queue_typing(text);
    h.run_input();
    return label;
}

} // namespace

TEST_CASE("each screen is told as headings, text and controls with their roles, every keyboard "
          "stop among them") {
    Harness h;
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(h.store(), 12, summary));
    const std::vector<ui::Route> routes = {
        {Screen::Today},    {Screen::People},  {Screen::Prepare}, {Screen::Careers},
        {Screen::Settings}, {Screen::Capture}, {Screen::Inbox},   {Screen::Templates},
        {Screen::Data},     {Screen::Sync}};
    for (const ui::Route& route : routes) {
        CAPTURE(static_cast<int>(route.screen));
        start(h, route);
        const std::vector<ui::AccessNode>& told = nodes(h);
        REQUIRE_FALSE(told.empty());
        // A title to start reading from.
        CHECK(std::any_of(told.begin(), told.end(), [](const ui::AccessNode& n) {
            return n.role == AccessRole::Heading && n.level == 1 && !n.name.empty();
        }));
        // Every control Tab reaches can be reached by a screen reader, named.
        const std::vector<std::string> stops = h.stop_labels();
        const auto controls = std::count_if(told.begin(), told.end(),
                                            [](const ui::AccessNode& n) { return n.stop >= 0; });
        CHECK(static_cast<std::size_t>(controls) == stops.size());
        for (const ui::AccessNode& n : told)
            CHECK_MESSAGE(!n.name.empty(), "a node with no name: " << n.label);
    }

    // People: the cards are buttons read with their second line, the sort
    // chips are toggles with their state, the search is a labelled field.
    start(h, {Screen::People});
    store::PeopleQuery query;
    const auto people = h.store().people().list(query);
    REQUIRE_FALSE(people.empty());
    const ui::AccessNode* card = node(h, AccessRole::Button, people.front().name);
    REQUIRE(card);
    CHECK(card->name.size() > card->label.size());
    CHECK(card->name.rfind(card->label + ", ", 0) == 0);
    const auto toggles = std::count_if(nodes(h).begin(), nodes(h).end(), [](const auto& n) {
        return n.role == AccessRole::Toggle && n.checked;
    });
    CHECK(toggles >= 1); // the People tab at least, and the sort shown
    CHECK(std::any_of(nodes(h).begin(), nodes(h).end(), [](const ui::AccessNode& n) {
        return n.role == AccessRole::TextField && n.stop >= 0;
    }));
}

TEST_CASE("a card acted on through the mirror opens, as a tap does") {
    Harness h;
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(h.store(), 6, summary));
    start(h, {Screen::People});
    const auto people = h.store().people().list(store::PeopleQuery{});
    REQUIRE_FALSE(people.empty());
    act(h, node(h, AccessRole::Button, people.front().name));
    CHECK(h.app().navigator().current().screen == Screen::Person);
    // The new screen's title is the first thing read.
    const auto& told = nodes(h);
    REQUIRE_FALSE(told.empty());
    CHECK(std::any_of(told.begin(), told.end(), [&](const ui::AccessNode& n) {
        return n.role == AccessRole::Heading && n.name == people.front().name;
    }));
}

TEST_CASE("a note typed into the mirror's field and Done through the mirror reaches the store") {
    Harness h;
    start(h, {Screen::Capture});
    h.press(ImGuiKey_Escape); // out of the field capture opened in
    const std::string field = type_into_text_area(h, "Met Dana at the fair");
    CHECK(h.capture().text == "Met Dana at the fair");
    // The field's text is told to the screen reader as its value.
    const ui::AccessNode* typed = node(h, AccessRole::TextArea, field);
    REQUIRE(typed);
    CHECK(typed->value == "Met Dana at the fair");
    act(h, node(h, AccessRole::Button, "Done"));
    CHECK(h.store().notes().count() == 1);
    CHECK(h.capture().text.empty());
}

TEST_CASE("moving into a field that has text and typing adds to it, never replaces it") {
    Harness h;
    start(h, {Screen::Capture});
    h.type("First line");
    h.press(ImGuiKey_Escape);
    type_into_text_area(h, ", and more");
    CHECK(h.capture().text == "First line, and more");
}

TEST_CASE("a chip acted on through the mirror is told as pressed") {
    Harness h;
    start(h, {Screen::Settings});
    const ui::AccessNode* dark = node(h, AccessRole::Toggle, "Dark");
    REQUIRE(dark);
    CHECK_FALSE(dark->checked);
    act(h, dark);
    dark = node(h, AccessRole::Toggle, "Dark");
    REQUIRE(dark);
    CHECK(dark->checked);
    CHECK(h.app().preferences().theme == ui::ThemeKind::Dark);
}

TEST_CASE("toasts are announced once, and the mirror's JSON names roles and states") {
    Harness h;
    start(h, {Screen::Capture});
    h.type("Ask about the design team");
    const unsigned before = h.context().access.announcement_serial();
    h.tap("Done");
    h.frames(2);
    CHECK(h.context().access.announcement_serial() == before + 1);
    CHECK(h.context().access.announcement() == h.app().snackbar().text);
    h.frames(5);
    CHECK(h.context().access.announcement_serial() == before + 1); // not again each frame

    const std::string json = ui::mirror_json(h.context().access);
    CHECK(json.find("\"role\":\"heading\"") != std::string::npos);
    CHECK(json.find("\"role\":\"toggle\"") != std::string::npos);
    CHECK(json.find("\"checked\":true") != std::string::npos);
    CHECK(json.find("\"announce\":{\"serial\":") != std::string::npos);
}

TEST_CASE("the conversation's countdown is a timer, announced as the minutes go by, not each "
          "second") {
    Harness h;
    h.context().access.enabled = true;
    rapport::testing::plan_conversation(h, {"What do you do in a typical day?"});
    h.tap("Start");
    REQUIRE(h.app().navigator().current().screen == Screen::Conversation);
    h.frames(2);
    const auto timer = std::find_if(nodes(h).begin(), nodes(h).end(), [](const ui::AccessNode& n) {
        return n.role == AccessRole::Timer;
    });
    REQUIRE(timer != nodes(h).end());
    CHECK(timer->name == "15:00 left");
    CHECK(h.context().access.announcement() == "15 minutes left");
    const unsigned at_start = h.context().access.announcement_serial();
    h.clock().advance(3 * rapport::core::kMinute);
    h.frames(2);
    CHECK(h.context().access.announcement_serial() == at_start); // 12:00 left: nothing said
    h.clock().advance(2 * rapport::core::kMinute);
    h.frames(2);
    CHECK(h.context().access.announcement() == "10 minutes left");
    CHECK(h.context().access.announcement_serial() == at_start + 1);
}

TEST_CASE("a chip that acts at once is a button, a chip that is a choice a toggle") {
    Harness h;
    start(h, {Screen::Capture});
    // Capture's headings put text in the note: actions, not choices.
    CHECK(node(h, AccessRole::Button, "Takeaways"));
    CHECK_FALSE(node(h, AccessRole::Toggle, "Takeaways"));
    // Settings' theme is a choice kept: a toggle with its state.
    start(h, {Screen::Settings});
    CHECK(node(h, AccessRole::Toggle, "Dark"));
}
