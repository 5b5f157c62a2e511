// Import (preview, then all or nothing), exports that round-trip, and the
// JSON backup that restores identical rows.
#include "interop/contact_import.hpp"
#include "interop/exports.hpp"
#include "store/demo_data.hpp"
#include "unit/store/store_fixture.hpp"

#include <algorithm>
#include <thread>

using namespace rapport;
using rapport::testing::StoreFixture;
using Kind = store::ImportRow::Kind;

namespace {

const std::string kHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected "
                            "On\r\n";
const std::string kConnections =
    "Notes:\r\n\"Some addresses are missing.\"\r\n\r\n" + kHeader +
    "Amara,Osei,https://www.linkedin.com/in/amara-osei,,Brightline Labs,Senior UX "
    "Researcher,24 Aug 2023\r\n"
    "Daniel,Kim,https://www.linkedin.com/in/danielkim,daniel.kim@example.org,Fieldstone "
    "Farms,Operations Lead,03 Jan 2022\r\n"
    ",,,,,,12 Feb 2021\r\n";

store::ImportPlan plan(StoreFixture& f, const std::string& text) {
    const core::ImportParse parsed = interop::parse_contacts(text);
    REQUIRE_MESSAGE(parsed.ok(), parsed.error);
    return f.store->imports().plan(parsed);
}

// Every row of a table, as text, in primary-key order.
std::vector<std::string> rows_of(store::Store& s, const std::string& table) {
    std::vector<std::string> rows;
    store::Statement q = s.database().prepare("SELECT * FROM " + table + " ORDER BY 1");
    while (q.step()) {
        std::string row;
        for (int c = 0; c < q.column_count(); ++c)
            row += (q.is_null(c) ? "∅" : q.text(c)) + "|";
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("a LinkedIn import adds people with their position and date, importing it again "
          "changes nothing") {
    StoreFixture f;
    store::ImportPlan first = plan(f, kConnections);
    REQUIRE(first.rows.size() == 2);
    CHECK(first.count(Kind::New) == 2);
    store::ImportOutcome outcome;
    REQUIRE_FALSE(f.store->imports().apply(first, outcome));
    CHECK(outcome.added == 2);
    const auto amara = f.store->people().find_by_name("Amara Osei");
    REQUIRE(amara);
    CHECK(amara->source == core::Source::LinkedInConnection);
    CHECK(amara->role == "Senior UX Researcher");
    CHECK(amara->linkedin == "https://www.linkedin.com/in/amara-osei");
    CHECK(f.store->notes().person_has_note(amara->id,
                                           "Connected on LinkedIn on 2023-08-24 · Senior UX "
                                           "Researcher at Brightline Labs"));

    const auto before_people = rows_of(*f.store, "person");
    const auto before_notes = rows_of(*f.store, "note");
    f.clock.advance(core::kDay);
    store::ImportPlan again = plan(f, kConnections);
    CHECK(again.count(Kind::Same) == 2);
    REQUIRE_FALSE(f.store->imports().apply(again, outcome));
    CHECK(outcome.added == 0);
    CHECK(outcome.merged == 0);
    CHECK(rows_of(*f.store, "person") == before_people);
    CHECK(rows_of(*f.store, "note") == before_notes);
}

TEST_CASE("a new position since the last import shows as a change and is kept with the old one") {
    StoreFixture f;
    store::ImportOutcome outcome;
    REQUIRE_FALSE(f.store->imports().apply(plan(f, kConnections), outcome));
    const std::string moved =
        kHeader + "Amara,Osei,https://www.linkedin.com/in/amara-osei,,Northwind,Research "
                  "Director,24 Aug 2023\r\n";
    store::ImportPlan p = plan(f, moved);
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].kind == Kind::Changed);
    CHECK(p.rows[0].reason == "same LinkedIn profile");
    CHECK(p.rows[0].changes ==
          std::vector<std::string>{"organisation now Northwind (was Brightline Labs)",
                                   "role now Research Director (was Senior UX Researcher)"});
    REQUIRE_FALSE(f.store->imports().apply(p, outcome));
    const auto amara = f.store->people().find_by_name("Amara Osei");
    CHECK(amara->organisation == "Northwind");
    CHECK(amara->role == "Research Director");
    CHECK(f.store->notes().person_has_note(amara->id,
                                           "Now Research Director at Northwind (was Senior UX "
                                           "Researcher at Brightline Labs), from the LinkedIn "
                                           "connections import"));
}

TEST_CASE("a duplicate found by email can be merged or skipped, row by row") {
    StoreFixture f;
    core::Person daniel;
    daniel.name = "Daniel Kim";
    daniel.emails = {"daniel.kim@example.org"};
    REQUIRE_FALSE(f.store->people().save(daniel));
    store::ImportPlan p = plan(f, kConnections);
    REQUIRE(p.rows.size() == 2);
    const store::ImportRow& row = p.rows[1];
    CHECK(row.kind == Kind::Duplicate);
    CHECK(row.person_id == daniel.id);
    CHECK(row.reason == "same email");
    p.rows[1].merge = false;
    store::ImportOutcome outcome;
    REQUIRE_FALSE(f.store->imports().apply(p, outcome));
    CHECK(outcome.added == 1);
    CHECK(outcome.skipped == 1);
    CHECK(f.store->people().find(daniel.id)->linkedin.empty()); // skipped: untouched
    CHECK(f.store->people().count() == 2);

    store::ImportPlan merge = plan(f, kConnections);
    REQUIRE_FALSE(f.store->imports().apply(merge, outcome));
    CHECK(outcome.merged == 1);
    CHECK(f.store->people().find(daniel.id)->linkedin == "https://www.linkedin.com/in/danielkim");
    CHECK(f.store->people().find(daniel.id)->organisation == "Fieldstone Farms");
}

TEST_CASE("a large import cancelled halfway leaves nothing half-imported") {
    StoreFixture f;
    std::string big = kHeader;
    for (int i = 0; i < 4000; ++i)
        big += "Person,Number" + std::to_string(i) + ",https://www.linkedin.com/in/p" +
               std::to_string(i) + ",,Org " + std::to_string(i % 50) + ",Analyst,1 Mar 2024\r\n";
    store::ImportPlan p = plan(f, big);
    REQUIRE(p.count(Kind::New) == 4000);
    store::ImportProgress progress;
    store::ImportOutcome outcome;
    store::Error error;
    std::thread worker([&] { error = f.store->imports().apply(p, outcome, &progress); });
    while (progress.done < 2000 && !error)
        std::this_thread::yield();
    progress.cancel = true;
    worker.join();
    CHECK(error.kind == store::ErrorKind::Invalid);
    CHECK(error.message.find("cancelled") != std::string::npos);
    CHECK(f.store->people().count() == 0);
    CHECK(f.store->notes().count() == 0);
}

TEST_CASE("exported vCards import into an empty database as the same people") {
    StoreFixture a;
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(*a.store, 36, summary));
    const core::ExportSet set = a.store->exports().collect();
    const std::string vcf = interop::export_vcards(set);

