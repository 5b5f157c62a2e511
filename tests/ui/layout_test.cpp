// Every screen holds its layout at the smallest and the largest text size,
// from a 320 px phone to a laptop, a phone on its side too: with names in several scripts and the
// demo's people, notes and conversations on it, no two controls share a
// spot (a tap means one thing), none leaves the screen, and a line cut to fit
// keeps enough of itself to be read (never "…" for 王芳 or "É…" for Émilie).
#include "store/demo_data.hpp"
#include "ui/harness.hpp"
#include "unit/temp_dir.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <string>
#include <vector>

using rapport::testing::Harness;
namespace ui = rapport::ui;
namespace store = rapport::store;
namespace core = rapport::core;

namespace {

std::string first_id(Harness& h, const char* sql) {
    store::Statement query = h.store().database().prepare(sql);
    REQUIRE(query.step());
    return query.text(0);
}

// The demo, plus names that are short in characters but wide or narrow in
// glyphs, and one very long name.
void fill(Harness& h) {
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(h.store(), 24, summary));
    for (const char* name : {"王芳", "Émilie Laurent", "Zeynep Yılmaz", "Ана Петрова",
                             "Maximiliano Alejandro Fernández-Villanueva de la Cruz"}) {
        core::Person person;
        person.name = name;
        person.organisation = "Municipal Water Authority of the Greater Metropolitan Area";
        person.role = "Senior Principal Environmental Data Engineer";
        // Every way to reach them, so the row of contact buttons is full.
        person.emails = {"someone@water-authority.example.org"};
        person.phones = {"+1 555 0100"};
        person.linkedin = "https://www.linkedin.com/in/someone";
        REQUIRE_FALSE(h.store().people().save(person));
        if (person.name.rfind("Maximiliano", 0) != 0) continue;
        // The longest name's conversation ended ten minutes ago: Today asks
        // for its notes, and capture offers its questions (35 minutes long,
        // which the demo's are not, so the places below can find it).
        core::Conversation ended;
        ended.person_id = person.id;
        ended.when = h.clock().now() - 45 * core::kMinute;
        ended.duration_minutes = 35;
        ended.questions = {
            {std::nullopt, "What does a typical week look like for an environmental data engineer?",
             ""},
            {std::nullopt, "Which courses or certifications helped you most?", ""}};
        REQUIRE_FALSE(h.store().conversations().save(ended));
    }
}

// Contacts to import: one already here by email with a new role (merge or
// skip), one already here as it is, one new.
constexpr const char* kImport =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maximiliano Alejandro Fernández-Villanueva de la "
    "Cruz\r\nEMAIL:someone@water-authority.example.org\r\nTITLE:Chief Hydrologist\r\nEND:"
    "VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nEMAIL:someone@water-authority.example."
    "org\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jordan Lee\r\nEND:VCARD\r\n";

// The New person form after Save found someone already here.
void duplicate_found(Harness& h, const std::string&) {
    h.tap("Name");
    h.type("Maximiliano Alejandro Fernández-Villanueva de la Cruz");
    h.reveal("Email");
    h.tap("Email");
    h.type("someone@water-authority.example.org");
    h.tap("Save");
    h.frames(2);
    REQUIRE_FALSE(h.person_editor().duplicates.empty());
}

// The import preview of kImport.
void import_previewed(Harness& h, const std::string& folder) {
    const std::string path = folder + "/contacts.vcf";
    std::ofstream(path) << kImport;
    h.app().actions().add(ui::PreviewImport{path});
    h.frames(1);
    for (int i = 0; i < 500 && h.import_job().state() == ui::ImportJob::State::Reading; ++i)
        h.frames(1);
    h.frames(2);
    REQUIRE(h.import_job().state() == ui::ImportJob::State::Previewed);
}

struct Place {
    ui::Screen screen;
    const char* argument_sql; // the route's argument, or nullptr
    // What a person does there first (given a folder for files), if anything.
    void (*then)(Harness&, const std::string&) = nullptr;
};

