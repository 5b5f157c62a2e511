#include "interop/contact_csv.hpp"

#include "core/text.hpp"

#include "core/links.hpp"
#include "core/person.hpp"
#include "interop/csv.hpp"
#include "interop/text_encoding.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace rapport::interop {
namespace {

// Column positions by header name.
struct Columns {
    std::vector<std::string> names;
    int find(std::string_view name) const {
        for (size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return static_cast<int>(i);
        return -1;
    }
};

std::string cell(const CsvRecord& r, int column) {
    if (column < 0 || static_cast<size_t>(column) >= r.fields.size()) return {};
    return trimmed(r.fields[static_cast<size_t>(column)]);
}

std::vector<std::string> split_multi(const std::string& value) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i <= value.size()) {
        size_t end = value.find(":::", i);
        if (end == std::string::npos) end = value.size();
        std::string part = trimmed(std::string_view(value).substr(i, end - i));
        if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end())
            out.push_back(std::move(part));
        i = end + 3;
    }
    return out;
}

core::Millis days_from_civil(int y, unsigned m, unsigned d) {
    // Howard Hinnant's algorithm: days since 1970-01-01.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<core::Millis>(era * 146097 + static_cast<int>(doe) - 719468) * core::kDay;
}

core::ImportParse csv_or_error(std::string_view bytes, CsvResult& table, const char* format) {
    core::ImportParse result;
    result.format = format;
    const DecodedText decoded = decode_text(bytes);
    if (!decoded.error.empty()) {
        result.error = decoded.error;
        return result;
    }
    table = parse_csv(decoded.text);
    if (!table.error.empty()) {
        result.error_line = table.error_line;
        result.error = table.error;
    }
    return result;
}

} // namespace

std::optional<core::Millis> parse_day_month_year(std::string_view text) {
    static constexpr std::array<const char*, 12> kMonths = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const std::string t = trimmed(text);
    int year = 0, month = 0, day = 0;
    char name[16] = {};
    if (std::sscanf(t.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3) {
    } else if (std::sscanf(t.c_str(), "%2d %15s %4d", &day, name, &year) == 3) {
        const std::string lower = core::lower_ascii(name);
        for (size_t i = 0; i < kMonths.size(); ++i)
            if (lower.rfind(kMonths[i], 0) == 0) month = static_cast<int>(i) + 1;
    } else {
        return std::nullopt;
    }
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1])
        return std::nullopt;
    return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

core::ImportParse parse_linkedin_connections(std::string_view bytes) {
    CsvResult table;
    core::ImportParse result = csv_or_error(bytes, table, "LinkedIn connections");
    if (!result.ok()) return result;
    // The header follows a "Notes:" preamble of a few lines.
    size_t header = 0;
    while (header < table.records.size() && table.records[header].fields[0] != "First Name")
        ++header;
    if (header == table.records.size()) {
        result.error = "no header row starting \"First Name,Last Name,URL\"";
        return result;
    }
    const Columns cols{table.records[header].fields};
    const int first = cols.find("First Name"), last = cols.find("Last Name"),
              url = cols.find("URL"), email = cols.find("Email Address"),
              company = cols.find("Company"), position = cols.find("Position"),
              connected = cols.find("Connected On");
    if (last < 0 || connected < 0) {
        result.error_line = table.records[header].line;
        result.error = "the header lacks \"Last Name\" or \"Connected On\"";
        return result;
    }
    for (size_t i = header + 1; i < table.records.size(); ++i) {
        const CsvRecord& r = table.records[i];
        core::ImportedContact c;
        c.line = r.line;
        c.name = core::full_name(cell(r, first), cell(r, last));
        if (c.name.empty()) continue; // only a date: the connection left LinkedIn
        c.source = core::Source::LinkedInConnection;
        c.organisation = cell(r, company);
        c.role = cell(r, position);
        if (const std::string e = core::normalize_email(cell(r, email)); !e.empty())
            c.emails.push_back(e);
        const std::string profile = cell(r, url);
        c.linkedin = core::normalize_linkedin_url(profile);
        if (c.linkedin.empty() && !profile.empty()) c.links.push_back(profile);
        const std::string day = cell(r, connected);
        if (!day.empty()) {
            c.connected_on = parse_day_month_year(day);
            if (!c.connected_on) {
                result.error_line = r.line;
                result.error = "\"Connected On\" is not a date like 24 Aug 2023: \"" + day + "\"";
                result.contacts.clear();
                return result;
            }
        }
        result.contacts.push_back(std::move(c));
    }
    return result;
}