    StoreFixture b;
    store::ImportPlan p = plan(b, vcf);
    CHECK(p.count(Kind::New) == 36);
    store::ImportOutcome outcome;
    REQUIRE_FALSE(b.store->imports().apply(p, outcome));
    const core::ExportSet back = b.store->exports().collect();
    REQUIRE(back.people.size() == set.people.size());
    for (size_t i = 0; i < set.people.size(); ++i) {
        const core::Person& x = set.people[i];
        const core::Person& y = back.people[i];
        CHECK(y.id == x.id); // UID kept
        CHECK(y.name == x.name);
        CHECK(y.organisation == x.organisation);
        CHECK(y.role == x.role);
        CHECK(y.emails == x.emails);
        CHECK(y.phones == x.phones);
        CHECK(y.linkedin == x.linkedin);
        CHECK(y.tags == x.tags);
        CHECK(y.referred_by == x.referred_by); // RELATED
    }
    // And importing the same file again changes nothing.
    CHECK(plan(b, vcf).count(Kind::Same) == 36);
}

TEST_CASE("the JSON backup restores into an empty database with identical rows") {
    StoreFixture a;
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(*a.store, 36, summary));
    std::string json;
    REQUIRE_FALSE(a.store->backups().to_json(json));

    StoreFixture b;
    auto schema = [&b] { // every table, index and trigger, in any order
        std::vector<std::string> rows = rows_of(*b.store, "sqlite_master");
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    const std::vector<std::string> schema_before = schema();
    REQUIRE_FALSE(b.store->backups().restore(json, false));
    // The index triggers, set aside while restoring, are back exactly.
    CHECK(schema() == schema_before);
    for (const char* table :
         {"person", "person_email", "organisation", "stage_change", "conversation",
          "conversation_question", "note", "message", "follow_up", "question", "career_option",
          "evidence", "profile", "speech"})
        CHECK_MESSAGE(rows_of(*b.store, table) == rows_of(*a.store, table), std::string(table));
    // The search index was rebuilt from the restored rows.
    const auto someone = a.store->exports().collect().people.front();
    CHECK_FALSE(b.store->search().find(someone.name).empty());
}