const std::vector<Place>& places() {
    static const std::vector<Place> all = {
        {ui::Screen::Today, nullptr},
        {ui::Screen::People, nullptr},
        {ui::Screen::Prepare, nullptr},
        {ui::Screen::Careers, nullptr},
        {ui::Screen::Capture, nullptr},
        {ui::Screen::Settings, nullptr},
        {ui::Screen::Speech, nullptr},
        {ui::Screen::Data, nullptr},
        {ui::Screen::Inbox, nullptr},
        {ui::Screen::Heard, nullptr},
        {ui::Screen::Templates, nullptr},
        {ui::Screen::Scheduled, nullptr},
        {ui::Screen::Person, "SELECT id FROM person WHERE name = 'Maximiliano Alejandro "
                             "Fernández-Villanueva de la Cruz'"},
        {ui::Screen::Person, "SELECT person_id FROM conversation ORDER BY rowid LIMIT 1"},
        {ui::Screen::PersonEdit, "SELECT person_id FROM conversation ORDER BY rowid LIMIT 1"},
        {ui::Screen::Compose, "SELECT person_id FROM conversation ORDER BY rowid LIMIT 1"},
        {ui::Screen::PlanConversation, "SELECT person_id FROM conversation ORDER BY rowid LIMIT 1"},
        {ui::Screen::Debrief, "SELECT id FROM conversation ORDER BY rowid LIMIT 1"},
        {ui::Screen::Note, "SELECT id FROM note ORDER BY rowid LIMIT 1"},
        {ui::Screen::Career, "SELECT id FROM career_option ORDER BY rowid LIMIT 1"},
        {ui::Screen::Person, "SELECT id FROM person WHERE name = '王芳'"},
        {ui::Screen::PersonEdit, nullptr, duplicate_found},
        {ui::Screen::Data, nullptr, import_previewed},
        {ui::Screen::Capture, "SELECT id FROM conversation WHERE duration_minutes = 35"},
    };
    return all;
}

bool is_destination(const std::string& label) {
    for (const char* tab : {"Today", "People", "Prepare", "Careers", "Settings"})
        if (label == tab) return true;
    return false;
}

void check_layout(Harness& h, ImVec2 size) {
    const auto& hits = h.context().hits.all();
    CHECK_FALSE(hits.empty());
    for (size_t i = 0; i < hits.size(); ++i) {
        const auto& a = hits[i];
        CAPTURE(a.label);
        // Nothing pushed off the side: a row that does not fit wraps.
        // (Sideways strips scroll, and clip what is beyond their edge.)
        CHECK(a.min.x >= -0.5f);
        CHECK(a.max.x <= size.x + 0.5f);
        for (size_t j = i + 1; j < hits.size(); ++j) {
            const auto& b = hits[j];
            // The raised (+) floats over the screen's content (and takes the
            // taps there, as its own window on top); only the bar's other
            // destinations must stay clear of it.
            if ((a.label == "Capture" && !is_destination(b.label)) ||
                (b.label == "Capture" && !is_destination(a.label)))
                continue;
            const bool overlap = a.min.x + 1 < b.max.x && b.min.x + 1 < a.max.x &&
                                 a.min.y + 1 < b.max.y && b.min.y + 1 < a.max.y;
            CHECK_MESSAGE(!overlap, a.label << " overlaps " << b.label);
        }
    }
    for (const ui::ShortenedLine& line : h.context().shortened) {
        CAPTURE(line.text);
        CHECK(line.kept >= 4);
    }
}

} // namespace

TEST_CASE("every screen holds its layout at 85 % and 160 % text, 320 px to 1280 px, upright and on "
          "its side") {
    rapport::testing::TempDir temp;
    for (const float text_size : {0.85f, 1.6f}) {
        const std::string settings = temp.file("settings-" + std::to_string(text_size) + ".ini");
        std::ofstream(settings) << "text_size = " << text_size << "\n";
        for (const ImVec2 size : {ImVec2(320, 640), ImVec2(420, 860), ImVec2(844, 390),
                                  ImVec2(768, 1024), ImVec2(1280, 800)}) {
            for (const Place& place : places()) {
                Harness h(size, {ui::Screen::Today, {}}, settings);
                fill(h);
                const std::string argument =
                    place.argument_sql ? first_id(h, place.argument_sql) : "";
                h.app().reload();
                h.app().open({place.screen, argument});
                h.frames(4);
                if (place.then) place.then(h, temp.path());
                CAPTURE(text_size);
                CAPTURE(size.x);
                CAPTURE(static_cast<int>(place.screen));
                CAPTURE(argument);
                if (!place.then) REQUIRE(h.app().navigator().current().screen == place.screen);
                check_layout(h, size);
            }
        }
    }
}
