// Settings → Sync driven as a person would, against a real Radicale: the
// setup form and its answers, the syncs that run by themselves after a
// change and while the server is down, and the values that lost a conflict.
#include "features/all_features.hpp"
#include "features/sync/sync_feature.hpp"
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"
#include "ui/harness.hpp"

#include <doctest/doctest.h>

#include <map>
#include <memory>

using namespace rapport;
using rapport::testing::Harness;
using rapport::testing::LocalServer;
using rapport::testing::SyncDevice;

namespace {

// The keyring as the shell lends it, kept in memory (the real one needs a
// desktop session; platform/keyring_secret.cpp is tested on its own bus).
struct FakeKeyring {
    std::map<std::string, std::string> passwords; // "server user" -> password
};

// A keyring that holds the test server's password, as after a setup.
FakeKeyring knows_password(const LocalServer& server) {
    FakeKeyring keyring;
    keyring.passwords[server.url() + " " + LocalServer::kUser] = LocalServer::kPassword;
    return keyring;
}

ui::Feature::Factory with_sync(FakeKeyring& keyring) {
    return [&keyring](ui::Shell& shell) {
        ui::SyncConnection connection;
        connection.http = [](ports::HttpWait&) { return platform::make_curl_client(); };
        connection.keyring.lookup = [&keyring](const std::string& server, const std::string& user) {
            ports::KeyringAnswer answer;
            const auto found = keyring.passwords.find(server + " " + user);
            if (found != keyring.passwords.end()) answer.password = found->second;
            return answer;
        };
        connection.keyring.remember = [&keyring](const std::string& server, const std::string& user,
                                                 const std::string& password) {
            keyring.passwords[server + " " + user] = password;
            return std::string();
        };
        connection.keyring.forget = [&keyring](const std::string& server, const std::string& user) {
            keyring.passwords.erase(server + " " + user);
            return std::string();
        };
        // As the desktop's, with this keyring.
        return ui::all_features_with_sync(shell, std::move(connection));
    };
}

ui::SyncFeature& sync_of(Harness& h) {
    return h.app().feature<ui::SyncFeature>();
}

// Until the sync (or test, and the sync a passed setup starts) has ended
// and landed on screen.
void settle(Harness& h) {
    for (int i = 0; i < 3; ++i) {
        sync_of(h).wait();
        h.frames(2);
    }
    REQUIRE_FALSE(sync_of(h).syncing());
}

// A change made here syncs by itself a few seconds later.
void let_change_sync(Harness& h) {
    h.clock().advance(6 * core::kSecond);
    h.frames(1);
    settle(h);
}

void fill(Harness& h, std::string_view field, const std::string& text) {
    h.tap(field);
    h.press(ImGuiKey_A, true); // what is there goes
    h.type(text);
}

// A database whose sync account is set up, as a launch finds it.
void with_account(const std::string& path, const std::string& server_url) {
    core::SystemClock clock;
    store::Error error;
    auto setup = store::Store::open(path, clock, error);
    REQUIRE_MESSAGE(setup, error.message);
    REQUIRE_FALSE(setup->sync().save_account(server_url, LocalServer::kUser));
}

bool has_person(SyncDevice& device, const std::string& name) {
    return device.store().people().find_by_name(name).has_value();
}

constexpr core::Millis kDeviceStart = 1'750'000'000'000;

// A phone that synced a person, in a role, to a running server, and this
// device's window on the Sync screen, joined to the same account with its
// password in the keyring: two devices about to edit the same person.
struct SharedPerson {
    LocalServer server;
    FakeKeyring keyring;
    SyncDevice phone{kDeviceStart};
    testing::TempDir dir;
    std::unique_ptr<Harness> window;
    core::Person person;