TEST_CASE("restoring over existing data asks first, and bad backups change nothing") {
    StoreFixture f;
    const core::Person kept = f.add("Amara Osei", "Brightline Labs");
    StoreFixture other;
    other.add("Daniel Kim");
    std::string json;
    REQUIRE_FALSE(other.store->backups().to_json(json));

    const store::Error refused = f.store->backups().restore(json, false);
    CHECK(refused.kind == store::ErrorKind::Invalid);
    CHECK(refused.message.find("replaces") != std::string::npos);
    CHECK(f.store->people().find(kept.id));

    SUBCASE("malformed JSON names the line") {
        const store::Error e =
            f.store->backups().restore("{\n\"format\": \"rapport-backup\",\n", true);
        CHECK(e.kind == store::ErrorKind::Invalid);
        CHECK(e.message.rfind("Line 3", 0) == 0);
    }
    SUBCASE("a backup from a newer Rapport") {
        std::string newer = json;
        const size_t at = newer.find("\"schema\": ");
        REQUIRE(at != std::string::npos);
        newer.replace(at, 11, "\"schema\": 99");
        CHECK(f.store->backups().restore(newer, true).kind == store::ErrorKind::TooNew);
    }
    SUBCASE("members of the wrong kind") {
        for (const char* odd : {R"({"format": 1, "version": 1, "schema": 1, "tables": {}})",
                                R"({"format": "rapport-backup", "version": "1", "tables": {}})",
                                R"({"format": "rapport-backup", "version": 1, "schema": 1,
                                    "tables": []})"}) {
            const store::Error e = f.store->backups().restore(odd, true);
            CHECK(e.kind != store::ErrorKind::None);
        }
    }
    SUBCASE("a table without rows or columns") {
        for (const char* broken : {R"({"format": "rapport-backup", "version": 1, "schema": 1,
                  "tables": {"person": {"columns": ["id"]}}})",
                                   R"({"format": "rapport-backup", "version": 1, "schema": 1,
                  "tables": {"note": {"rows": []}}})",
                                   R"({"format": "rapport-backup", "version": 1, "schema": 1,
                  "tables": {"person": []}})"}) {
            const store::Error e = f.store->backups().restore(broken, true);
            CHECK(e.kind == store::ErrorKind::Invalid);
            CHECK(e.message.find("needs columns and rows") != std::string::npos);
        }
    }
    SUBCASE("a row with the wrong number of values") {
        std::string broken = json;
        const size_t at = broken.find("\"Daniel Kim\"");
        REQUIRE(at != std::string::npos);
        broken.replace(at, 12, "\"Daniel Kim\", 1");
        const store::Error e = f.store->backups().restore(broken, true);
        CHECK(e.message.find("person, row 1") != std::string::npos);
    }
    CHECK(f.store->people().find(kept.id)); // nothing changed
    CHECK(f.store->people().count() == 1);

    REQUIRE_FALSE(f.store->backups().restore(json, true));
    CHECK_FALSE(f.store->people().find(kept.id));
    CHECK(f.store->people().find_by_name("Daniel Kim"));
    CHECK(f.store->search().find("Amara").empty()); // the index follows the rows
    // Restoring the same backup again (same ids) works too.
    REQUIRE_FALSE(f.store->backups().restore(json, true));
    CHECK(f.store->search().find("Daniel").size() == 1);
}

TEST_CASE("the calendar has a VEVENT per conversation and a VTODO with an alarm per open "
          "follow-up") {
    StoreFixture f;
    store::DemoSummary summary;
    REQUIRE_FALSE(store::fill_demo(*f.store, 36, summary));
    const core::ExportSet set = f.store->exports().collect();
    const std::string ics = interop::export_calendar(set, f.clock.now());
    auto count = [&](const std::string& what) {
        size_t n = 0;
        for (size_t at = ics.find(what); at != std::string::npos; at = ics.find(what, at + 1))
            ++n;
        return n;
    };
    CHECK(count("BEGIN:VEVENT\r\n") == set.conversations.size());
    CHECK(count("BEGIN:VTODO\r\n") == set.follow_ups.size());
    size_t open = 0;
    for (const core::FollowUp& fu : set.follow_ups)
        open += !fu.done_at;
    CHECK(count("BEGIN:VALARM\r\n") == open);
    CHECK(count("STATUS:COMPLETED\r\n") == set.follow_ups.size() - open);
    CHECK(ics.find("UID:" + set.conversations.front().id + "@rapport\r\n") != std::string::npos);
    // Stable: the same data gives the same calendar.
    CHECK(interop::export_calendar(f.store->exports().collect(), f.clock.now()) == ics);
}
