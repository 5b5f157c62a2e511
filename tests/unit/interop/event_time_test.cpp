// Calendar times as phones and desktop calendars write them, read back to
// the instant they stand for. Each item is shaped like its client's own.
#include "interop/event_time.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace rapport;

namespace {

// 2027-07-15 19:00:00 UTC: 14:00 in Chicago (CDT, UTC-5).
constexpr core::Millis kJuly15At1900Z = 1815678000000LL;
const interop::HomeZone kChicago{"America/Chicago"};

std::string calendar(const std::string& body) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

// What iOS writes: the zone spelt out since 2007, DTEND, no DURATION.
const std::string kAppleChicagoZone = "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n"
                                      "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0600\r\n"
                                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
                                      "DTSTART:20070311T020000\r\nTZNAME:CDT\r\n"
                                      "TZOFFSETTO:-0500\r\nEND:DAYLIGHT\r\n"
                                      "BEGIN:STANDARD\r\nTZOFFSETFROM:-0500\r\n"
                                      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
                                      "DTSTART:20071104T020000\r\nTZNAME:CST\r\n"
                                      "TZOFFSETTO:-0600\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

} // namespace

TEST_CASE("a phone's TZID with its VTIMEZONE is read at the instant it means, DTEND giving the "
          "length") {
    const std::string apple =
        calendar(kAppleChicagoZone + "BEGIN:VEVENT\r\nUID:a\r\n"
                                     "DTSTART;TZID=America/Chicago:20270715T140000\r\n"
                                     "DTEND;TZID=America/Chicago:20270715T144500\r\n"
                                     "SUMMARY:Coffee\r\nEND:VEVENT\r\n");
    const auto t = interop::event_time(apple, interop::HomeZone{});
    REQUIRE(t);
    CHECK(t->start == kJuly15At1900Z); // not 14:00Z: five hours apart
    CHECK(t->end - t->start == 45 * core::kMinute);
    CHECK(t->zone == "America/Chicago");
    CHECK_FALSE(t->all_day);
}

TEST_CASE("the item's own VTIMEZONE rules, not the machine's, decide a made-up TZID") {
    // Outlook names zones its own way and defines them in the item.
    const std::string outlook = calendar(
        "BEGIN:VTIMEZONE\r\nTZID:Central Standard Time\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:o\r\nDTSTART;TZID=Central Standard Time:20270115T140000\r\n"
        "DTEND;TZID=Central Standard Time:20270115T150000\r\nEND:VEVENT\r\n");
    const auto t = interop::event_time(outlook, interop::HomeZone{"Asia/Kolkata"});
    REQUIRE(t);
    // January: CST, UTC-6. 2027-01-15 20:00:00 UTC.
    CHECK(t->start == 1800043200000LL);
    CHECK(t->end - t->start == 60 * core::kMinute);
}

TEST_CASE("an IANA TZID with no VTIMEZONE sent is read from the zone database") {
    // Google Calendar's CalDAV and DAVx5 send the zone; a hand-made item may not.
    const std::string bare = calendar("BEGIN:VEVENT\r\nUID:g\r\n"
                                      "DTSTART;TZID=America/Chicago:20270715T140000\r\n"
                                      "DURATION:PT30M\r\nEND:VEVENT\r\n");
    const auto t = interop::event_time(bare, interop::HomeZone{});
    REQUIRE(t);
    CHECK(t->start == kJuly15At1900Z);
    CHECK(t->end - t->start == 30 * core::kMinute);
}

TEST_CASE("UTC stays UTC and a floating time is the person's own") {
    const std::string utc = calendar("BEGIN:VEVENT\r\nUID:u\r\nDTSTART:20270715T190000Z\r\n"
                                     "DURATION:PT1H\r\nEND:VEVENT\r\n");
    CHECK(interop::event_time(utc, kChicago)->start == kJuly15At1900Z);
    const std::string floating = calendar("BEGIN:VEVENT\r\nUID:f\r\nDTSTART:20270715T140000\r\n"
                                          "DTEND:20270715T143000\r\nEND:VEVENT\r\n");
    const auto in_chicago = interop::event_time(floating, kChicago);
    REQUIRE(in_chicago);
    CHECK(in_chicago->start == kJuly15At1900Z);
    CHECK(in_chicago->end - in_chicago->start == 30 * core::kMinute);
    // The same item for someone in Kolkata (UTC+5:30) is 14:00 there.
    CHECK(interop::event_time(floating, interop::HomeZone{"Asia/Kolkata"})->start ==
          kJuly15At1900Z - (10 * 60 + 30) * core::kMinute);
}

TEST_CASE("an all-day date is the whole day in the person's zone") {
    // Thunderbird's all-day event: DATE values, DTEND the next day.
    const std::string thunderbird =
        calendar("BEGIN:VEVENT\r\nUID:t\r\nDTSTART;VALUE=DATE:20270715\r\n"
                 "DTEND;VALUE=DATE:20270716\r\nSUMMARY:Career fair\r\nEND:VEVENT\r\n");
    const auto t = interop::event_time(thunderbird, kChicago);
    REQUIRE(t);
    CHECK(t->all_day);
    CHECK(t->start == kJuly15At1900Z - 14 * core::kHour); // midnight in Chicago
    CHECK(t->end - t->start == 24 * core::kHour);
    // No DTEND: the day itself.
    const std::string bare = calendar("BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20270715\r\n"
                                      "END:VEVENT\r\n");
    CHECK(interop::event_time(bare, kChicago)->end - interop::event_time(bare, kChicago)->start ==
          24 * core::kHour);
}