    SharedPerson(const std::string& name, const std::string& role) {
        REQUIRE_MESSAGE(server.start(), server.log());
        keyring = knows_password(server);
        phone.join(server.url());
        person = phone.add_person(name);
        person.role = role;
        REQUIRE_FALSE(phone.store().people().save(person));
        REQUIRE_FALSE(phone.sync().error);
        with_account(dir.file("rapport.db"), server.url());
        window = std::make_unique<Harness>(ImVec2{420, 860}, ui::Route{ui::Screen::Sync, {}},
                                           std::string(), Harness::User::Returning,
                                           dir.file("rapport.db"), with_sync(keyring));
        settle(*window);
    }
};

} // namespace

TEST_CASE("sync is set up on its screen: a refused password is said and stores nothing, the "
          "right one syncs and is kept in the keyring") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    FakeKeyring keyring;
    testing::TempDir dir;
    Harness h({420, 860}, {ui::Screen::Settings, {}}, {}, Harness::User::Returning,
              dir.file("rapport.db"), with_sync(keyring));
    core::Person amara;
    amara.name = "Amara Osei";
    REQUIRE_FALSE(h.store().people().save(amara));

    h.reveal("Sync");
    h.tap("Sync");
    REQUIRE(h.app().navigator().current().screen == ui::Screen::Sync);
    h.tap("Set up sync");
    CHECK(sync_of(h).answer().text ==
          "Type the server's address, your user name and your password");

    // The field starts empty (its hint shows the shape), nothing prefilled.
    CHECK(sync_of(h).form().address.empty());
    // Typed without a scheme, it is asked over https: this server speaks
    // plain http, and the answer says what to type, in words first.
    std::string bare = server.url().substr(server.url().find("://") + 3);
    fill(h, "Server address", bare);
    fill(h, "User name", LocalServer::kUser);
    fill(h, "Password", LocalServer::kPassword);
    h.tap("Set up sync");
    settle(h);
    CHECK_FALSE(sync_of(h).answer().good);
    CHECK(sync_of(h).answer().text.rfind("The server answered, but not over a secure connection. "
                                         "If it runs on your own computer or network, start the "
                                         "address with http://",
                                         0) == 0);
    CHECK_FALSE(h.store().sync().account());

    fill(h, "Server address", server.url());
    // A refused password: only a server that checks one (not Xandikos) refuses.
    if (server.checks_passwords()) {
        fill(h, "Password", "not the password");
        h.tap("Set up sync");
        settle(h);
        CHECK_FALSE(sync_of(h).answer().good);
        CHECK(sync_of(h).answer().text == "The server refused this user name or password");
        CHECK_FALSE(h.store().sync().account());
        CHECK(keyring.passwords.empty());
    }

    fill(h, "Password", LocalServer::kPassword);
    h.tap("Set up sync");
    settle(h);
    const auto account = h.store().sync().account();
    REQUIRE(account);
    CHECK(account->last_problem == "");
    CHECK(account->last_synced_at.has_value());
    CHECK(keyring.passwords[server.url() + " " + LocalServer::kUser] == LocalServer::kPassword);
    CHECK(h.shows("Sync now"));
    CHECK_FALSE(h.shows("Set up sync"));

    // What the first sync sent is on the server: a second device gets it.
    SyncDevice laptop(kDeviceStart);
    laptop.join(server.url());
    REQUIRE_FALSE(laptop.sync().error);
    CHECK(has_person(laptop, "Amara Osei"));
}

