#include "interop/dav_payloads.hpp"

#include "core/person.hpp"
#include "interop/content_lines.hpp"
#include "interop/event_time.hpp"
#include "interop/icalendar.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <span>
#include <string_view>

namespace rapport::interop {
namespace {

using core::SyncFields;
using core::SyncRecord;
using core::SyncValue;

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

// What has a standard property. Everything else rides as X-RAPPORT-<COLUMN>.
constexpr Mapping kPerson[] = {{"name", "FN", Shape::Text},
                               {"role", "TITLE", Shape::Text},
                               {"organisation", "ORG", Shape::Text},
                               {"emails", "EMAIL", Shape::Lines},
                               {"phones", "TEL", Shape::Lines},
                               {"linkedin", "URL", Shape::Linkedin},
                               {"links", "URL", Shape::Links},
                               {"tags", "CATEGORIES", Shape::Commas},
                               {"research_notes", "NOTE", Shape::Text}};
constexpr Mapping kConversation[] = {{"when_at", "DTSTART", Shape::Time},
                                     {"duration_minutes", "DURATION", Shape::Minutes},
                                     {"place", "LOCATION", Shape::Text},
                                     {"notes", "DESCRIPTION", Shape::Text}};
constexpr Mapping kFollowUp[] = {{"due", "DUE", Shape::Time},
                                 {"done_at", "COMPLETED", Shape::Time}};
constexpr Mapping kNote[] = {{"body", "DESCRIPTION", Shape::Text},
                             {"created_at", "DTSTART", Shape::Time}};

std::span<const Mapping> mappings_of(std::string_view table) {
    if (table == "person") return kPerson;
    if (table == "conversation") return kConversation;
    if (table == "follow_up") return kFollowUp;
    if (table == "note") return kNote;
    return {};
}

const char* component_of(std::string_view table) {
    if (table == "person") return "VCARD";
    if (table == "conversation") return "VEVENT";
    if (table == "follow_up") return "VTODO";
    return "VJOURNAL";
}

constexpr std::string_view kPrefix = "X-RAPPORT-";
constexpr std::string_view kTableProperty = "X-RAPPORT-TABLE";
constexpr std::string_view kStampProperty = "X-RAPPORT-STAMP";
constexpr std::string_view kAlarmMark = "X-RAPPORT-ALARM";
constexpr std::string_view kReplacedProperty = "X-RAPPORT-REPLACED";
constexpr std::string_view kFieldParam = "X-RAPPORT-FIELD";
constexpr std::string_view kNullParam = ";X-RAPPORT-NULL=TRUE";

std::string x_name(std::string_view column) {
    std::string name(kPrefix);
    for (char c : column)
        name += c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return name;
}

std::string column_of(std::string_view x_property) {
    std::string column;
    for (char c : x_property.substr(kPrefix.size()))
        column += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return column;
}

std::vector<std::string> lines_of(const SyncValue& v) {
    std::vector<std::string> out;
    if (!v) return out;
    size_t at = 0;
    while (at <= v->size()) {
        const size_t end = std::min(v->find('\n', at), v->size());
        if (end > at) out.push_back(v->substr(at, end - at));
        at = end + 1;
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += (out.empty() ? "" : "\n") + l;
    return out;
}

std::optional<long long> number_of(const SyncValue& v) {
    if (!v || v->empty()) return std::nullopt;
    char* end = nullptr;
    const long long n = std::strtoll(v->c_str(), &end, 10);
    if (*end != '\0') return std::nullopt;
    return n;
}

// "20261202T143000Z", "20261202T143000" (taken as UTC) or "20261202".
std::optional<long long> parse_time(std::string_view value) {
    std::tm t{};
    if (value.size() < 8) return std::nullopt;
    for (size_t i = 0; i < 8; ++i)
        if (!std::isdigit(static_cast<unsigned char>(value[i]))) return std::nullopt;
    const auto digits = [&](size_t at, size_t n) {
        return std::stoi(std::string(value.substr(at, n)));
    };
    t.tm_year = digits(0, 4) - 1900;
    t.tm_mon = digits(4, 2) - 1;
    t.tm_mday = digits(6, 2);
    if (value.size() >= 15 && value[8] == 'T') {
        for (size_t i = 9; i < 15; ++i)
            if (!std::isdigit(static_cast<unsigned char>(value[i]))) return std::nullopt;
        t.tm_hour = digits(9, 2);
        t.tm_min = digits(11, 2);
        t.tm_sec = digits(13, 2);
    }
    return static_cast<long long>(timegm(&t)) * 1000;
}

// "PT15M", "PT1H30M", "P1D": minutes.
std::optional<long long> parse_minutes(std::string_view value) {
    long long minutes = 0, number = 0;
    bool any = false;
    for (char c : value) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            number = number * 10 + (c - '0');
            any = true;
        } else if (c == 'W') {
            minutes += number * 7 * 24 * 60, number = 0;
        } else if (c == 'D') {
            minutes += number * 24 * 60, number = 0;
        } else if (c == 'H') {
            minutes += number * 60, number = 0;
        } else if (c == 'M') {
            minutes += number, number = 0;
        } else if (c == 'S') {
            minutes += number / 60, number = 0;
        }
    }
    return any ? std::optional(minutes) : std::nullopt;
}

bool is_linkedin(const ContentLine& line) {
    const auto type = param_value(line.params, "TYPE");
    if (!type) return false;
    std::string t = *type;
    for (char& c : t)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return t.find("linkedin") != std::string::npos;
}

// The properties a mapping owns and writes, in `out`.
void write_mapped(const Mapping& m, const SyncFields& fields, std::vector<ContentLine>& out) {
    const auto it = fields.find(m.column);
    const SyncValue value = it == fields.end() ? SyncValue{} : it->second;
    switch (m.shape) {
    case Shape::Text:
        if (value && !value->empty()) {
            std::string escaped = escape_text(*value);
            out.push_back({m.property, "", "", escaped});
        }
        break;
    case Shape::Lines:
        for (const std::string& line : lines_of(value))
            out.push_back({m.property, "", "", escape_text(line)});
        break;
    case Shape::Commas: {
        std::string all;
        for (const std::string& line : lines_of(value))
            all += (all.empty() ? "" : ",") + escape_text(line);
        if (!all.empty()) out.push_back({m.property, "", "", all});
        break;
    }
    case Shape::Time:
        if (auto ms = number_of(value)) {
            out.push_back({m.property, "", "", ical_utc(*ms)});
            out.push_back({x_name(m.column), "", "", *value}); // the exact milliseconds
        }
        break;
    case Shape::Minutes:
        if (auto minutes = number_of(value))
            out.push_back({m.property, "", "", "PT" + std::to_string(*minutes) + "M"});
        break;
    case Shape::Linkedin:
        if (value && !value->empty()) out.push_back({m.property, "", ";TYPE=linkedin", *value});
        break;
    case Shape::Links:
        for (const std::string& line : lines_of(value))
            out.push_back({m.property, "", "", line});
        break;
    }
}

// ORG's first component (the organisation; a department may follow after
// an unescaped ';').
std::string_view first_component(std::string_view value) {
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\')
            ++i; // an escaped character, ';' included
        else if (value[i] == ';')
            return value.substr(0, i);
    }
    return value;
}

