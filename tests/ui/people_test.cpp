// People, Person and Today, driven by taps and typing, checked in the store.
#include "core/follow_up_rules.hpp"
#include "store/demo_data.hpp"
#include "ui/fixtures.hpp"
#include "ui/harness.hpp"
#include "ui/preferences.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <imgui_internal.h>

using namespace rapport::testing;
namespace core = rapport::core;
namespace store = rapport::store;
using rapport::ui::Screen;

namespace {

// Saved, and read by the app as it would be after a change elsewhere.
core::Person add(Harness& h, const std::string& name, core::Stage stage = core::Stage::Identified,
                 const std::string& email = "") {
    core::Person p = add_person(h, name, stage, email);
    h.app().reload();
    h.frames(2);
    return p;
}

} // namespace

TEST_CASE("adding a person takes a name and one tap") {
    Harness h;
    h.tap("People");
    h.tap("Add a person");
    REQUIRE(h.app().navigator().current().screen == Screen::PersonEdit);
    h.type("Amara Osei"); // the name field has focus
    h.tap("Faculty");
    h.tap("Save");
    REQUIRE(h.store().people().count() == 1);
    const auto people = h.store().people().list({});
    CHECK(people[0].name == "Amara Osei");
    CHECK(people[0].source == core::Source::Faculty);
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().navigator().current().argument == people[0].id);
    CHECK(h.shows("Move to researched"));
}

TEST_CASE("a nameless person is refused on screen and nothing is saved") {
    Harness h;
    h.tap("People");
    h.tap("Add a person");
    h.tap("Role");
    h.type("Curator");
    h.tap("Save");
    CHECK(h.store().people().count() == 0);
    CHECK(h.person_editor().error == "A person needs a name");
    CHECK(h.person_editor().draft.role == "Curator"); // typed text stays
}

TEST_CASE("editing a field reaches the store") {
    Harness h;
    const core::Person p = add(h, "Ines Duarte");
    h.tap("People");
    h.tap("Ines Duarte");
    h.tap("Edit");
    h.tap("Role");
    h.type("Curator");
    h.tap("Organisation");
    h.type("Lakeside Museum");
    h.tap("Save");
    const auto saved = h.store().people().find(p.id);
    CHECK(saved->role == "Curator");
    CHECK(saved->organisation == "Lakeside Museum");
}

TEST_CASE("one tap advances the stage, side states are one tap too") {
    Harness h;
    const core::Person p = add(h, "Daniel Kim");
    h.tap("People");
    h.tap("Daniel Kim");
    h.tap("Move to researched");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Researched);
    h.tap("Move to reached out");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::ReachedOut);
    h.tap("Paused");
    CHECK(h.store().people().find(p.id)->stage == core::Stage::Paused);
}

TEST_CASE("adding someone twice offers a merge that keeps everything") {
    Harness h;
    const core::Person existing = add(h, "Amara Osei", core::Stage::Met, "amara@example.org");
    core::Note note{.person_id = existing.id, .body = "Portfolio matters"};
    REQUIRE_FALSE(h.store().notes().save(note));
    h.tap("People");
    h.tap("Add a person");
    h.type("A. Osei");
    h.tap("Email");
    h.type("AMARA@example.org");
    h.tap("Save");
    REQUIRE(h.person_editor().duplicates.size() == 1);
    CHECK(h.store().people().count() == 1); // nothing saved yet
    h.tap("Merge into Amara Osei");
    CHECK(h.store().people().count() == 1);
    CHECK(h.app().navigator().current().argument == existing.id);
    CHECK(h.store().dashboard().timeline(existing.id).size() >= 2);

    // Undo: the one typed in is back as their own person, hers unchanged.
    CHECK(h.app().snackbar().text == "Merged into Amara Osei");
    h.tap("Undo");
    CHECK(h.store().people().count() == 2);
    CHECK(h.store().people().find(existing.id)->emails ==
          std::vector<std::string>{"amara@example.org"});
    CHECK(h.store().people().find_by_name("A. Osei"));
    CHECK(h.store().notes().find(note.id)->person_id == existing.id);
}