namespace {

// Where each field is in a Google Contacts export. Older exports: "Name,
// Given Name, Family Name, Organization 1 - Name"; newer: "First Name, Last
// Name, Organization Name". Emails, phones and websites come numbered
// ("E-mail 2 - Value"), each cell maybe several joined by " ::: ".
struct GoogleColumns {
    int full, given, middle, family, org, title, notes, groups;
    std::vector<int> emails, phones, webs;

    explicit GoogleColumns(const Columns& cols)
        : full(cols.find("Name")),
          given(std::max(cols.find("Given Name"), cols.find("First Name"))),
          middle(std::max(cols.find("Additional Name"), cols.find("Middle Name"))),
          family(std::max(cols.find("Family Name"), cols.find("Last Name"))),
          org(std::max(cols.find("Organization 1 - Name"), cols.find("Organization Name"))),
          title(std::max(cols.find("Organization 1 - Title"), cols.find("Organization Title"))),
          notes(cols.find("Notes")),
          groups(std::max(cols.find("Group Membership"), cols.find("Labels"))) {
        for (size_t i = 0; i < cols.names.size(); ++i) {
            const std::string& n = cols.names[i];
            if (n.size() <= 8 || n.compare(n.size() - 8, 8, " - Value") != 0) continue;
            if (n.rfind("E-mail ", 0) == 0) emails.push_back(static_cast<int>(i));
            if (n.rfind("Phone ", 0) == 0) phones.push_back(static_cast<int>(i));
            if (n.rfind("Website ", 0) == 0) webs.push_back(static_cast<int>(i));
        }
    }

    std::string name(const CsvRecord& r) const {
        if (std::string whole = cell(r, full); !whole.empty()) return whole;
        std::string given_names = cell(r, given);
        if (!cell(r, middle).empty())
            given_names += (given_names.empty() ? "" : " ") + cell(r, middle);
        return core::full_name(given_names, cell(r, family));
    }

    // Every value of the numbered columns `of`, each cell split at " ::: ".
    static std::vector<std::string> values(const CsvRecord& r, const std::vector<int>& of) {
        std::vector<std::string> out;
        for (int col : of)
            for (std::string& v : split_multi(cell(r, col)))
                out.push_back(std::move(v));
        return out;
    }

    core::ImportedContact contact(const CsvRecord& r) const {
        core::ImportedContact c;
        c.line = r.line;
        c.name = name(r);
        c.organisation = cell(r, org);
        c.role = cell(r, title);
        for (const std::string& e : values(r, emails))
            if (const std::string n = core::normalize_email(e); !n.empty()) c.emails.push_back(n);
        c.phones = values(r, phones);
        for (const std::string& w : values(r, webs)) {
            const std::string linkedin = core::normalize_linkedin_url(w);
            if (!linkedin.empty() && c.linkedin.empty())
                c.linkedin = linkedin;
            else
                c.links.push_back(w);
        }
        // Google's own groups are not the person's tags.
        for (const std::string& g : split_multi(cell(r, groups))) {
            std::string tag = g.rfind("* ", 0) == 0 ? g.substr(2) : g;
            if (tag != "myContacts" && tag != "starred" && !tag.empty()) c.tags.push_back(tag);
        }
        c.note = cell(r, notes);
        if (c.name.empty()) c.name = c.organisation;
        if (c.name.empty() && !c.emails.empty()) c.name = c.emails.front();
        return c;
    }
};

} // namespace

core::ImportParse parse_google_csv(std::string_view bytes) {
    CsvResult table;
    core::ImportParse result = csv_or_error(bytes, table, "Google Contacts CSV");
    if (!result.ok()) return result;
    if (table.records.empty()) {
        result.error = "the file is empty";
        return result;
    }
    const GoogleColumns columns(Columns{table.records[0].fields});
    if (columns.given < 0 && columns.full < 0) {
        result.error_line = table.records[0].line;
        result.error = "the header has no name column (\"Given Name\" or \"First Name\")";
        return result;
    }
    for (size_t i = 1; i < table.records.size(); ++i) {
        core::ImportedContact c = columns.contact(table.records[i]);
        if (c.name.empty()) continue; // an empty row
        result.contacts.push_back(std::move(c));
    }
    return result;
}

} // namespace rapport::interop
