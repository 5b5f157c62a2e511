// Each record table's column list against the schema: a column added by a
// migration and forgotten in the list would never be read or saved.
#include "store/store.hpp"
#include "store/tables.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>

using namespace rapport;

namespace {

core::ManualClock test_clock(1'750'000'000'000);

std::set<std::string> schema_columns(store::Store& s, const std::string& table) {
    std::set<std::string> names;
    for (const std::string& c : s.backups().table_columns(table))
        if (c != "deleted_at") names.insert(c); // soft delete has its own statements
    return names;
}

template <class R> std::set<std::string> listed(const store::Table<R>& table) {
    const auto& c = table.written_columns();
    return {c.begin(), c.end()};
}

} // namespace

TEST_CASE("every record table lists each of its schema's columns once") {
    store::Error error;
    auto s = store::Store::open(":memory:", test_clock, error);
    REQUIRE_MESSAGE(s, error.message);
    CHECK(listed(store::people_table()) == schema_columns(*s, "person"));
    CHECK(listed(store::organisations_table()) == schema_columns(*s, "organisation"));
    CHECK(listed(store::conversations_table()) == schema_columns(*s, "conversation"));
    CHECK(listed(store::notes_table()) == schema_columns(*s, "note"));
    CHECK(listed(store::messages_table()) == schema_columns(*s, "message"));
    CHECK(listed(store::follow_ups_table()) == schema_columns(*s, "follow_up"));
    CHECK(listed(store::questions_table()) == schema_columns(*s, "question"));
    CHECK(listed(store::speeches_table()) == schema_columns(*s, "speech"));
    CHECK(listed(store::careers_table()) == schema_columns(*s, "career_option"));
    CHECK(listed(store::evidence_table()) == schema_columns(*s, "evidence"));
    const auto& people = store::people_table().written_columns();
    CHECK(std::set<std::string>(people.begin(), people.end()).size() == people.size());
}

TEST_CASE("an upsert never rewrites the id, the creation time or a kept column") {
    const std::string& sql = store::messages_table().upsert_sql();
    const std::string updates = sql.substr(sql.find("DO UPDATE SET"));
    CHECK(updates.find("body=excluded.body") != std::string::npos);
    CHECK(updates.find("updated_at=excluded.updated_at") != std::string::npos);
    CHECK(updates.find("id=excluded.id") == std::string::npos);
    CHECK(updates.find("created_at=") == std::string::npos);
    CHECK(updates.find("sent_at=") == std::string::npos);   // sending sets it, not a draft save
    CHECK(updates.find("person_id=") == std::string::npos); // a message stays with its person
}

TEST_CASE("a select list with an alias reads back as the record") {
    store::Error error;
    auto s = store::Store::open(":memory:", test_clock, error);
    REQUIRE(s);
    core::Person p;
    p.name = "Amara Osei";
    p.emails = {"amara@example.org", "a.osei@example.org"};
    p.research.education = "MSc Hydrology";
    p.last_interaction_at = 1'749'000'000'000;
    REQUIRE_FALSE(s->people().save(p));
    store::Statement q = s->database().prepare(
        "SELECT 42, " + store::people_table().select_list("x") + " FROM person x WHERE x.id = ?1");
    q.bind(1, p.id);
    REQUIRE(q.step());
    const core::Person read = store::people_table().read(q, 1);
    CHECK(read == p);
    CHECK(store::people_table().select_list("x").rfind("x.id, x.name, ", 0) == 0);
}
