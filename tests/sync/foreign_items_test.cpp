// Items other apps write: a contact a phone made, a number a phone's
// contacts app changed. They come in, and what Rapport does not know
// survives its own edits.
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

using namespace rapport;
using rapport::testing::kStart;
using rapport::testing::LocalServer;
using rapport::testing::server_request;
using rapport::testing::SyncDevice;

namespace {} // namespace

TEST_CASE("a vCard another client wrote comes in and keeps its unknown properties") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    REQUIRE_FALSE(a.sync().error); // makes the Rapport address book
    const std::string book = a.store().sync().account()->contacts_url;
    const std::string card = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Phone//Contacts//EN\r\n"
                             "UID:phone-contact-1\r\nFN:Li Wei\r\nN:Wei;Li;;;\r\n"
                             "TEL;TYPE=CELL:+1 555 0100\r\nX-PHONE-RINGTONE:chimes\r\n"
                             "BDAY:1990-04-12\r\nitem1.X-ABLABEL:Mentor\r\nEND:VCARD\r\n";
    const ports::HttpResponse put = server_request("PUT", book + "phone-contact-1.vcf", card,
                                                   {{"Content-Type", "text/vcard; charset=utf-8"}});
    REQUIRE(put.status / 100 == 2);

    const sync::SyncOutcome in = a.sync();
    INFO(in.error.detail);
    REQUIRE_FALSE(in.error);
    CHECK(in.summary.pulled == 1);
    const auto li = a.store().people().find_by_name("Li Wei");
    REQUIRE(li);
    CHECK(li->phones == std::vector<std::string>{"+1 555 0100"});

    a.clock().advance(core::kMinute);
    core::Person edited = *li;
    edited.role = "Hiring manager";
    REQUIRE_FALSE(a.store().people().save(edited));
    const sync::SyncOutcome out = a.sync();
    REQUIRE_FALSE(out.error);
    CHECK(out.summary.pushed == 1);

    const ports::HttpResponse now = server_request("GET", book + "phone-contact-1.vcf");
    REQUIRE(now.status == 200);
    CHECK(now.body.find("Hiring manager") != std::string::npos);
    CHECK(now.body.find("X-PHONE-RINGTONE:chimes") != std::string::npos);
    CHECK(now.body.find("BDAY:1990-04-12") != std::string::npos);
    CHECK(now.body.find("item1.X-ABLABEL:Mentor") != std::string::npos);
    // Still one card for her on the server.
    const ports::HttpResponse listing =
        server_request("PROPFIND", book,
                       R"(<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>)",
                       {{"Depth", "1"}, {"Content-Type", "application/xml"}});
    size_t cards = 0;
    for (size_t at = listing.body.find(".vcf<"); at != std::string::npos;
         at = listing.body.find(".vcf<", at + 1))
        ++cards;
    CHECK(cards == 1);
}

TEST_CASE("a phone changing a number on Rapport's own card comes in as an edit") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.join(server.url());
    core::Person amara = a.add_person("Amara Osei");
    amara.phones = {"+44 20 7946 0000"};
    amara.role = "Designer";
    REQUIRE_FALSE(a.store().people().save(amara));
    REQUIRE_FALSE(a.sync().error);
    const auto item = a.store().sync().item("person", amara.id);
    REQUIRE(item);
    ports::HttpResponse got = server_request("GET", item->url);
    REQUIRE(got.status == 200);
    std::string changed = got.body;
    const size_t tel = changed.find("+44 20 7946 0000");
    REQUIRE(tel != std::string::npos);
    changed.replace(tel, 16, "+44 20 7946 1111");
    // The phone's app does not know Rapport's stamp; it only edits the number.
    REQUIRE(server_request("PUT", item->url, changed, {{"If-Match", got.header("etag")}}).status /
                100 ==
            2);

    const sync::SyncOutcome in = a.sync();
    REQUIRE_FALSE(in.error);
    const auto now = a.store().people().find(amara.id);
    CHECK(now->phones == std::vector<std::string>{"+44 20 7946 1111"});
    CHECK(now->role == "Designer");
    CHECK(in.summary.conflicts == 0);
}