TEST_CASE("sync runs by itself on launch and a few seconds after a change, and waits quietly "
          "with backoff while the server is down") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    FakeKeyring keyring = knows_password(server);
    testing::TempDir dir;
    with_account(dir.file("rapport.db"), server.url());
    Harness h({420, 860}, {ui::Screen::Today, {}}, {}, Harness::User::Returning,
              dir.file("rapport.db"), with_sync(keyring));
    settle(h); // the launch's sync, with the keyring's password
    REQUIRE(h.store().sync().account()->last_synced_at.has_value());

    core::Person ben;
    ben.name = "Ben Carter";
    REQUIRE_FALSE(h.store().people().save(ben));
    h.frames(2);
    CHECK_FALSE(sync_of(h).syncing()); // typing may go on: not yet
    h.clock().advance(6 * core::kSecond);
    h.frames(1);
    settle(h);
    SyncDevice laptop(kDeviceStart);
    laptop.join(server.url());
    REQUIRE_FALSE(laptop.sync().error);
    CHECK(has_person(laptop, "Ben Carter"));

    // The server goes away: the change waits, the status says why, the
    // next try backs off; nothing here is lost.
    server.stop();
    core::Person chen;
    chen.name = "Chen Liu";
    REQUIRE_FALSE(h.store().people().save(chen));
    h.frames(1); // the change is seen
    h.clock().advance(6 * core::kSecond);
    h.frames(1);
    settle(h);
    CHECK(sync_of(h).schedule().failures() == 1);
    CHECK(h.store().sync().account()->last_problem != "");
    REQUIRE(sync_of(h).schedule().next());
    CHECK(*sync_of(h).schedule().next() - h.clock().now() == ui::SyncSchedule::kFirstRetry);
    h.clock().advance(10 * core::kSecond);
    h.frames(2);
    CHECK_FALSE(sync_of(h).syncing()); // still backing off

    REQUIRE_MESSAGE(server.start(), server.log());
    h.clock().advance(ui::SyncSchedule::kFirstRetry);
    h.frames(1);
    settle(h);
    CHECK(sync_of(h).schedule().failures() == 0);
    CHECK(h.store().sync().account()->last_problem == "");
    REQUIRE_FALSE(laptop.sync().error);
    CHECK(has_person(laptop, "Chen Liu"));
    CHECK(h.store().people().find_by_name("Chen Liu"));
}

TEST_CASE("a value that lost a conflict is listed with the one kept, and can be taken back") {
    SharedPerson shared("Amara Osei", "Designer");
    Harness& h = *shared.window;
    SyncDevice& phone = shared.phone;
    const core::Person amara = shared.person;
    auto here = h.store().people().find_by_name("Amara Osei");
    REQUIRE(here);

    // Both change the role; the phone's edit is the later one.
    here->role = "Design lead";
    REQUIRE_FALSE(h.store().people().save(*here));
    phone.clock().set(h.clock().now() + core::kHour);
    core::Person on_phone = *phone.store().people().find(amara.id);
    on_phone.role = "Head of design";
    REQUIRE_FALSE(phone.store().people().save(on_phone));
    REQUIRE_FALSE(phone.sync().error);

    h.tap("Sync now");
    settle(h);
    CHECK(h.store().people().find(amara.id)->role == "Head of design");
    h.reveal("Amara Osei · role");
    CHECK(h.shows("Amara Osei · role"));

    // On the person's page the lost value can be taken back: it becomes an
    // edit made now, syncs, and wins on the other device too.
    h.app().open({ui::Screen::Person, amara.id});
    h.app().reload();
    h.frames(2);
    h.reveal("Take it back");
    h.tap("Take it back");
    h.frames(2);
    CHECK(h.store().people().find(amara.id)->role == "Design lead");
    CHECK(h.store().sync().conflicts().empty());
    CHECK_FALSE(h.shows("Take it back"));
    let_change_sync(h);
    REQUIRE_FALSE(phone.sync().error);
    CHECK(phone.store().people().find(amara.id)->role == "Design lead");
}

