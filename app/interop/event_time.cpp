#include "interop/event_time.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace rapport::interop {
namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct StringFree {
    void operator()(char* s) const { std::free(s); }
};

ComponentPtr parse(std::string_view text) {
    const std::string copy(text); // libical wants it terminated
    return ComponentPtr(icalparser_parse_string(copy.c_str()));
}

// The object's first event: the calendar's VEVENT, or the object itself.
icalcomponent* first_event(icalcomponent* root) {
    if (!root) return nullptr;
    if (icalcomponent_isa(root) == ICAL_VEVENT_COMPONENT) return root;
    return icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
}

icaltimezone* home_zone_of(const HomeZone& home) {
    if (!home.name.empty())
        if (icaltimezone* zone = icaltimezone_get_builtin_timezone(home.name.c_str())) return zone;
    return icaltimezone_get_utc_timezone();
}

// A date or a floating time is the person's own; a TZID nobody defines is
// read in their zone too (the nearest guess, never UTC by default).
const icaltimezone* zone_of(const icaltimetype& t, icaltimezone* home) {
    if (t.is_date || !t.zone) return home;
    return t.zone;
}

core::Millis instant(const icaltimetype& t, icaltimezone* home) {
    return static_cast<core::Millis>(icaltime_as_timet_with_zone(t, zone_of(t, home))) * 1000;
}

struct Span {
    core::Millis start = 0;
    core::Millis end = 0;
};

Span span_of(icalcomponent* event, icaltimezone* home) {
    const icaltimetype start = icalcomponent_get_dtstart(event);
    Span span{instant(start, home), 0};
    // libical gives DTEND, or DTSTART + DURATION when there is no DTEND.
    const icaltimetype end = icalcomponent_get_dtend(event);
    if (!icaltime_is_null_time(end))
        span.end = instant(end, home);
    else if (start.is_date)
        span.end = span.start + 24 * core::kHour; // RFC 5545: an all-day event lasts the day
    else
        span.end = span.start;
    span.end = std::max(span.end, span.start);
    return span;
}

std::string tzid_of(icalcomponent* event) {
    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart) return {};
    icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
    const char* name = tzid ? icalparameter_get_tzid(tzid) : nullptr;
    return name ? name : "";
}

// The instant a date-time property (EXDATE, RDATE, RECURRENCE-ID) names,
// with its TZID looked up as DTSTART's is.
core::Millis property_instant(icalproperty* p, icaltimezone* home) {
    return instant(icalproperty_get_datetime_with_component(p, nullptr), home);
}

std::string recurrence_id_text(const icaltimetype& t) {
    char text[32];
    std::snprintf(text, sizeof text, t.is_date ? "%04d%02d%02d" : "%04d%02d%02dT%02d%02d%02d",
                  t.year, t.month, t.day, t.hour, t.minute, t.second);
    return text;
}

// Far enough for any rule a person has; a rule that never ends stops here.
constexpr int kMaxRepeats = 20000;

} // namespace

std::optional<EventTime> event_time(std::string_view calendar, const HomeZone& home) {
    const ComponentPtr root = parse(calendar);
    icalcomponent* event = first_event(root.get());
    if (!event) return std::nullopt;
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) return std::nullopt;
    icaltimezone* home_zone = home_zone_of(home);
    const Span span = span_of(event, home_zone);
    EventTime out;
    out.start = span.start;
    out.end = span.end;
    out.all_day = start.is_date != 0;
    out.zone = tzid_of(event);
    out.repeats = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) ||
                  icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
    return out;
}

