#include "interop/dav_properties.hpp"

#include "interop/icalendar.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>

namespace rapport::interop::dav {
namespace {

using core::SyncFields;
using core::SyncValue;

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
} // namespace

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
bool is_timed(std::span<const Mapping> mappings, std::string_view column) {
    return std::any_of(mappings.begin(), mappings.end(), [&](const Mapping& m) {
        return column == m.column && m.shape == Shape::Time;
    });
}

bool is_mapped(std::span<const Mapping> mappings, std::string_view column) {
    return std::any_of(mappings.begin(), mappings.end(), [&](const Mapping& m) {
        return column == m.column && m.shape != Shape::Time;
    });
}

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

std::optional<long long> number_of(const SyncValue& v) {
    if (!v || v->empty()) return std::nullopt;
    char* end = nullptr;
    const long long n = std::strtoll(v->c_str(), &end, 10);
    if (*end != '\0') return std::nullopt;
    return n;
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

namespace {

// CATEGORIES:a,b\,c — the values of every such line, split at unescaped
// commas.
std::vector<std::string> comma_values(const std::vector<const ContentLine*>& all) {
    std::vector<std::string> values;
    for (const ContentLine* l : all) {
        std::string current;
        for (size_t i = 0; i < l->value.size(); ++i) {
            if (l->value[i] == '\\' && i + 1 < l->value.size()) {
                current += l->value.substr(i, 2), ++i;
            } else if (l->value[i] == ',') {
                if (!current.empty()) values.push_back(unescape_text(current));
                current.clear();
            } else {
                current += l->value[i];
            }
        }
        if (!current.empty()) values.push_back(unescape_text(current));
    }
    return values;
}

// A time: the exact milliseconds Rapport wrote, unless another app moved the
// time they stand for; then the time it shows.
SyncValue time_value(const Mapping& m, const Component& c,
                     const std::vector<const ContentLine*>& all,
                     const std::optional<EventTime>& event) {
    const ContentLine* exact = c.find(x_name(m.column));
    const bool event_start = event && m.property == std::string_view("DTSTART");
    const auto shown = all.empty()   ? std::nullopt
                       : event_start ? std::optional<long long>(event->start)
                                     : parse_time(all[0]->value);
    if (!shown) return std::nullopt;
    if (exact && number_of(exact->value) && *number_of(exact->value) / 1000 * 1000 == *shown)
        return exact->value;
    return std::to_string(*shown);
}

std::string text_value(const Mapping& m, const std::vector<const ContentLine*>& all) {
    if (all.empty()) return {};
    const std::string_view value = all[0]->value;
    return unescape_text(m.property == std::string_view("ORG") ? first_component(value) : value);
}

// The URLs that are (or are not) a LinkedIn profile.
std::vector<std::string> url_values(const std::vector<const ContentLine*>& all, bool linkedin) {
    std::vector<std::string> lines;
    for (const ContentLine* l : all)
        if (is_linkedin(*l) == linkedin) lines.push_back(l->value);
    return lines;
}

} // namespace

void read_mapped(const Mapping& m, const Component& c, SyncFields& fields,
                 const std::optional<EventTime>& event) {
    const auto all = c.find_all(m.property);
    switch (m.shape) {
    case Shape::Text:
        fields[m.column] = text_value(m, all);
        break;
    case Shape::Lines: {
        std::vector<std::string> lines;
        for (const ContentLine* l : all)
            if (std::string v = unescape_text(l->value); !v.empty()) lines.push_back(v);
        fields[m.column] = joined(lines);
        break;
    }
    case Shape::Commas:
        fields[m.column] = joined(comma_values(all));
        break;
    case Shape::Time:
        fields[m.column] = time_value(m, c, all, event);
        break;
    case Shape::Minutes:
        // A phone that moves or stretches an event writes DTEND, not DURATION.
        if (event && (!all.empty() || c.find("DTEND")))
            fields[m.column] = std::to_string((event->end - event->start) / core::kMinute);
        else if (!all.empty())
            if (auto minutes = parse_minutes(all[0]->value))
                fields[m.column] = std::to_string(*minutes);
        break;
    case Shape::Linkedin: {
        const std::vector<std::string> lines = url_values(all, true);
        fields[m.column] = lines.empty() ? std::string() : lines.front();
        break;
    }
    case Shape::Links:
        fields[m.column] = joined(url_values(all, false));
        break;
    }
}

} // namespace rapport::interop::dav
