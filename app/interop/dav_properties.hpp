#pragma once
// How a record's fields map to vCard and iCalendar properties: which column
// is which standard property (FN, EMAIL, DTSTART, DUE…), in what shape, and
// the X-RAPPORT-<COLUMN> properties that carry the rest. Shared by writing
// an item and reading one back (dav_payloads.cpp).
#include "core/sync_record.hpp"
#include "interop/content_lines.hpp"
#include "interop/event_time.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop::dav {

enum class Shape {
    Text,     // one property, TEXT escaped
    Lines,    // one property per line of the field (EMAIL, TEL)
    Commas,   // one property, the lines joined by commas (CATEGORIES)
    Time,     // a UTC DATE-TIME; the exact milliseconds ride in X-RAPPORT-<COLUMN>
    Minutes,  // a DURATION in minutes
    Linkedin, // URL;TYPE=linkedin
    Links,    // every other URL
};

struct Mapping {
    const char* column;
    const char* property;
    Shape shape;
};

inline constexpr std::string_view kPrefix = "X-RAPPORT-";
inline constexpr std::string_view kTableProperty = "X-RAPPORT-TABLE";
inline constexpr std::string_view kStampProperty = "X-RAPPORT-STAMP";
inline constexpr std::string_view kAlarmMark = "X-RAPPORT-ALARM";
inline constexpr std::string_view kReplacedProperty = "X-RAPPORT-REPLACED";
inline constexpr std::string_view kFieldParam = "X-RAPPORT-FIELD";
inline constexpr std::string_view kNullParam = ";X-RAPPORT-NULL=TRUE";

// The columns of `table` that have a standard property.
std::span<const Mapping> mappings_of(std::string_view table);
// VCARD, VEVENT, VTODO or VJOURNAL.
const char* component_of(std::string_view table);
// Whether `column` is one of `mappings`' times (its exact value rides in
// X-RAPPORT-<COLUMN> beside the standard property).
bool is_timed(std::span<const Mapping> mappings, std::string_view column);
// Whether `column` has a standard property other than a time.
bool is_mapped(std::span<const Mapping> mappings, std::string_view column);

// "when_at" <-> "X-RAPPORT-WHEN-AT".
std::string x_name(std::string_view column);
std::string column_of(std::string_view x_property);
// A field's value as a whole number (milliseconds, minutes), if it is one.
std::optional<long long> number_of(const core::SyncValue& v);

// The properties a mapping owns, written from `fields` into `out`.
void write_mapped(const Mapping& m, const core::SyncFields& fields, std::vector<ContentLine>& out);
// Reads a mapping's properties from `c` into `fields`. A standard property
// that is absent means empty: another app clearing it is a change. `event`:
// an event's times as libical reads them (its zone, its DTEND), which stand
// for DTSTART and DURATION.
void read_mapped(const Mapping& m, const Component& c, core::SyncFields& fields,
                 const std::optional<EventTime>& event);

} // namespace rapport::interop::dav
