// Two devices of one person, offline edits on both, then sync A, B, A:
// identical rows, both edits kept, the conflict's loser recorded, a delete
// propagated and never resurrected.
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::testing::kStart;
using rapport::testing::LocalServer;
using rapport::testing::SyncDevice;

namespace {

void require_synced(SyncDevice& device) {
    const sync::SyncOutcome outcome = device.sync();
    INFO(outcome.error.detail);
    REQUIRE_FALSE(outcome.error);
}

} // namespace

TEST_CASE("two devices edit offline and end identical, both edits kept, the loser recorded") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart), b(kStart + 5 * core::kSecond);
    a.join(server.url());
    core::Person amara = a.add_person("Amara Osei");
    amara.role = "Designer";
    amara.emails = {"amara@old.example"};
    REQUIRE_FALSE(a.store().people().save(amara));
    const core::Person ben = a.add_person("Ben Carter");
    const core::Person chen = a.add_person("Chen Liu");
    require_synced(a);
    b.join(server.url());
    require_synced(b);
    REQUIRE(b.store().people().find_by_name("Amara Osei"));
    CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));

    // Offline: A changes the role, B the email (different fields); both
    // change the research notes (the same field), B later; A deletes Ben;
    // B writes 500 notes about Chen.
    a.clock().advance(core::kMinute);
    b.clock().advance(core::kMinute);
    core::Person on_a = *a.store().people().find(amara.id);
    on_a.role = "Lead designer";
    on_a.research.notes = "Met at the alumni fair (A)";
    REQUIRE_FALSE(a.store().people().save(on_a));
    REQUIRE_FALSE(a.store().people().remove(ben.id));
    b.clock().advance(core::kMinute); // B's edit is the later one
    core::Person on_b = *b.store().people().find(amara.id);
    on_b.emails = {"amara@new.example"};
    on_b.research.notes = "Runs the design guild (B)";
    REQUIRE_FALSE(b.store().people().save(on_b));
    for (int i = 0; i < 500; ++i) {
        core::Note note;
        note.person_id = chen.id;
        note.body = "Note " + std::to_string(i) + " about Chen";
        REQUIRE_FALSE(b.store().notes().save(note));
    }

    require_synced(a);
    const sync::SyncOutcome on_b_sync = b.sync();
    REQUIRE_FALSE(on_b_sync.error);
    CHECK(on_b_sync.summary.conflicts == 1);
    const sync::SyncOutcome on_a_sync = a.sync();
    REQUIRE_FALSE(on_a_sync.error);
    CHECK(on_a_sync.summary.conflicts == 1); // A hears its edit was replaced

    CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));
    const core::Person merged = *a.store().people().find(amara.id);
    CHECK(merged.role == "Lead designer");                                 // A's field
    CHECK(merged.emails == std::vector<std::string>{"amara@new.example"}); // B's field
    CHECK(merged.research.notes == "Runs the design guild (B)");           // the later edit
    // The value that lost is kept where the conflict was decided, shown on
    // the person.
    const auto conflicts = b.store().sync().conflicts("person", amara.id);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].conflict.field == "research_notes");
    CHECK(conflicts[0].conflict.lost == "Met at the alumni fair (A)");
    CHECK(conflicts[0].conflict.kept == "Runs the design guild (B)");
    CHECK_FALSE(conflicts[0].conflict.local_lost);
    // And on the device whose edit lost, which can take it back too.
    const auto lost_on_a = a.store().sync().conflicts("person", amara.id);
    REQUIRE(lost_on_a.size() == 1);
    CHECK(lost_on_a[0].conflict.field == "research_notes");
    CHECK(lost_on_a[0].conflict.lost == "Met at the alumni fair (A)");
    CHECK(lost_on_a[0].conflict.kept == "Runs the design guild (B)");
    CHECK(lost_on_a[0].conflict.local_lost);

    CHECK_FALSE(b.store().people().find(ben.id));
    CHECK(testing::live_rows(a.store(), "note") == 500);

    // More rounds change nothing: Ben stays deleted, nothing moves.
    require_synced(b);
    const sync::SyncOutcome again = a.sync();
    REQUIRE_FALSE(again.error);
    CHECK(again.summary.text() == "Nothing to do");
    CHECK(a.store().sync().conflicts().size() == 1); // told once, not every sync

    // A takes its value back: it wins everywhere, and B's list, whose
    // choice was made for it, empties.
    a.clock().advance(core::kMinute);
    REQUIRE_FALSE(a.store().sync().take_back(lost_on_a[0].row));
    require_synced(a);
    require_synced(b);
    CHECK(b.store().people().find(amara.id)->research.notes == "Met at the alumni fair (A)");
    CHECK(b.store().sync().conflicts().empty());
    CHECK(a.store().sync().conflicts().empty());
    CHECK_FALSE(a.store().people().find(ben.id));
    CHECK_FALSE(b.store().people().find(ben.id));
    CHECK(testing::integrity(a.store()) == "ok");
    CHECK(testing::integrity(b.store()) == "ok");
}

