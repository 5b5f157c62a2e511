// What a sync sends: every record the server lacks or holds older, and
// nothing else -- read on every sync, so it must neither miss an edit nor
// resend a whole database.
#include "store/demo_data.hpp"
#include "store/sync_repository.hpp"
#include "unit/store/store_fixture.hpp"

#include <algorithm>

using namespace rapport;

namespace {

// As a sync leaves it: every record on the server, its base what it is now.
void mark_all_synced(store::Store& store, const std::string& device) {
    store::SyncRepository& sync = store.sync();
    for (const std::string& table : store::SyncRepository::tables())
        for (const store::LocalRecord& local : sync.records(table, device)) {
            if (local.deleted) continue;
            REQUIRE_FALSE(sync.save_item({table, local.record.id, "/c/" + local.record.id, "\"e1\"",
                                          local.record.fields, local.record.stamp, ""}));
        }
}

size_t unsynced_count(store::Store& store, const std::string& device) {
    size_t n = 0;
    for (const std::string& table : store::SyncRepository::tables())
        n += store.sync().unsynced(table, device).size();
    return n;
}

} // namespace

TEST_CASE("a sync sends every record never sent, then only what changed since") {
    testing::StoreFixture f;
    store::DemoSummary demo;
    REQUIRE_FALSE(store::fill_demo(*f.store, 12, demo));
    const std::string device = "device-a";
    const size_t all = unsynced_count(*f.store, device);
    CHECK(all > 60); // people, notes, conversations with questions, built-in questions…

    mark_all_synced(*f.store, device);
    CHECK(unsynced_count(*f.store, device) == 0);

    // A note edited, a conversation's answer given, a person deleted.
    store::Statement pick = f.store->database().prepare("SELECT id FROM note LIMIT 1");
    REQUIRE(pick.step());
    auto note = f.store->notes().find(pick.text(0));
    REQUIRE(note);
    note->body += " and one more line";
    f.clock.advance(1000);
    REQUIRE_FALSE(f.store->notes().save(*note));
    store::Statement asked =
        f.store->database().prepare("SELECT conversation_id FROM conversation_question LIMIT 1");
    REQUIRE(asked.step());
    const std::string conversation = asked.text(0);
    REQUIRE_FALSE(f.store->database().exec(
        "UPDATE conversation_question SET answer = 'They hire in spring' WHERE conversation_id = "
        "'" +
        conversation +
        "' AND position = (SELECT min(position) FROM conversation_question WHERE "
        "conversation_id = '" +
        conversation + "')"));
    store::Statement first = f.store->database().prepare("SELECT id FROM person LIMIT 1");
    REQUIRE(first.step());
    const std::string person_id = first.text(0);
    REQUIRE_FALSE(f.store->people().remove(person_id));

    const auto notes = f.store->sync().unsynced("note", device);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].record.id == note->id);
    const auto conversations = f.store->sync().unsynced("conversation", device);
    REQUIRE(conversations.size() == 1);
    CHECK(conversations[0].record.id == conversation);
    const auto people = f.store->sync().unsynced("person", device);
    REQUIRE(people.size() >= 1);
    CHECK(std::any_of(people.begin(), people.end(), [&](const store::LocalRecord& r) {
        return r.record.id == person_id && r.deleted;
    }));
}

TEST_CASE("a record whose item lost its ETag, or never had one, is sent again") {
    testing::StoreFixture f;
    const core::Person ana = f.add("Ana Ruiz");
    const std::string device = "device-a";
    mark_all_synced(*f.store, device);
    CHECK(f.store->sync().unsynced("person", device).empty());
    auto item = f.store->sync().item("person", ana.id);
    REQUIRE(item);
    item->etag.clear(); // an edit that beat a delete there: back up as new
    REQUIRE_FALSE(f.store->sync().save_item(*item));
    const auto again = f.store->sync().unsynced("person", device);
    REQUIRE(again.size() == 1);
    CHECK(again[0].record.id == ana.id);
}