TEST_CASE("delete asks once and undo brings the person back") {
    Harness h;
    const core::Person p = add(h, "Sam Ortiz");
    h.tap("People");
    h.tap("Sam Ortiz");
    h.tap("Edit");
    h.reveal("Delete Sam Ortiz");
    h.tap("Delete Sam Ortiz");
    CHECK(h.store().people().count() == 1); // it asks once
    h.reveal("Yes, delete");
    h.tap("Yes, delete");
    CHECK(h.store().people().count() == 0);
    REQUIRE(h.shows("Undo"));
    h.tap("Undo");
    CHECK(h.store().people().count() == 1);
    CHECK(h.store().people().find(p.id));
}

TEST_CASE("stage chips filter the list") {
    Harness h;
    add(h, "Amara Osei", core::Stage::Met);
    add(h, "Ines Duarte", core::Stage::Scheduled);
    add(h, "Daniel Kim", core::Stage::Scheduled);
    h.tap("People");
    CHECK(h.people_list().people.size() == 3);
    h.tap("Scheduled 2");
    CHECK(h.people_list().people.size() == 2);
    CHECK(h.shows("Ines Duarte"));
    CHECK_FALSE(h.shows("Amara Osei"));
    h.tap("All 3");
    CHECK(h.people_list().people.size() == 3);
}

TEST_CASE("search as you type finds notes, and a result opens the note it matched") {
    Harness h;
    const core::Person p = add(h, "Amara Osei");
    core::Note note{.person_id = p.id, .body = "Portfolio matters more than the degree"};
    REQUIRE_FALSE(h.store().notes().save(note));
    open_person_page(h, "Search people, notes, answers");
    h.type("portf");
    REQUIRE(h.people_list().results.size() == 1);
    CHECK(h.people_list().results[0].kind == "note");
    // The excerpt shows why it matched: the word is marked, and only it.
    h.frames(1);
    CHECK(h.context().marked == std::vector<std::string>{"Portfolio"});
    h.tap("Amara Osei");
    CHECK(h.app().navigator().current().screen == Screen::Note);
    CHECK(h.app().navigator().current().argument == note.id);
}

TEST_CASE(
    "a match far into a long note is marked in its excerpt, on a narrow phone at large text") {
    rapport::testing::TempDir temp;
    const std::string settings = temp.file("settings.ini");
    std::ofstream(settings) << "text_size = 1.6\n";
    Harness h({320, 640}, {Screen::Today, {}}, settings);
    const core::Person p = add(h, "Amara Osei");
    core::Note note{.person_id = p.id,
                    .body = "We talked about how the team runs its studies week by week, who "
                            "reads the findings, and why a bootcamp was enough to start"};
    REQUIRE_FALSE(h.store().notes().save(note));
    open_person_page(h, "Search people, notes, answers");
    h.type("bootcamp");
    REQUIRE(h.people_list().results.size() == 1);
    h.frames(1);
    CHECK(h.context().marked == std::vector<std::string>{"bootcamp"});
}

TEST_CASE("a thank-you due on Today is done in one tap") {
    Harness h;
    const core::Person p = add(h, "Amara Osei");
    core::Conversation c = add_conversation(h, p.id, h.clock().now() - 30 * core::kHour);
    REQUIRE_FALSE(h.store().conversations().hold(c.id, c.when));
    h.app().reload();
    h.frames(2);
    REQUIRE(h.shows("Thank Amara Osei"));
    h.tap("Done: Thank Amara Osei");
    CHECK(h.store().follow_ups().due(h.clock().now() + 30 * core::kDay).empty());
    CHECK_FALSE(h.shows("Thank Amara Osei"));
}