TEST_CASE("the device whose edit lost says so too, and its conflict card opens the person") {
    SharedPerson shared("Sam Lee", "UX Researcher");
    Harness& h = *shared.window;
    SyncDevice& phone = shared.phone;
    const core::Person sam = shared.person;

    // This device changes the role and syncs; the phone, offline, changes it
    // later; the phone syncs (its edit wins), then this device.
    auto here = h.store().people().find(sam.id);
    REQUIRE(here);
    here->role = "Staff UX Researcher";
    REQUIRE_FALSE(h.store().people().save(*here));
    h.tap("Sync now");
    settle(h);
    phone.clock().set(h.clock().now() + core::kHour);
    core::Person on_phone = *phone.store().people().find(sam.id);
    on_phone.role = "UX Research Lead";
    REQUIRE_FALSE(phone.store().people().save(on_phone));
    const sync::SyncOutcome phone_sync = phone.sync();
    REQUIRE_FALSE(phone_sync.error);
    CHECK(phone_sync.summary.conflicts == 1);
    h.tap("Sync now");
    settle(h);
    CHECK(h.store().people().find(sam.id)->role == "UX Research Lead");
    CHECK(h.store().sync().account()->last_summary.find("1 conflict") != std::string::npos);

    // The Sync screen says whose edit was replaced, and its card opens Sam.
    h.reveal("Sam Lee · role");
    CHECK(h.shows_text("Your edit \u201cStaff UX Researcher\u201d was replaced by one made later "
                       "on another device"));
    h.tap("Sam Lee · role");
    h.frames(2);
    REQUIRE(h.app().navigator().current().screen == ui::Screen::Person);
    CHECK(h.app().navigator().current().argument == sam.id);
    h.reveal("Take it back");
    CHECK(h.shows_text("Your edit \u201cStaff UX Researcher\u201d was replaced"));
    h.tap("Take it back");
    h.frames(2);
    CHECK(h.store().people().find(sam.id)->role == "Staff UX Researcher");
    let_change_sync(h);
    REQUIRE_FALSE(phone.sync().error);
    CHECK(phone.store().people().find(sam.id)->role == "Staff UX Researcher");
    CHECK(phone.store().sync().conflicts().empty()); // settled there too
}

TEST_CASE("a career option's lost value is taken back on the Sync screen, which has no person "
          "to send it to") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    FakeKeyring keyring = knows_password(server);
    SyncDevice phone(kDeviceStart);
    phone.join(server.url());
    core::CareerOption option{.title = "UX research"};
    REQUIRE_FALSE(phone.store().careers().save(option));
    REQUIRE_FALSE(phone.sync().error);

    testing::TempDir dir;
    with_account(dir.file("rapport.db"), server.url());
    Harness h({420, 860}, {ui::Screen::Sync, {}}, {}, Harness::User::Returning,
              dir.file("rapport.db"), with_sync(keyring));
    settle(h);
    auto find_here = [&] {
        for (const core::CareerOption& o : h.store().careers().list())
            if (o.id == option.id) return o;
        FAIL("the option did not arrive");
        return core::CareerOption{};
    };

    // Both rename it; the phone's is the later edit and wins.
    core::CareerOption here = find_here();
    here.title = "UX research (in-house)";
    REQUIRE_FALSE(h.store().careers().save(here));
    phone.clock().set(h.clock().now() + core::kHour);
    option.title = "Research operations";
    REQUIRE_FALSE(phone.store().careers().save(option));
    REQUIRE_FALSE(phone.sync().error);
    h.tap("Sync now");
    settle(h);
    CHECK(find_here().title == "Research operations");

    // Its card on the Sync screen has the choice itself.
    h.reveal("Take it back");
    CHECK(h.shows_text("Your edit \u201cUX research (in-house)\u201d"));
    h.tap("Take it back");
    h.frames(2);
    CHECK(find_here().title == "UX research (in-house)");
    CHECK(h.store().sync().conflicts().empty());
    CHECK_FALSE(h.shows("Take it back"));
    let_change_sync(h);
    REQUIRE_FALSE(phone.sync().error);
    bool reached = false;
    for (const core::CareerOption& o : phone.store().careers().list())
        reached = reached || (o.id == option.id && o.title == "UX research (in-house)");
    CHECK(reached);
}
