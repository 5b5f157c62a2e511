#include "interop/dav_payloads.hpp"

#include "core/person.hpp"
#include "interop/content_lines.hpp"
#include "interop/dav_properties.hpp"
#include "interop/event_time.hpp"
#include "interop/icalendar.hpp"

#include <algorithm>
#include <cctype>
#include <span>
#include <string_view>

namespace rapport::interop {
namespace {

using core::SyncFields;
using core::SyncRecord;
using core::SyncValue;
using namespace dav;

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

namespace {

// What the server's previous copy of an item keeps: the calendar's own
// lines, the item's lines and children that are not ours (in their order),
// its UID, and a contact's N when the name is unchanged.
struct PreviousItem {
    std::vector<ContentLine> calendar_lines;
    std::vector<ContentLine> lines;
    std::vector<Component> children;
    std::string uid;
    std::optional<ContentLine> their_n;
};

// Another app's UID is kept as written (Android's bare UUIDs, a phone's own
// ids): a server refuses a card whose UID changes. So is its N when the name
// is unchanged: it knows which part is the family name.
PreviousItem read_previous(const SyncRecord& record, std::string_view previous,
                           std::string_view link) {
    const bool contact = record.table == "person";
    PreviousItem out;
    out.uid = contact ? "urn:uuid:" + record.id : record.id;
    std::string ignored;
    if (previous.empty()) return out;
    auto parsed = parse_components(previous, ignored);
    if (!parsed || parsed->empty()) return out;
    const Component* old = &parsed->front();
    if (!contact) {
        out.calendar_lines = old->lines;
        old = old->child(component_of(record.table));
    }
    if (!old) return out;
    if (const ContentLine* u = old->find("UID")) out.uid = u->value;
    const ContentLine* fn = old->find("FN");
    const auto name = record.fields.find("name");
    if (const ContentLine* n = old->find("N");
        contact && n && fn && name != record.fields.end() &&
        unescape_text(fn->value) == name->second.value_or(""))
        out.their_n = *n;
    const std::span<const Mapping> mappings = mappings_of(record.table);
    for (const ContentLine& line : old->lines)
        if (!owned_by_us(line, mappings, contact) && !(line.name == "URL" && !link.empty()))
            out.lines.push_back(line);
    for (const Component& child : old->children)
        if (!child.find(kAlarmMark)) out.children.push_back(child);
    return out;
}

bool field_is(const SyncRecord& record, const char* column, std::string_view value) {
    const auto it = record.fields.find(column);
    return it != record.fields.end() && it->second == value;
}

bool field_set(const SyncRecord& record, const char* column) {
    const auto it = record.fields.find(column);
    return it != record.fields.end() && it->second;
}

// The lines that say which record this is and how a calendar shows it.
void identity_lines(const SyncRecord& record, const PreviousItem& before, std::string_view title,
                    std::string_view link, std::vector<ContentLine>& ours) {
    const std::string stamp_time = ical_utc(record.stamp.millis);
    if (record.table == "person") {
        ours.push_back({"VERSION", "", "", "4.0"});
        ours.push_back({"UID", "", "", before.uid});
        if (before.their_n) {
            ours.push_back(*before.their_n);
        } else {
            const auto name = record.fields.find("name");
            const core::NameParts parts =
                core::split_name(name != record.fields.end() && name->second ? *name->second : "");
            ours.push_back(
                {"N", "", "", escape_text(parts.family) + ";" + escape_text(parts.given) + ";;;"});
        }
        ours.push_back({"REV", "", "", stamp_time});
    } else {
        ours.push_back({"UID", "", "", before.uid});
        ours.push_back({"DTSTAMP", "", "", stamp_time});
        if (!title.empty()) ours.push_back({"SUMMARY", "", "", escape_text(title)});
        // Ours when we link somewhere: it replaces the URL the item had.
        if (!link.empty()) ours.push_back({"URL", "", ";VALUE=URI", std::string(link)});
    }
    if (record.table == "follow_up")
        ours.push_back(
            {"STATUS", "", "", field_set(record, "done_at") ? "COMPLETED" : "NEEDS-ACTION"});
    if (record.table == "conversation")
        ours.push_back({"STATUS", "", "",
                        field_is(record, "status", "cancelled") ? "CANCELLED" : "CONFIRMED"});
    ours.push_back({std::string(kTableProperty), "", "", record.table});
    ours.push_back({std::string(kStampProperty), "", "", stamp_text(record.stamp)});
}

// Every field without a standard property, as X-RAPPORT-<COLUMN> (a null as
// X-RAPPORT-NULL=TRUE), and the values other devices lost to this record's.
void rapport_lines(const SyncRecord& record, std::span<const core::ReplacedEdit> replaced,
                   std::vector<ContentLine>& ours) {
    const std::span<const Mapping> mappings = mappings_of(record.table);
    for (const auto& [column, value] : record.fields) {
        // A Time wrote its own X-RAPPORT copy.
        if (is_mapped(mappings, column) || is_timed(mappings, column)) continue;
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
}

Component alarm(std::string trigger_params, std::string trigger, std::string_view words) {
    Component out{"VALARM", {}, {}};
    out.lines.push_back({"ACTION", "", "", "DISPLAY"});
    out.lines.push_back({"TRIGGER", "", std::move(trigger_params), std::move(trigger)});
    out.lines.push_back({"DESCRIPTION", "", "", escape_text(words)});
    out.lines.push_back({std::string(kAlarmMark), "", "", "1"});
    return out;
}

// An open follow-up rings when it is due; a planned conversation rings at
// its end on the phone's own calendar, with Rapport closed: the moment for
// the notes.
std::optional<Component> reminder_of(const SyncRecord& record, std::string_view title) {
    if (record.table == "follow_up") {
        const auto due = record.fields.find("due");
        if (due == record.fields.end() || !number_of(due->second) || field_set(record, "done_at"))
            return std::nullopt;
        return alarm(";VALUE=DATE-TIME", ical_utc(*number_of(due->second)),
                     title.empty() ? "Follow up" : title);
    }
    if (record.table != "conversation") return std::nullopt;
    if (record.fields.count("status") && !field_is(record, "status", "planned"))
        return std::nullopt;
    constexpr std::string_view kWith = "Conversation with ";
    const std::string_view who =
        title.substr(0, kWith.size()) == kWith ? title.substr(kWith.size()) : "";
    return alarm(";RELATED=END", "PT0S",
                 who.empty() ? "How did it go? Capture your notes"
                             : "How did it go with " + std::string(who) + "? Capture your notes");
}

} // namespace

std::string render_item(const SyncRecord& record, std::string_view previous, std::string_view title,
                        std::span<const core::ReplacedEdit> replaced, std::string_view link,
                        const HomeZone& home) {
    PreviousItem before = read_previous(record, previous, link);
    std::vector<ContentLine> ours;
    identity_lines(record, before, title, link, ours);
    for (const Mapping& m : mappings_of(record.table))
        write_mapped(m, record.fields, ours);
    std::string zone; // the VTIMEZONE a conversation's start is written in
    if (record.table == "conversation") zone = write_local_start(record.fields, home, ours);
    rapport_lines(record, replaced, ours);
    // Ours first (VERSION must lead a vCard), then what others wrote.
    ours.insert(ours.end(), before.lines.begin(), before.lines.end());
    Component item{component_of(record.table), std::move(ours), std::move(before.children)};
    if (auto reminder = reminder_of(record, title)) item.children.push_back(std::move(*reminder));
    if (record.table == "person") return write_component(item);
    Component calendar{"VCALENDAR", std::move(before.calendar_lines), {}};
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
        if (is_timed(mappings, column)) continue; // read with its standard property
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
