#include "store/snippet.hpp"
#include "unit/store/store_fixture.hpp"

using namespace rapport;
using rapport::testing::kNow;
using rapport::testing::StoreFixture;

TEST_CASE("user text becomes a quoted FTS query with the last word as a prefix") {
    CHECK(store::fts_query_for("dan") == "\"dan\"*");
    CHECK(store::fts_query_for("dana kim") == "\"dana\" \"kim\"*");
    CHECK(store::fts_query_for("dana kim ") == "\"dana\" \"kim\"");
    CHECK(store::fts_query_for("NEAR(a b)") == "\"NEAR\" \"a\" \"b\"");
    CHECK(store::fts_query_for("\"\"\" * - ^ :").empty());
    CHECK(store::fts_query_for("title:secret") == "\"title\" \"secret\"*");
}

TEST_CASE_FIXTURE(StoreFixture, "search finds people, notes, conversations and answers") {
    core::Person p;
    p.name = "Amara Osei";
    p.role = "Senior UX Researcher";
    p.organisation = "Brightline Labs";
    p.research.specialty = "usability testing";
    REQUIRE_FALSE(store->people().save(p));
    core::Note note{.person_id = p.id, .body = "Portfolio matters more than the degree title"};
    REQUIRE_FALSE(store->notes().save(note));
    core::Conversation c;
    c.person_id = p.id;
    c.when = kNow;
    c.advice = "Start with research operations";
    c.questions = {{std::nullopt, "What do you do in a typical day?", "Synthesis sessions"}};
    REQUIRE_FALSE(store->conversations().save(c));

    auto kinds_for = [&](const std::string& text) {
        std::vector<std::string> kinds;
        for (const auto& hit : store->search().find(text))
            kinds.push_back(hit.kind);
        return kinds;
    };
    CHECK(kinds_for("amar") == std::vector<std::string>{"person"}); // prefix while typing
    CHECK(kinds_for("usability") == std::vector<std::string>{"person"});
    CHECK(kinds_for("portfolio") == std::vector<std::string>{"note"});
    CHECK(kinds_for("operations") == std::vector<std::string>{"conversation"});
    CHECK(kinds_for("synthesis") == std::vector<std::string>{"answer"});
    const auto hits = store->search().find("portfolio");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].person_name == "Amara Osei");
    CHECK(hits[0].snippet.find("\x02Portfolio\x03") != std::string::npos);
    // A person's excerpt keeps their fields apart, as their card does.
    const auto people = store->search().find("usability");
    REQUIRE(people.size() == 1);
    CHECK(people[0].snippet ==
          "Senior UX Researcher \xc2\xb7 Brightline Labs \xc2\xb7 \x02usability\x03 testing");
}

TEST_CASE_FIXTURE(StoreFixture, "search follows edits and deletes") {
    core::Person p;
    p.name = "Daniel Kim";
    REQUIRE_FALSE(store->people().save(p));
    core::Note note{.person_id = p.id, .body = "zebra crossing"};
    REQUIRE_FALSE(store->notes().save(note));
    note.body = "giraffe";
    REQUIRE_FALSE(store->notes().save(note));
    CHECK(store->search().find("zebra").empty());
    CHECK(store->search().find("giraffe").size() == 1);
    p.name = "Daniel Kimura";
    REQUIRE_FALSE(store->people().save(p));
    CHECK(store->search().find("kimura").size() == 1);
    REQUIRE_FALSE(store->people().remove(p.id));
    CHECK(store->search().find("kimura").empty());
    CHECK(store->search().find("giraffe").empty()); // their notes go with them
}

TEST_CASE_FIXTURE(StoreFixture, "accents are folded: 'nguyen' finds 'Nguyễn'") {
    add("Chloé Nguyễn-Berg");
    CHECK(store->search().find("nguyen").size() == 1);
    CHECK(store->search().find("chloe").size() == 1);
}

TEST_CASE_FIXTURE(StoreFixture, "hostile text never errors") {
    add("Sam O'Connor");
    const std::string hostile[] = {"\"",
                                   "\"unterminated",
                                   "NEAR(",
                                   "*",
                                   "a OR",
                                   "AND NOT",
                                   "title:x",
                                   "-",
                                   "^start",
                                   "(((",
                                   "'; DROP TABLE person; --",
                                   "👋🏽 hello",
                                   "\x01\x02",
                                   "O'Connor",
                                   std::string(10 * 1024, 'a'),
                                   std::string(5000, '"') + "x"};
    for (const std::string& text : hostile) {
        CAPTURE(text.substr(0, 40));
        store->search().find(text); // must not throw or fail
        CHECK(store->database().scalar("SELECT count(*) FROM person") == 1);
    }
    CHECK(store->search().find("o'connor").size() == 1);
}

TEST_CASE("snippets show the words around the first match, highlighted") {
    const std::string text =
        "We talked for a while. Then she said the portfolio matters more than the degree title, "
        "and that portfolios should show process.";
    const std::string s = store::make_snippet(text, store::search_terms("portfolio"), 3);
    CHECK(s == "…she said the \x02portfolio\x03 matters more than…");
    CHECK(store::make_snippet("Short note", {"zzz"}) == "Short note");
    CHECK(store::make_snippet("", {"a"}).empty());
    CHECK(store::search_terms("Dana  O'Connor!") ==
          std::vector<std::string>{"dana", "o", "connor"});
}