// Reads a mapping's properties from `c` into `fields`. A standard property
// that is absent means empty: another app clearing it is a change. `event`:
// an event's times as libical reads them (its zone, its DTEND), which stand
// for DTSTART and DURATION.
void read_mapped(const Mapping& m, const Component& c, SyncFields& fields,
                 const std::optional<EventTime>& event) {
    const auto all = c.find_all(m.property);
    switch (m.shape) {
    case Shape::Text:
        fields[m.column] = all.empty() ? std::string()
                                       : unescape_text(m.property == std::string_view("ORG")
                                                           ? first_component(all[0]->value)
                                                           : std::string_view(all[0]->value));
        break;
    case Shape::Lines: {
        std::vector<std::string> lines;
        for (const ContentLine* l : all)
            if (std::string v = unescape_text(l->value); !v.empty()) lines.push_back(v);
        fields[m.column] = joined(lines);
        break;
    }
    case Shape::Commas: {
        std::vector<std::string> lines;
        for (const ContentLine* l : all) {
            std::string current;
            for (size_t i = 0; i < l->value.size(); ++i) {
                if (l->value[i] == '\\' && i + 1 < l->value.size()) {
                    current += l->value.substr(i, 2), ++i;
                } else if (l->value[i] == ',') {
                    if (!current.empty()) lines.push_back(unescape_text(current));
                    current.clear();
                } else {
                    current += l->value[i];
                }
            }
            if (!current.empty()) lines.push_back(unescape_text(current));
        }
        fields[m.column] = joined(lines);
        break;
    }
    case Shape::Time: {
        // The exact value, unless another app moved the time it stands for.
        const ContentLine* exact = c.find(x_name(m.column));
        const bool event_start = event && m.property == std::string_view("DTSTART");
        const auto shown = all.empty()   ? std::nullopt
                           : event_start ? std::optional<long long>(event->start)
                                         : parse_time(all[0]->value);
        if (!shown) {
            fields[m.column] = std::nullopt;
        } else if (exact && number_of(exact->value) &&
                   *number_of(exact->value) / 1000 * 1000 == *shown) {
            fields[m.column] = exact->value;
        } else {
            fields[m.column] = std::to_string(*shown);
        }
        break;
    }
    case Shape::Minutes:
        // A phone that moves or stretches an event writes DTEND, not DURATION.
        if (event && (!all.empty() || c.find("DTEND")))
            fields[m.column] = std::to_string((event->end - event->start) / core::kMinute);
        else if (!all.empty())
            if (auto minutes = parse_minutes(all[0]->value))
                fields[m.column] = std::to_string(*minutes);
        break;
    case Shape::Linkedin:
    case Shape::Links: {
        std::vector<std::string> lines;
        for (const ContentLine* l : all)
            if (is_linkedin(*l) == (m.shape == Shape::Linkedin)) lines.push_back(l->value);
        fields[m.column] = m.shape == Shape::Linkedin
                               ? (lines.empty() ? std::string() : lines.front())
                               : joined(lines);
        break;
    }
    }
}