TEST_CASE("snooze offers later today, tomorrow, next week or two weeks, tomorrow is 9:00") {
    Harness h;
    const core::Person p = add(h, "Daniel Kim");
    core::FollowUp f{.person_id = p.id, .kind = core::FollowUpKind::Nudge, .due = h.clock().now()};
    REQUIRE_FALSE(h.store().follow_ups().add(f));
    h.app().reload();
    h.frames(2);
    h.tap("Snooze: Nudge Daniel Kim");
    CHECK(h.shows("Later today"));
    CHECK(h.shows("In 2 weeks"));
    h.tap("Tomorrow");
    const auto due = h.store().follow_ups().due(h.clock().now() + 30 * core::kDay);
    REQUIRE(due.size() == 1);
    CHECK(due[0].follow_up.due == core::morning_in_days(1, h.clock().now(), h.store().clock()));
    CHECK_FALSE(h.shows("Later today")); // the choices close once one is taken
}

TEST_CASE("the first run offers demo data") {
    Harness h;
    h.tap("Try demo data");
    CHECK(h.store().people().count() == rapport::store::kDefaultDemoPeople);
    CHECK(h.app().model().people_total == rapport::store::kDefaultDemoPeople);
}

TEST_CASE("wide: the list and the person sit side by side") {
    Harness h(ImVec2(1280, 800));
    add(h, "Amara Osei");
    h.tap("People");
    h.tap("Amara Osei");
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.shows("Search people, notes, answers")); // the list is still there
    CHECK(h.shows("Move to researched"));            // and so is the person
    CHECK(h.centre_of("Move to researched").x > h.centre_of("Amara Osei").x);
}

TEST_CASE("wide: launched onto a person, the list beside them is read too") {
    Harness h(ImVec2(1280, 800));
    const core::Person amara = add(h, "Amara Osei");
    add(h, "Ines Duarte");
    h.restart({Screen::Person, amara.id}); // as --screen person, without visiting People
    CHECK(h.shows("Move to researched"));  // the person
    CHECK(h.shows("Ines Duarte"));         // and the list pane
    CHECK(h.shows("All 2"));               // with its counts
}

TEST_CASE("a phone turned into a tablet on a person: the list that appears is up to date") {
    Harness h;
    add(h, "Amara Osei");
    h.tap("People");
    h.tap("Amara Osei");
    add(h, "Kim Lee"); // added meanwhile (a terminal capture, an import)
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    h.frames(3);
    CHECK(h.shows("Kim Lee"));
}

TEST_CASE("an organisation's principles are kept once and shown on everyone there") {
    Harness h;
    const core::Person a = add(h, "Amara Osei");
    h.tap("People");
    h.tap("Amara Osei");
    h.tap("Edit");
    h.tap("Organisation");
    h.type("Brightline Labs");
    h.tap("Save");
    h.tap("Edit");
    h.reveal("What the organisation stands for");
    h.tap("What the organisation stands for");
    h.type("Research before opinions");
    h.tap("Save");
    CHECK(h.store().people().organisation_named("brightline labs")->principles ==
          "Research before opinions");
    (void)a;
}

TEST_CASE("a long timeline shows the newest 100, and older ones on request") {
    Harness h({1280, 800});
    const core::Person amara = add(h, "Amara Osei");
    for (int i = 0; i < 130; ++i) {
        core::Note note;
        note.person_id = amara.id;
        note.body = "Note " + std::to_string(i);
        REQUIRE_FALSE(h.store().notes().save(note));
        h.clock().advance(core::kMinute);
    }
    open_person_page(h, "Amara Osei");
    REQUIRE(h.person());
    CHECK(h.person()->timeline.size() == 100);
    CHECK(h.person()->older_entries);
    h.reveal("Show older", 60);
    h.tap("Show older");
    CHECK(h.person()->timeline.size() == 131); // 130 notes and "added"
    CHECK_FALSE(h.person()->older_entries);
    CHECK_FALSE(h.shows("Show older"));
}