namespace {

// The item with its event's times replaced by `times` (content lines) and
// its VTIMEZONE by `zone` ("" for none): what a calendar app writes back
// after the person moves the event.
std::string moved(std::string item, const std::string& times, const std::string& zone) {
    std::string out;
    size_t at = 0;
    bool in_zone = false;
    while (at < item.size()) {
        const size_t end = item.find("\r\n", at);
        const std::string line = item.substr(at, end - at);
        at = end + 2;
        if (line == "BEGIN:VTIMEZONE") in_zone = true;
        const bool skip = in_zone || line.rfind("DTSTART", 0) == 0 || line.rfind("DTEND", 0) == 0 ||
                          line.rfind("DURATION", 0) == 0;
        if (line == "END:VTIMEZONE") in_zone = false;
        if (line == "BEGIN:VEVENT") out += zone;
        if (!skip) out += line + "\r\n";
        if (line == "BEGIN:VEVENT") out += times;
    }
    return out;
}

} // namespace

TEST_CASE("a conversation moved in a phone's calendar comes back at the instant and length it "
          "shows, from Apple, Google and Thunderbird alike") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    SyncDevice a(kStart);
    a.home_zone("America/Chicago");
    a.join(server.url());
    const core::Person amara = a.add_person("Amara Osei");
    core::Conversation c;
    c.person_id = amara.id;
    c.when = 1815678000000LL; // 2027-07-15 14:00 in Chicago (19:00Z)
    c.duration_minutes = 30;
    REQUIRE_FALSE(a.store().conversations().save(c));
    REQUIRE_FALSE(a.sync().error);
    const auto item = a.store().sync().item("conversation", c.id);
    REQUIRE(item);
    ports::HttpResponse got = server_request("GET", item->url);
    REQUIRE(got.status == 200);
    // Written in the person's zone, so the phone shows and edits 14:00.
    CHECK(got.body.find("DTSTART;TZID=America/Chicago:20270715T140000\r\n") != std::string::npos);
    CHECK(got.body.find("BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n") != std::string::npos);

    struct Edit {
        const char* client;
        std::string times;
        std::string zone;
        core::Millis when;
        int minutes;
    };
    const std::string apple_zone =
        "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0600\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nDTSTART:20070311T020000\r\nTZNAME:CDT\r\n"
        "TZOFFSETTO:-0500\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0500\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nDTSTART:20071104T020000\r\nTZNAME:CST\r\n"
        "TZOFFSETTO:-0600\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    // Thunderbird names libical's zone and says where it is.
    const std::string thunderbird_zone =
        "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nX-LIC-LOCATION:America/Chicago\r\n"
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\n"
        "DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\n"
        "DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n";
    const Edit edits[] = {
        // iOS: 15:30–16:15 local, DTEND in the zone.
        {"Apple",
         "DTSTART;TZID=America/Chicago:20270715T153000\r\nDTEND;TZID=America/Chicago:"
         "20270715T161500\r\n",
         apple_zone, 1815683400000LL, 45},
        // Google Calendar through DAVx5: the next day, in UTC with DTEND.
        {"Google/DAVx5", "DTSTART:20270716T150000Z\r\nDTEND:20270716T160000Z\r\n", "",
         1815750000000LL, 60},
        // Thunderbird, in December (standard time, UTC-6), a DURATION.
        {"Thunderbird", "DTSTART;TZID=America/Chicago:20271209T090000\r\nDURATION:PT20M\r\n",
         thunderbird_zone, 1828364400000LL, 20},
    };
    for (const Edit& edit : edits) {
        INFO(edit.client);
        got = server_request("GET", item->url);
        REQUIRE(got.status == 200);
        const std::string phone = moved(got.body, edit.times, edit.zone);
        REQUIRE(server_request("PUT", item->url, phone,
                               {{"If-Match", got.header("etag")},
                                {"Content-Type", "text/calendar; charset=utf-8"}})
                        .status /
                    100 ==
                2);
        a.clock().advance(core::kMinute);
        const sync::SyncOutcome in = a.sync();
        INFO(in.error.detail);
        REQUIRE_FALSE(in.error);
        const auto now = a.store().conversations().find(c.id);
        REQUIRE(now);
        CHECK(now->when == edit.when);
        CHECK(now->duration_minutes == edit.minutes);
        CHECK(in.summary.conflicts == 0);
    }
}