std::vector<Occurrence> occurrences(std::string_view calendar, const HomeZone& home,
                                    core::Millis from, core::Millis to) {
    std::vector<Occurrence> out;
    const ComponentPtr root = parse(calendar);
    icalcomponent* master = nullptr;
    std::vector<icalcomponent*> overrides; // a changed occurrence: its own VEVENT
    if (root && icalcomponent_isa(root.get()) == ICAL_VEVENT_COMPONENT) {
        master = root.get();
    } else if (root) {
        for (icalcomponent* e =
                 icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
             e; e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
            if (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
                overrides.push_back(e);
            else if (!master)
                master = e;
        }
    }
    icaltimezone* home_zone = home_zone_of(home);
    const auto add = [&](Span span, std::string id) {
        if (span.start < to && std::max(span.end, span.start + 1) > from)
            out.push_back({span.start, span.end, std::move(id)});
    };
    std::vector<core::Millis> replaced; // occurrences an override stands for
    for (icalcomponent* o : overrides) {
        icalproperty* rid = icalcomponent_get_first_property(o, ICAL_RECURRENCEID_PROPERTY);
        replaced.push_back(property_instant(rid, home_zone));
        const icaltimetype id = icalproperty_get_datetime_with_component(rid, nullptr);
        if (icalcomponent_get_status(o) != ICAL_STATUS_CANCELLED)
            add(span_of(o, home_zone), recurrence_id_text(id));
    }
    if (!master) return out;
    const icaltimetype dtstart = icalcomponent_get_dtstart(master);
    if (icaltime_is_null_time(dtstart)) return out;
    const Span first = span_of(master, home_zone);
    const core::Millis length = first.end - first.start;
    icalproperty* rrule = icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY);
    icalproperty* rdate = icalcomponent_get_first_property(master, ICAL_RDATE_PROPERTY);
    if (!rrule && !rdate) {
        add(first, "");
        return out;
    }
    std::vector<core::Millis> excluded = replaced;
    for (icalproperty* p = icalcomponent_get_first_property(master, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(master, ICAL_EXDATE_PROPERTY))
        excluded.push_back(property_instant(p, home_zone));
    const auto keep = [&](const icaltimetype& t) {
        const core::Millis at = instant(t, home_zone);
        if (std::find(excluded.begin(), excluded.end(), at) == excluded.end())
            add({at, at + length}, recurrence_id_text(t));
    };
    if (rrule) {
        icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), dtstart);
        for (int n = 0; it && n < kMaxRepeats; ++n) {
            icaltimetype t = icalrecur_iterator_next(it);
            if (icaltime_is_null_time(t)) break;
            t.zone = dtstart.zone; // the rule's times are in DTSTART's zone
            if (instant(t, home_zone) >= to) break;
            keep(t);
        }
        if (it) icalrecur_iterator_free(it);
    } else {
        keep(dtstart); // RDATE alone adds to DTSTART
    }
    for (icalproperty* p = rdate; p;
         p = icalcomponent_get_next_property(master, ICAL_RDATE_PROPERTY))
        keep(icalproperty_get_datetime_with_component(p, nullptr));
    std::sort(out.begin(), out.end(),
              [](const Occurrence& a, const Occurrence& b) { return a.start < b.start; });
    return out;
}

std::string wall_time(core::Millis t, const HomeZone& home) {
    if (home.name.empty() || !known_zone(home.name)) return {};
    const icaltimetype local =
        icaltime_from_timet_with_zone(static_cast<time_t>(t / 1000), 0, home_zone_of(home));
    return recurrence_id_text(local);
}

std::string zone_definition(const HomeZone& home, core::Millis from) {
    if (home.name.empty()) return {};
    icaltimezone* zone = icaltimezone_get_builtin_timezone(home.name.c_str());
    if (!zone) return {};
    const ComponentPtr definition(icalcomponent_new_clone(icaltimezone_get_component(zone)));
    if (!definition) return {};
    // From a year before `from` on: what a phone needs, not the zone's history.
    const icaltimetype since = icaltime_from_timet_with_zone(
        static_cast<time_t>(from / 1000 - 366 * 24 * 3600), 0, icaltimezone_get_utc_timezone());
    icaltimezone_truncate_vtimezone(definition.get(), since, icaltime_null_time(), 0);
    // libical names its own zones "/freeassociation.sourceforge.net/<name>";
    // phones and servers expect the IANA name itself.
    if (icalproperty* tzid = icalcomponent_get_first_property(definition.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, home.name.c_str());
    const std::unique_ptr<char, StringFree> text(icalcomponent_as_ical_string_r(definition.get()));
    return text ? std::string(text.get()) : std::string();
}

std::optional<EventFacts> event_facts(std::string_view calendar) {
    const ComponentPtr root = parse(calendar);
    icalcomponent* event = first_event(root.get());
    if (!event) return std::nullopt;
    for (icalcomponent* e = event; e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT))
        if (!icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
            event = e; // the series, not one changed occurrence
            break;
        }
    EventFacts facts;
    const auto text = [](const char* value) { return std::string(value ? value : ""); };
    facts.uid = text(icalcomponent_get_uid(event));
    facts.summary = text(icalcomponent_get_summary(event));
    facts.location = text(icalcomponent_get_location(event));
    facts.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
    const auto add_email = [&](const char* address) {
        std::string email = text(address);
        std::transform(email.begin(), email.end(), email.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (email.rfind("mailto:", 0) == 0) email.erase(0, 7);
        if (!email.empty()) facts.emails.push_back(email);
    };
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY))
        add_email(icalproperty_get_attendee(p));
    if (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY))
        add_email(icalproperty_get_organizer(p));
    return facts;
}

bool known_zone(std::string_view name) {
    if (name.empty()) return false;
    const std::string copy(name);
    return icaltimezone_get_builtin_timezone(copy.c_str()) != nullptr;
}

} // namespace rapport::interop