TEST_CASE("Enter in a field of the person form saves it, as Save does") {
    Harness h;
    h.tap("People");
    h.tap("Add a person");
    h.type("Lena Kahale");
    h.tap("Role");
    h.type("Park ranger");
    h.press(ImGuiKey_Enter);
    const auto saved = h.store().people().find_by_name("Lena Kahale");
    REQUIRE(saved);
    CHECK(saved->role == "Park ranger");
    CHECK(h.app().navigator().current().screen == Screen::Person);
}

TEST_CASE("Enter in search opens the first result, people before notes") {
    Harness h;
    const core::Person ines = add(h, "Ines Duarte");
    const core::Person amara = add(h, "Amara Osei");
    core::Note note{.person_id = amara.id, .body = "Ines said the portfolio matters most"};
    REQUIRE_FALSE(h.store().notes().save(note));
    open_person_page(h, "Search people, notes, answers");
    h.type("ines");
    h.press(ImGuiKey_Enter);
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().navigator().current().argument == ines.id);
}

TEST_CASE("Enter in search with nothing found stays on the list") {
    Harness h;
    add(h, "Amara Osei");
    open_person_page(h, "Search people, notes, answers");
    h.type("zzz");
    h.press(ImGuiKey_Enter);
    CHECK(h.app().navigator().current().screen == Screen::People);
    CHECK(h.people_list().results.empty());
}

TEST_CASE("People opens sorted as it was left, after a restart too") {
    rapport::testing::TempDir dir;
    const std::string settings = dir.file("settings.ini");
    {
        Harness h(ImVec2(420, 860), {Screen::People, {}}, settings);
        for (const char* name : {"Zoë Park", "Adam Smith"}) {
            rapport::core::Person p;
            p.name = name;
            REQUIRE_FALSE(h.store().people().save(p));
        }
        h.app().reload();
        h.frames(3);
        h.tap("Sort and source");
        h.tap("Name");
        CHECK(h.people_list().filter.sort == rapport::store::PeopleSort::Name);
    }
    Harness again(ImVec2(420, 860), {Screen::People, {}}, settings);
    CHECK(again.people_list().filter.sort == rapport::store::PeopleSort::Name);
    CHECK(rapport::ui::load_preferences(settings).people_sort == "name");
}

TEST_CASE("sorted by name, the fast-scroll thumb says which letter it has reached") {
    rapport::testing::TempDir dir;
    const std::string settings = dir.file("settings.ini");
    std::ofstream(settings) << "people_sort = name\n";
    Harness h(ImVec2(420, 860), {Screen::People, {}}, settings);
    for (char letter = 'A'; letter <= 'Z'; ++letter)
        for (int i = 0; i < 8; ++i) {
            rapport::core::Person p;
            p.name = std::string(1, letter) + "lex " + std::to_string(i);
            REQUIRE_FALSE(h.store().people().save(p));
        }
    core::Person emilie;
    emilie.name = "Émilie Laurent";
    REQUIRE_FALSE(h.store().people().save(emilie));
    h.app().reload();
    h.frames(3);
    const auto reached = [&] {
        for (const auto& [id, motion] : h.context().scrolls)
            if (!motion.scrub_label.empty()) return motion.scrub_label;
        return std::string();
    };
    const float em = h.context().fonts.em;
    h.drag(ImVec2(200, 600), ImVec2(200, 500), 10, 8); // the thumb shows once the list moves
    // Where the thumb is: the list's right edge, as far down as it has scrolled.
    const auto thumb = [&] {
        ImGuiWindow* list = nullptr;
        for (const auto& [id, motion] : h.context().scrolls)
            if (ImGuiWindow* w = ImGui::FindWindowByID(id);
                w && w->ScrollMax.y > 3 * w->InnerRect.GetHeight())
                list = w;
        REQUIRE(list);
        const float travel = list->InnerRect.GetHeight() - 3.0f * em;
        return ImVec2(list->InnerRect.Max.x - em,
                      list->InnerRect.Min.y + travel * (list->Scroll.y / list->ScrollMax.y) +
                          1.5f * em);
    };
    const ImVec2 from = thumb();
    h.drag(from, ImVec2(from.x, 855.0f), 12);
    CHECK(reached() == "Z");
    // Held half way: the letter of the card at the top of the view.
    const ImVec2 end = thumb();
    h.drag(end, ImVec2(end.x, 480.0f), 12);
    const std::string middle = reached();
    CHECK(middle >= "K");
    CHECK(middle <= "P");
    CHECK(h.people_list().people.size() == 26 * 8 + 1);
}

