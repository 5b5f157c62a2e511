#pragma once
// When a calendar event happens, as the instant it stands for, read with
// libical (RFC 5545's time rules are libical's whole job, and its recurrence
// and VTIMEZONE code is what Evolution and KDE run): a time with a TZID and
// the item's VTIMEZONE, a TZID that is only an IANA name, UTC, a floating
// time (in the person's own zone) and an all-day date; DTEND or DURATION for
// the length; RRULE, RDATE and EXDATE for a repeating event's occurrences.
#include "core/clock.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop {

// The zone a person lives in, by its IANA name ("America/Chicago"); empty
// means UTC. Floating times and all-day dates are read in it, and Rapport's
// own events are written in it.
struct HomeZone {
    std::string name;
};

struct EventTime {
    core::Millis start = 0;
    core::Millis end = 0; // the start when the event states no end
    bool all_day = false; // DTSTART;VALUE=DATE: a whole day in the home zone
    std::string zone;     // the TZID's zone as the item names it ("" for UTC or floating)
    bool repeats = false; // RRULE or RDATE: occurrences() lists them
};

// The first VEVENT's times in an iCalendar object; nullopt when it has no
// readable DTSTART.
std::optional<EventTime> event_time(std::string_view calendar, const HomeZone& home);

struct Occurrence {
    core::Millis start = 0;
    core::Millis end = 0;
    std::string recurrence_id; // "" for an event that does not repeat
};

// Every occurrence of the object's event that overlaps [from, to): one for
// an event that does not repeat, each repeat (EXDATEs left out, a
// RECURRENCE-ID override's own time in place of the rule's) otherwise.
std::vector<Occurrence> occurrences(std::string_view calendar, const HomeZone& home,
                                    core::Millis from, core::Millis to);

// `t` as a wall-clock time in the home zone, "20270715T140000", and the
// VTIMEZONE that defines it from `t` on (its TZID the IANA name), so a
// phone shows and edits the event in local time. Both empty for UTC or a
// zone this machine does not know.
std::string wall_time(core::Millis t, const HomeZone& home);
std::string zone_definition(const HomeZone& home, core::Millis from);

// Who and what an event is about, for matching it with people.
struct EventFacts {
    std::string uid;
    std::string summary;
    std::string location;
    bool cancelled = false;          // STATUS:CANCELLED
    std::vector<std::string> emails; // attendees' and the organizer's, lower case, no "mailto:"
};
// The object's event (the series itself when it repeats); nullopt for none.
std::optional<EventFacts> event_facts(std::string_view calendar);

// Whether this machine knows the zone by that name.
bool known_zone(std::string_view name);

} // namespace rapport::interop