TEST_CASE("an item with no readable start gives nothing") {
    CHECK_FALSE(interop::event_time(calendar("BEGIN:VEVENT\r\nUID:n\r\nEND:VEVENT\r\n"), kChicago));
    CHECK_FALSE(interop::event_time("not a calendar", kChicago));
    CHECK_FALSE(interop::event_time(calendar("BEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\n"), kChicago));
}

TEST_CASE("a weekly event's occurrences keep their local time across the clock change, "
          "without the excluded and moved ones") {
    // Tuesdays 09:00 Chicago from 2027-10-26, five times; 9 Nov excluded, 16 Nov
    // moved to 11:00 (its own VEVENT with a RECURRENCE-ID, as every client writes).
    const std::string weekly =
        calendar(kAppleChicagoZone +
                 "BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=America/Chicago:20271026T090000\r\n"
                 "DTEND;TZID=America/Chicago:20271026T093000\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n"
                 "EXDATE;TZID=America/Chicago:20271109T090000\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:w\r\nRECURRENCE-ID;TZID=America/Chicago:20271116T090000\r\n"
                 "DTSTART;TZID=America/Chicago:20271116T110000\r\n"
                 "DTEND;TZID=America/Chicago:20271116T114500\r\nEND:VEVENT\r\n");
    const core::Millis oct1 = 1822348800000LL; // 2027-10-01T00:00Z
    const auto all =
        interop::occurrences(weekly, interop::HomeZone{}, oct1, oct1 + 60 * core::kDay);
    REQUIRE(all.size() == 4);
    // Daylight time ends on 7 Nov 2027: 26 Oct and 2 Nov are CDT (UTC-5),
    // 16 and 23 Nov CST (UTC-6).
    CHECK(all[0].start == 1824559200000LL);                  // 2027-10-26T14:00Z
    CHECK(all[1].start == 1824559200000LL + 7 * core::kDay); // 2027-11-02T14:00Z
    CHECK(all[2].start == 1826384400000LL); // 2027-11-16T17:00Z (moved to 11:00 CST)
    CHECK(all[2].end - all[2].start == 45 * core::kMinute);
    CHECK(all[2].recurrence_id == "20271116T090000");
    CHECK(all[3].start == 1826982000000LL); // 2027-11-23T15:00Z: still 09:00 local
    CHECK(all[3].end - all[3].start == 30 * core::kMinute);
    // Only what overlaps the window.
    const auto one = interop::occurrences(weekly, interop::HomeZone{}, all[3].start - core::kHour,
                                          all[3].start + core::kHour);
    REQUIRE(one.size() == 1);
    CHECK(one[0].start == all[3].start);
}

TEST_CASE("a single event is its own one occurrence") {
    const std::string single = calendar("BEGIN:VEVENT\r\nUID:s\r\nDTSTART:20270715T190000Z\r\n"
                                        "DURATION:PT30M\r\nEND:VEVENT\r\n");
    const auto all = interop::occurrences(single, kChicago, kJuly15At1900Z - core::kDay,
                                          kJuly15At1900Z + core::kDay);
    REQUIRE(all.size() == 1);
    CHECK(all[0].start == kJuly15At1900Z);
    CHECK(all[0].recurrence_id.empty());
    CHECK(interop::occurrences(single, kChicago, 0, kJuly15At1900Z - core::kHour).empty());
}

TEST_CASE("Rapport's events are written in the person's zone with the VTIMEZONE defining it") {
    CHECK(interop::wall_time(kJuly15At1900Z, kChicago) == "20270715T140000");
    CHECK(interop::wall_time(kJuly15At1900Z, interop::HomeZone{"Asia/Kolkata"}) ==
          "20270716T003000");
    CHECK(interop::wall_time(kJuly15At1900Z, interop::HomeZone{}).empty());
    CHECK(interop::wall_time(kJuly15At1900Z, interop::HomeZone{"Mars/Olympus"}).empty());
    const std::string zone = interop::zone_definition(kChicago, kJuly15At1900Z);
    CHECK(zone.find("BEGIN:VTIMEZONE") == 0);
    CHECK(zone.find("TZID:America/Chicago\r\n") != std::string::npos);
    CHECK(zone.find("RRULE:FREQ=YEARLY") != std::string::npos);
    CHECK(zone.find("1883") == std::string::npos); // not the zone's whole history
    // Read back through it, the wall time is the instant it came from.
    const std::string ours = calendar(zone + "BEGIN:VEVENT\r\nUID:r\r\nDTSTART;TZID=America/"
                                             "Chicago:20270715T140000\r\nEND:VEVENT\r\n");
    CHECK(interop::event_time(ours, interop::HomeZone{})->start == kJuly15At1900Z);
    CHECK(interop::known_zone("Europe/Berlin"));
    CHECK_FALSE(interop::known_zone("Mars/Olympus"));
}