TEST_CASE("People keeps its place while the window is resized, and opens at its top from a tab") {
    Harness h(ImVec2(420, 860));
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(h.store(), 24, summary));
    h.app().reload();
    h.tap("People");
    h.drag(ImVec2(200, 700), ImVec2(200, 200), 12, 10); // held still: no fling
    h.frames(30);
    const float place = h.app().navigator().scroll();
    REQUIRE(place > 0.0f);
    for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(420, 860), ImVec2(844, 390),
                              ImVec2(421, 861), ImVec2(420, 860)}) {
        ImGui::GetIO().DisplaySize = size;
        h.frames(5);
        CAPTURE(size.x);
        CHECK(h.app().navigator().scroll() == doctest::Approx(place));
    }
    h.tap("Today");
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    h.frames(5);
    ImGui::GetIO().DisplaySize = ImVec2(420, 860);
    h.frames(5);
    h.tap("People");
    CHECK(h.app().navigator().scroll() == 0.0f);
    CHECK(h.shows("Sort and source"));
}

TEST_CASE("something shared from another app: on the person whose LinkedIn it is, a new person "
          "for an unknown profile, else the inbox") {
    Harness h;
    core::Person amara;
    amara.name = "Amara Osei";
    amara.linkedin = "https://www.linkedin.com/in/amara-osei";
    REQUIRE_FALSE(h.store().people().save(amara));
    h.app().reload();
    // Her profile, shared from the LinkedIn app: a note on her, her page open.
    h.app().handle_request("share:Amara Osei | LinkedIn\x1fSaw her talk on research ops\x1f"
                           "https://www.linkedin.com/in/amara-osei/?trk=share");
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::Person);
    CHECK(h.app().navigator().current().argument == amara.id);
    CHECK(h.app().snackbar().text == "Saved on Amara Osei");
    std::vector<std::string> notes;
    store::Statement query =
        h.store().database().prepare("SELECT body FROM note WHERE person_id = ?1");
    query.bind(1, amara.id);
    while (query.step())
        notes.push_back(query.text(0));
    CHECK(notes == std::vector<std::string>{"Amara Osei | LinkedIn\nSaw her talk on research ops\n"
                                            "https://www.linkedin.com/in/amara-osei/?trk=share"});
    // A profile of no one here: the New person form, filled in.
    h.app().handle_request("share:Ines Duarte | LinkedIn\x1f\x1f"
                           "https://linkedin.com/in/ines-duarte");
    h.frames(2);
    CHECK(h.app().navigator().current().screen == Screen::PersonEdit);
    CHECK(h.person_editor().draft.name == "Ines Duarte");
    CHECK(h.person_editor().draft.linkedin == "https://www.linkedin.com/in/ines-duarte");
    // Anything else: the inbox.
    h.app().open({Screen::Today, {}});
    h.app().handle_request("share:\x1f"
                           "A good article on diary studies\x1f"
                           "https://example.org/diary");
    h.frames(2);
    CHECK(h.app().snackbar().text == "Saved to your inbox");
    CHECK(h.store().notes().count_inbox() == 1);
}