// A conversation's DTSTART in the person's zone ("DTSTART;TZID=America/
// Chicago:20270715T140000"), so a phone shows and edits it in local time;
// returns the VTIMEZONE that defines it ("" when the zone is UTC or
// unknown, and DTSTART stays in UTC).
std::string write_local_start(const SyncFields& fields, const HomeZone& home,
                              std::vector<ContentLine>& lines) {
    const auto when = fields.find("when_at");
    if (when == fields.end()) return {};
    const auto ms = number_of(when->second);
    if (!ms) return {};
    const std::string wall = wall_time(*ms, home);
    if (wall.empty()) return {};
    std::string zone = zone_definition(home, *ms);
    if (zone.empty()) return {};
    for (ContentLine& line : lines)
        if (line.name == "DTSTART") {
            line.params = ";TZID=" + home.name;
            line.value = wall;
        }
    return zone;
}

bool owned_by_us(const ContentLine& line, std::span<const Mapping> mappings, bool contact) {
    if (line.name.compare(0, kPrefix.size(), kPrefix) == 0) return true;
    for (const Mapping& m : mappings)
        if (line.name == m.property) return true;
    static constexpr std::string_view kContact[] = {"VERSION", "UID", "N", "REV", "PRODID"};
    static constexpr std::string_view kEvent[] = {"UID",    "DTSTAMP",       "SUMMARY",
                                                  "STATUS", "LAST-MODIFIED", "DTEND"};
    for (std::string_view name : contact ? std::span<const std::string_view>(kContact)
                                         : std::span<const std::string_view>(kEvent))
        if (line.name == name) return true;
    return false;
}

