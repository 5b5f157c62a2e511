// Meetings planned in the person's own calendars (a Work calendar on the
// same account, as their phone or Thunderbird would make it), against a real
// Radicale: read, never written, and followed when they move, are cancelled
// or are deleted there.
#include "services/sync/calendar_reader.hpp"
#include "sync/local_server.hpp"
#include "sync/sync_device.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace rapport;
using rapport::testing::LocalServer;
using rapport::testing::server_request;
using rapport::testing::SyncDevice;

namespace {

// 2027-07-15 12:00 in Chicago (17:00Z): the meetings are this afternoon.
constexpr core::Millis kNoonInChicago = 1815670800000LL;
constexpr core::Millis kTwoPmInChicago = kNoonInChicago + 2 * core::kHour;

std::string event(const std::string& uid, const std::string& lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar "
           "V1.1//EN\r\nBEGIN:VEVENT\r\nUID:" +
           uid + "\r\nDTSTAMP:20270701T000000Z\r\n" + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

// Passes every request on and keeps the URLs asked.
class Recorder final : public ports::HttpClient {
  public:
    ports::HttpResponse send(const ports::HttpRequest& request) override {
        asked.push_back(request.url);
        return real->send(request);
    }
    int asked_under(const std::string& url) const {
        return static_cast<int>(
            std::count_if(asked.begin(), asked.end(),
                          [&](const std::string& a) { return a.rfind(url, 0) == 0; }));
    }
    std::vector<std::string> asked;
    std::unique_ptr<ports::HttpClient> real = platform::make_curl_client();
};

struct Account {
    SyncDevice device{kNoonInChicago};
    std::string work; // the Work calendar's URL
    core::Person amara;
};

void put(const std::string& url, const std::string& body) {
    const ports::HttpResponse r =
        server_request("PUT", url, body, {{"Content-Type", "text/calendar; charset=utf-8"}});
    REQUIRE_MESSAGE(r.status / 100 == 2, r.body);
}

// Amara (with her email) on a device in Chicago, synced once, and a Work
// calendar beside Rapport's, made as a calendar app makes one.
void set_up(Account& a, LocalServer& server) {
    a.device.home_zone("America/Chicago");
    a.device.join(server.url());
    a.amara = a.device.add_person("Amara Osei");
    a.amara.emails = {"amara.osei@example.org"};
    REQUIRE_FALSE(a.device.store().people().save(a.amara));
    REQUIRE_FALSE(a.device.sync().error);
    std::string home = a.device.store().sync().account()->calendar_url;
    home.pop_back();
    home = home.substr(0, home.rfind('/') + 1);
    a.work = home + "work-calendar/";
    const ports::HttpResponse made = server_request(
        "MKCALENDAR", a.work,
        R"(<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">)"
        R"(<D:set><D:prop><D:displayname>Work</D:displayname></D:prop></D:set></C:mkcalendar>)",
        {{"Content-Type", "application/xml"}});
    REQUIRE_MESSAGE(made.status / 100 == 2, made.body);
}

} // namespace

TEST_CASE("a meeting in the person's Work calendar with a person's email is a planned "
          "conversation from that calendar, asked about at its end, and the event is left as "
          "it was") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    Account a;
    set_up(a, server);
    put(a.work + "coffee.ics",
        event("coffee-1", "DTSTART;TZID=America/Chicago:20270715T140000\r\n"
                          "DTEND;TZID=America/Chicago:20270715T144500\r\nSUMMARY:Coffee chat\r\n"
                          "LOCATION:Blue Bottle\r\nORGANIZER:mailto:me@example.org\r\n"
                          "ATTENDEE;CN=Amara:MAILTO:Amara.Osei@example.org\r\n"));
    std::string etag_before = server_request("GET", a.work + "coffee.ics").header("etag");

    const sync::SyncOutcome outcome = a.device.sync();
    INFO(outcome.error.detail);
    REQUIRE_FALSE(outcome.error);
    CHECK(outcome.summary.meetings == 1);
    store::Store& store = a.device.store();
    const std::string id = sync::meeting_id("coffee-1", "");
    const auto c = store.conversations().find(id);
    REQUIRE(c);
    CHECK(c->person_id == a.amara.id);
    CHECK(c->when == kTwoPmInChicago); // 14:00 in Chicago, not 14:00 UTC
    CHECK(c->duration_minutes == 45);
    CHECK(c->place == "Blue Bottle");
    CHECK(c->status == core::ConversationStatus::Planned);
    CHECK(store.calendars().calendar_of(id) == std::optional<std::string>("Work"));
    // Read, never written: the event is as it was, and Rapport's calendar
    // has no copy of it.
    CHECK(server_request("GET", a.work + "coffee.ics").header("etag") == etag_before);
    CHECK_FALSE(store.sync().item("conversation", id));

    // Nothing changed there: the home's listing says so, and the calendar
    // itself is not asked again. A change there is read at the next sync.
    Recorder quiet;
    REQUIRE_FALSE(a.device.sync_through(quiet).error);
    CHECK(quiet.asked_under(a.work) == 0);
    CHECK(store.conversations().find(id));
    const auto coffee_at = [&](const std::string& start, const std::string& end) {
        put(a.work + "coffee.ics",
            event("coffee-1", "DTSTART;TZID=America/Chicago:" + start +
                                  "\r\nDTEND;TZID=America/Chicago:" + end +
                                  "\r\nSUMMARY:Coffee chat\r\nLOCATION:Blue Bottle\r\n"
                                  "ORGANIZER:mailto:me@example.org\r\n"
                                  "ATTENDEE;CN=Amara:MAILTO:Amara.Osei@example.org\r\n"));
    };
    coffee_at("20270715T141500", "20270715T150000");
    Recorder changed;
    REQUIRE_FALSE(a.device.sync_through(changed).error);
    CHECK(changed.asked_under(a.work) > 0);
    CHECK(store.conversations().find(id)->when == kTwoPmInChicago + 15 * core::kMinute);
    coffee_at("20270715T140000", "20270715T144500"); // back as it was
    REQUIRE_FALSE(a.device.sync().error);
    REQUIRE(store.conversations().find(id)->when == kTwoPmInChicago);
    etag_before = server_request("GET", a.work + "coffee.ics").header("etag");

    // Its end is the moment to ask, as for a conversation planned here.
    const core::Millis end = kTwoPmInChicago + 45 * core::kMinute;
    CHECK(store.end_prompts().next_ask_after(kNoonInChicago) == end);
    const auto due = store.end_prompts().to_ask(end + 30 * core::kSecond);
    REQUIRE(due.size() == 1);
    CHECK(due[0].conversation_id == id);
    CHECK(due[0].person_name == "Amara Osei");
    CHECK(store.end_prompts().to_ask(end - core::kMinute).empty());

    // Notes make it the person's own: it then syncs like any conversation.
    a.device.clock().set(end + core::kMinute);
    REQUIRE_FALSE(store.conversations().hold(id, end));
    REQUIRE_FALSE(a.device.sync().error);
    CHECK(store.sync().item("conversation", id));
    CHECK(server_request("GET", a.work + "coffee.ics").header("etag") == etag_before);
}