TEST_CASE("an edit beats a delete, whichever side made which") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart), b(kStart);
    a.join(server.url());
    const core::Person dana = a.add_person("Dana Whitfield");
    require_synced(a);
    b.join(server.url());
    require_synced(b);

    // B deletes Dana while A edits her: she comes back on B with A's edit.
    REQUIRE_FALSE(b.store().people().remove(dana.id));
    a.clock().advance(core::kMinute);
    core::Person edited = *a.store().people().find(dana.id);
    edited.role = "Recruiter";
    REQUIRE_FALSE(a.store().people().save(edited));
    require_synced(a);
    require_synced(b);
    require_synced(a);
    REQUIRE(b.store().people().find(dana.id));
    CHECK(b.store().people().find(dana.id)->role == "Recruiter");
    REQUIRE(a.store().people().find(dana.id));

    // A deletes her after B edits, with B syncing first: the edit still wins.
    b.clock().advance(core::kHour);
    core::Person on_b = *b.store().people().find(dana.id);
    on_b.location = "Austin, TX";
    REQUIRE_FALSE(b.store().people().save(on_b));
    require_synced(b);
    REQUIRE_FALSE(a.store().people().remove(dana.id));
    require_synced(a);
    require_synced(b);
    REQUIRE(a.store().people().find(dana.id));
    CHECK(a.store().people().find(dana.id)->location == "Austin, TX");
    CHECK(testing::synced_rows(a.store()) == testing::synced_rows(b.store()));
}

TEST_CASE("once a device has run the web app, every device's conversation events link to its "
          "capture there") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice phone(kStart), laptop(kStart + 5 * core::kSecond);
    phone.join(server.url());
    // The web app on the phone says where it lives (web_main does this at start).
    REQUIRE_FALSE(
        phone.store().sync().set_shared_setting("web_app", "https://rapport.example/app/"));
    const core::Person amara = phone.add_person("Amara Osei");
    core::Conversation c;
    c.person_id = amara.id;
    c.when = kStart + core::kDay;
    c.duration_minutes = 30;
    REQUIRE_FALSE(phone.store().conversations().save(c));
    require_synced(phone);
    const std::string link = "URL;VALUE=URI:https://rapport.example/app/#capture=" + c.id + "\r\n";
    // What was sent, with its long lines unfolded (RFC 5545 folds at 75 octets).
    const auto unfolded = [](std::string raw) {
        for (size_t at = raw.find("\r\n "); at != std::string::npos; at = raw.find("\r\n ", at))
            raw.erase(at, 3);
        return raw;
    };
    const auto on_phone = phone.store().sync().item("conversation", c.id);
    REQUIRE(on_phone);
    CHECK(unfolded(on_phone->raw).find(link) != std::string::npos);

    // The laptop learns the address by sync, and its own writes link there too.
    laptop.join(server.url());
    require_synced(laptop);
    CHECK(laptop.store().sync().shared_setting("web_app") == "https://rapport.example/app/");
    laptop.clock().set(kStart + core::kHour);
    REQUIRE_FALSE(laptop.store().conversations().move(c.id, kStart + 2 * core::kDay));
    require_synced(laptop);
    const auto on_laptop = laptop.store().sync().item("conversation", c.id);
    REQUIRE(on_laptop);
    const std::string sent = unfolded(on_laptop->raw);
    CHECK(sent.find(link) != std::string::npos);
    CHECK(sent.find("URL") == sent.rfind("URL;")); // one link, not two
}