// The component a record is: the vCard, or a calendar's first event, to-do
// or journal (nullptr for a calendar with none, such as a time zone alone).
const Component* record_component(const Component& first) {
    if (first.name != "VCALENDAR") return &first;
    for (const Component& child : first.children)
        if (child.name == "VEVENT" || child.name == "VTODO" || child.name == "VJOURNAL")
            return &child;
    return nullptr;
}

} // namespace

DavCollection collection_of(std::string_view table) {
    if (table == "person") return DavCollection::Contacts;
    if (table == "conversation" || table == "follow_up" || table == "note")
        return DavCollection::Calendar;
    return DavCollection::Records;
}

std::string item_name(const SyncRecord& record) {
    std::string name;
    if (collection_of(record.table) == DavCollection::Records && record.table != record.id)
        name = record.table + "-";
    for (char c : record.id)
        name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
    return name + (record.table == "person" ? ".vcf" : ".ics");
}

std::string render_item(const SyncRecord& record, std::string_view previous, std::string_view title,
                        std::span<const core::ReplacedEdit> replaced, std::string_view link,
                        const HomeZone& home) {
    const bool contact = record.table == "person";
    const std::span<const Mapping> mappings = mappings_of(record.table);
    Component item{component_of(record.table), {}, {}};
    Component calendar{"VCALENDAR", {}, {}};
    // What the server had that is not ours stays, in its order.
    std::string ignored;
    // Another app's UID is kept as written (Android's bare UUIDs, a phone's
    // own ids): a server refuses a card whose UID changes. So is its N when
    // the name is unchanged: it knows which part is the family name.
    std::string uid = contact ? "urn:uuid:" + record.id : record.id;
    std::optional<ContentLine> their_n;
    if (!previous.empty())
        if (auto parsed = parse_components(previous, ignored); parsed && !parsed->empty()) {
            const Component* old = &parsed->front();
            if (!contact) {
                calendar.lines = old->lines;
                old = old->child(item.name);
            }
            if (old) {
                if (const ContentLine* u = old->find("UID")) uid = u->value;
                const ContentLine* fn = old->find("FN");
                const auto name = record.fields.find("name");
                if (const ContentLine* n = old->find("N");
                    contact && n && fn && name != record.fields.end() &&
                    unescape_text(fn->value) == name->second.value_or(""))
                    their_n = *n;
                for (const ContentLine& line : old->lines)
                    if (!owned_by_us(line, mappings, contact) &&
                        !(line.name == "URL" && !link.empty()))
                        item.lines.push_back(line);
                for (const Component& child : old->children)
                    if (!child.find(kAlarmMark)) item.children.push_back(child);
            }
        }
    std::vector<ContentLine> ours;
    const std::string stamp_time = ical_utc(record.stamp.millis);
    if (contact) {
        ours.push_back({"VERSION", "", "", "4.0"});
        ours.push_back({"UID", "", "", uid});
        const auto name = record.fields.find("name");
        const std::string full = name != record.fields.end() && name->second ? *name->second : "";
        if (their_n) {
            ours.push_back(*their_n);
        } else {
            const core::NameParts parts = core::split_name(full);
            ours.push_back(
                {"N", "", "", escape_text(parts.family) + ";" + escape_text(parts.given) + ";;;"});
        }
        ours.push_back({"REV", "", "", stamp_time});
    } else {
        ours.push_back({"UID", "", "", uid});
        ours.push_back({"DTSTAMP", "", "", stamp_time});
        if (!title.empty()) ours.push_back({"SUMMARY", "", "", escape_text(title)});
        // Ours when we link somewhere: it replaces the URL the item had.
        if (!link.empty()) ours.push_back({"URL", "", ";VALUE=URI", std::string(link)});
    }
    if (record.table == "follow_up") {
        const auto done = record.fields.find("done_at");
        const bool completed = done != record.fields.end() && done->second;
        ours.push_back({"STATUS", "", "", completed ? "COMPLETED" : "NEEDS-ACTION"});
    }
    if (record.table == "conversation") {
        const auto status = record.fields.find("status");
        const bool cancelled = status != record.fields.end() && status->second == "cancelled";
        ours.push_back({"STATUS", "", "", cancelled ? "CANCELLED" : "CONFIRMED"});
    }
    ours.push_back({std::string(kTableProperty), "", "", record.table});
    ours.push_back({std::string(kStampProperty), "", "", stamp_text(record.stamp)});
    for (const Mapping& m : mappings)
        write_mapped(m, record.fields, ours);
    std::string zone; // the VTIMEZONE a conversation's start is written in
    if (record.table == "conversation") zone = write_local_start(record.fields, home, ours);
    for (const auto& field : record.fields) {
        // Named, not bound: clang 14 (the web build) cannot capture a binding.
        const std::string& column = field.first;
        const SyncValue& value = field.second;
        const bool mapped = std::any_of(mappings.begin(), mappings.end(), [&](const Mapping& m) {
            return column == m.column && m.shape != Shape::Time;
        });
        const bool timed = std::any_of(mappings.begin(), mappings.end(), [&](const Mapping& m) {
            return column == m.column && m.shape == Shape::Time;
        });
        if (mapped || timed) continue; // a Time wrote its own X-RAPPORT copy
        if (value)
            ours.push_back({x_name(column), "", "", escape_text(*value)});
        else
            ours.push_back({x_name(column), "", std::string(kNullParam), ""});
    }
    for (const core::ReplacedEdit& r : replaced) {
        // A column name is letters and underscores: safe as a bare parameter.
        std::string params = ";" + std::string(kFieldParam) + "=" + r.field;
        if (!r.lost) params += kNullParam;
        ours.push_back(
            {std::string(kReplacedProperty), "", params, escape_text(r.lost.value_or(""))});
    }
    // Ours first (VERSION must lead a vCard), then what others wrote.
    ours.insert(ours.end(), item.lines.begin(), item.lines.end());
    item.lines = std::move(ours);
    if (record.table == "follow_up") {
        const auto due = record.fields.find("due");
        const auto done = record.fields.find("done_at");
        if (due != record.fields.end() && number_of(due->second) &&
            (done == record.fields.end() || !done->second)) {
            Component alarm{"VALARM", {}, {}};
            alarm.lines.push_back({"ACTION", "", "", "DISPLAY"});
            alarm.lines.push_back(
                {"TRIGGER", "", ";VALUE=DATE-TIME", ical_utc(*number_of(due->second))});
            alarm.lines.push_back(
                {"DESCRIPTION", "", "", escape_text(title.empty() ? "Follow up" : title)});
            alarm.lines.push_back({std::string(kAlarmMark), "", "", "1"});
            item.children.push_back(std::move(alarm));
        }
    }
    if (record.table == "conversation") {
        // A planned conversation rings at its end on the phone's own calendar,
        // with Rapport closed: the moment for the notes.
        const auto status = record.fields.find("status");
        const bool planned = status == record.fields.end() || status->second == "planned";
        if (planned) {
            constexpr std::string_view kWith = "Conversation with ";
            const std::string_view who =
                title.substr(0, kWith.size()) == kWith ? title.substr(kWith.size()) : "";
            const std::string words =
                who.empty() ? "How did it go? Capture your notes"
                            : "How did it go with " + std::string(who) + "? Capture your notes";
            Component alarm{"VALARM", {}, {}};
            alarm.lines.push_back({"ACTION", "", "", "DISPLAY"});
            alarm.lines.push_back({"TRIGGER", "", ";RELATED=END", "PT0S"});
            alarm.lines.push_back({"DESCRIPTION", "", "", escape_text(words)});
            alarm.lines.push_back({std::string(kAlarmMark), "", "", "1"});
            item.children.push_back(std::move(alarm));
        }
    }
    if (contact) return write_component(item);
    if (calendar.lines.empty()) {
        calendar.lines.push_back({"VERSION", "", "", "2.0"});
        calendar.lines.push_back({"PRODID", "", "", "-//Rapport//Rapport//EN"});
    }
    if (!zone.empty()) {
        std::string ignored_error;
        if (auto parsed = parse_components(zone, ignored_error); parsed && !parsed->empty())
            calendar.children.push_back(std::move(parsed->front()));
    }
    calendar.children.push_back(std::move(item));
    return write_component(calendar);
}