TEST_CASE("moving, cancelling or deleting a meeting in the other calendar moves, cancels or "
          "removes it here") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    Account a;
    set_up(a, server);
    const std::string url = a.work + "chat.ics";
    put(url, event("chat-1", "DTSTART:20270715T190000Z\r\nDURATION:PT30M\r\n"
                             "SUMMARY:Informational interview with Amara Osei\r\n"));
    REQUIRE_FALSE(a.device.sync().error);
    store::Store& store = a.device.store();
    const std::string id = sync::meeting_id("chat-1", "");
    REQUIRE(store.conversations().find(id)); // matched by her full name in the title

    put(url, event("chat-1", "DTSTART;TZID=America/Chicago:20270715T160000\r\n"
                             "DTEND;TZID=America/Chicago:20270715T170000\r\n"
                             "SUMMARY:Informational interview with Amara Osei\r\n"));
    REQUIRE_FALSE(a.device.sync().error);
    CHECK(store.conversations().find(id)->when == kTwoPmInChicago + 2 * core::kHour);
    CHECK(store.conversations().find(id)->duration_minutes == 60);

    put(url, event("chat-1", "DTSTART;TZID=America/Chicago:20270715T160000\r\n"
                             "DTEND;TZID=America/Chicago:20270715T170000\r\nSTATUS:CANCELLED\r\n"
                             "SUMMARY:Informational interview with Amara Osei\r\n"));
    REQUIRE_FALSE(a.device.sync().error);
    CHECK(store.conversations().find(id)->status == core::ConversationStatus::Cancelled);
    CHECK(store.end_prompts().to_ask(kTwoPmInChicago + 3 * core::kHour).empty());

    // A title that does not hold a whole full name is no one's meeting.
    put(a.work + "other.ics", event("other-1", "DTSTART:20270715T200000Z\r\nDURATION:PT30M\r\n"
                                               "SUMMARY:Amara Oseixx planning\r\n"));
    REQUIRE(server_request("DELETE", url).status / 100 == 2);
    REQUIRE_FALSE(a.device.sync().error);
    CHECK_FALSE(store.conversations().find(id));
    CHECK_FALSE(store.conversations().find(sync::meeting_id("other-1", "")));
}

TEST_CASE("a weekly meeting is one planned conversation per occurrence, the one that just "
          "ended asked about, and an unwatched calendar is forgotten") {
    LocalServer server;
    REQUIRE_MESSAGE(server.start(), server.log());
    Account a;
    set_up(a, server);
    put(a.work + "weekly.ics",
        event("weekly-1", "DTSTART;TZID=America/Chicago:20270708T140000\r\n"
                          "DTEND;TZID=America/Chicago:20270708T143000\r\n"
                          "RRULE:FREQ=WEEKLY;COUNT=6\r\nSUMMARY:Mentoring\r\n"
                          "ATTENDEE:mailto:amara.osei@example.org\r\n"));
    const sync::SyncOutcome outcome = a.device.sync();
    REQUIRE_FALSE(outcome.error);
    // 8 July is past; 15 July to 12 August are this one and four more.
    CHECK(outcome.summary.meetings == 5);
    store::Store& store = a.device.store();
    const std::string today = sync::meeting_id("weekly-1", "20270715T140000");
    REQUIRE(store.conversations().find(today));
    CHECK(store.conversations().find(today)->when == kTwoPmInChicago);
    const auto due = store.end_prompts().to_ask(kTwoPmInChicago + 31 * core::kMinute);
    REQUIRE(due.size() == 1);
    CHECK(due[0].conversation_id == today);

    // Xandikos also has the calendar it makes for every new user.
    const auto sources = store.calendars().sources();
    const auto work = std::find_if(sources.begin(), sources.end(),
                                   [&](const store::CalendarSource& s) { return s.url == a.work; });
    REQUIRE(work != sources.end());
    CHECK(work->name == "Work");
    for (const store::CalendarSource& source : sources)
        CHECK(source.watched); // every calendar is, by default
    REQUIRE_FALSE(store.calendars().set_watched(a.work, false));
    REQUIRE_FALSE(a.device.sync().error);
    CHECK_FALSE(store.conversations().find(today));
    CHECK(store.calendars().events(a.work).empty());
    CHECK(store.calendars().meetings().empty());
}