std::optional<SyncRecord> read_item(std::string_view text, std::string& error,
                                    const HomeZone& home) {
    error.clear();
    auto parsed = parse_components(text, error);
    if (!parsed) return std::nullopt;
    if (parsed->empty()) {
        error = "no vCard or iCalendar object in it";
        return std::nullopt;
    }
    const Component& first = parsed->front();
    if (first.name != "VCALENDAR" && first.name != "VCARD") {
        error = "a " + first.name + " is neither a vCard nor a calendar";
        return std::nullopt;
    }
    const Component* item = record_component(first);
    if (!item) return std::nullopt; // a time zone alone: nothing of ours
    SyncRecord record;
    const ContentLine* table = item->find(kTableProperty);
    if (table)
        record.table = table->value;
    else if (item->name == "VCARD")
        record.table = "person";
    else
        return std::nullopt; // someone else's event: not ours to take
    const ContentLine* uid = item->find("UID");
    if (!uid || uid->value.empty()) {
        error = "it has no UID";
        return std::nullopt;
    }
    record.id = uid->value;
    if (record.id.rfind("urn:uuid:", 0) == 0) record.id = record.id.substr(9);
    if (const ContentLine* stamp = item->find(kStampProperty))
        if (auto s = core::parse_stamp(stamp->value)) record.stamp = *s;
    const std::span<const Mapping> mappings = mappings_of(record.table);
    const std::optional<EventTime> event =
        item->name == "VEVENT" ? event_time(text, home) : std::nullopt;
    for (const Mapping& m : mappings)
        read_mapped(m, *item, record.fields, event);
    if (record.table == "person" && record.fields["name"]->empty())
        if (const ContentLine* n = item->find("N")) { // a card with N and no FN
            const std::string& v = n->value;
            const size_t semi = v.find(';');
            const std::string family = unescape_text(v.substr(0, semi));
            const std::string given =
                semi == std::string::npos
                    ? ""
                    : unescape_text(v.substr(semi + 1, v.find(';', semi + 1) - semi - 1));
            record.fields["name"] = given.empty() ? family : given + " " + family;
        }
    for (const ContentLine& line : item->lines) {
        if (line.name.compare(0, kPrefix.size(), kPrefix) != 0 || line.name == kTableProperty ||
            line.name == kStampProperty || line.name == kReplacedProperty)
            continue;
        const std::string column = column_of(line.name);
        const bool timed = std::any_of(mappings.begin(), mappings.end(), [&](const Mapping& m) {
            return column == m.column && m.shape == Shape::Time;
        });
        if (timed) continue; // read with its standard property
        if (param_value(line.params, "X-RAPPORT-NULL"))
            record.fields[column] = std::nullopt;
        else
            record.fields[column] = unescape_text(line.value);
    }
    return record;
}

std::vector<core::ReplacedEdit> replaced_edits(std::string_view text) {
    std::vector<core::ReplacedEdit> out;
    std::string ignored;
    const auto parsed = parse_components(text, ignored);
    if (!parsed || parsed->empty()) return out;
    const Component* item = record_component(parsed->front());
    if (!item) return out;
    for (const ContentLine& line : item->lines) {
        if (line.name != kReplacedProperty) continue;
        const auto field = param_value(line.params, kFieldParam);
        if (!field || field->empty()) continue;
        core::ReplacedEdit r{*field, unescape_text(line.value)};
        if (param_value(line.params, "X-RAPPORT-NULL")) r.lost = std::nullopt;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace rapport::interop
