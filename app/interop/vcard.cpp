#include "interop/vcard.hpp"

#include "core/links.hpp"
#include "core/person.hpp"
#include "core/text.hpp"
#include "interop/icalendar.hpp"
#include "interop/text_encoding.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::interop {
namespace {

struct LogicalLine {
    int number; // where it starts
    std::string text;
};

std::vector<LogicalLine> unfold(std::string_view text) {
    std::vector<LogicalLine> lines;
    int number = 0;
    size_t i = 0;
    while (i <= text.size()) {
        size_t end = text.find('\n', i);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(i, end - i);
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        ++number;
        if (!raw.empty() && (raw[0] == ' ' || raw[0] == '\t') && !lines.empty())
            lines.back().text.append(raw.substr(1));
        else
            lines.push_back({number, std::string(raw)});
        if (end == text.size()) break;
        i = end + 1;
    }
    return lines;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

struct Property {
    std::string group;
    std::string name;                                        // upper case
    std::vector<std::pair<std::string, std::string>> params; // upper-case name, value
    std::string value;
    bool has_param(std::string_view name_or_value) const {
        for (const auto& [n, v] : params)
            if (n == name_or_value || upper(v) == name_or_value) return true;
        return false;
    }
    std::string param(std::string_view wanted) const {
        for (const auto& [n, v] : params)
            if (n == wanted) return v;
        return {};
    }
};

// "item1.EMAIL;TYPE=INTERNET,pref:x" → group, name, params, value.
bool split_property(const std::string& line, Property& p) {
    size_t colon = std::string::npos;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string::npos || colon == 0) return false;
    const std::string head = line.substr(0, colon);
    p.value = line.substr(colon + 1);
    std::vector<std::string> parts;
    std::string part;
    quoted = false;
    for (char c : head) {
        if (c == '"') quoted = !quoted;
        if (c == ';' && !quoted) {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    std::string name = parts[0];
    if (const size_t dot = name.find('.'); dot != std::string::npos) {
        p.group = name.substr(0, dot);
        name = name.substr(dot + 1);
    }
    p.name = upper(name);
    if (p.name.empty()) return false;
    for (size_t i = 1; i < parts.size(); ++i) {
        const size_t eq = parts[i].find('=');
        if (eq == std::string::npos) {
            p.params.emplace_back("", parts[i]); // 2.1: a bare TYPE or encoding
        } else {
            std::string v = parts[i].substr(eq + 1);
            if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
            p.params.emplace_back(upper(parts[i].substr(0, eq)), v);
        }
    }
    return true;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool decode_quoted_printable(std::string_view in, std::string& out) {
    out.clear();
    for (size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '=') {
            out += in[i];
            continue;
        }
        if (i + 1 == in.size()) break; // a soft line break at the very end
        if (i + 2 >= in.size()) return false;
        const int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return true;
}

// Splits a structured value at unescaped `separator`.
std::vector<std::string> split_unescaped(std::string_view value, char separator) {
    std::vector<std::string> parts(1);
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            parts.back() += value[i];
            parts.back() += value[++i];
        } else if (value[i] == separator) {
            parts.emplace_back();
        } else {
            parts.back() += value[i];
        }
    }
    return parts;
}

void add_unique(std::vector<std::string>& list, std::string value) {
    value = trimmed(std::move(value));
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(std::move(value));
}

// Properties that say nothing about the person, or that we rebuild.
bool ignorable(const std::string& name) {
    return name == "VERSION" || name == "PRODID" || name == "REV" || name == "X-ABUID" ||
           name == "X-ABLABEL" || name == "KIND" || name == "SOURCE" || name == "CLIENTPIDMAP";
}

bool binary(const std::string& name) {
    return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

} // namespace

std::string vcard_unescape(std::string_view value) {
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            const char next = value[++i];
            out += next == 'n' || next == 'N' ? '\n' : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

core::ImportParse parse_vcards(std::string_view bytes) {
    core::ImportParse result;
    result.format = "vCard";
    const DecodedText decoded = decode_text(bytes);
    if (!decoded.error.empty()) {
        result.error = decoded.error;
        return result;
    }
    const std::vector<LogicalLine> lines = unfold(decoded.text);
    bool in_card = false;
    int card_line = 0;
    core::ImportedContact card;
    std::string structured_name, extra;
    for (size_t li = 0; li < lines.size(); ++li) {
        const LogicalLine& line = lines[li];
        if (line.text.find_first_not_of(" \t") == std::string::npos) continue;
        Property p;
        if (!split_property(line.text, p)) {
            result.error_line = line.number;
            result.error = in_card ? "this line is not a vCard property (NAME:value)"
                                   : "text outside any BEGIN:VCARD … END:VCARD";
            return result;
        }
        if (p.name == "BEGIN" && upper(p.value) == "VCARD") {
            if (in_card) {
                result.error_line = card_line;
                result.error = "a card starting here has no END:VCARD before the next card";
                return result;
            }
            in_card = true;
            card_line = line.number;
            card = {};
            card.line = line.number;
            structured_name.clear();
            extra.clear();
            continue;
        }
        if (!in_card) {
            result.error_line = line.number;
            result.error = "text outside any BEGIN:VCARD … END:VCARD";
            return result;
        }
        if (p.name == "END" && upper(p.value) == "VCARD") {
            in_card = false;
            if (card.name.empty()) card.name = structured_name;
            if (card.name.empty()) card.name = card.organisation;
            if (card.name.empty() && !card.emails.empty()) card.name = card.emails.front();
            if (card.name.empty()) {
                result.error_line = card_line;
                result.error = "this card has no name, organisation or email";
                return result;
            }
            if (!extra.empty())
                card.note +=
                    (card.note.empty() ? "" : "\n\n") + std::string("From the vCard:\n") + extra;
            result.contacts.push_back(std::move(card));
            card = {};
            continue;
        }
        // 2.1: quoted-printable values end in "=" when they continue.
        std::string value = p.value;
        if (p.has_param("QUOTED-PRINTABLE")) {
            while (!value.empty() && value.back() == '=' && li + 1 < lines.size()) {
                value.pop_back();
                value += lines[++li].text;
            }
            std::string raw;
            if (!decode_quoted_printable(value, raw)) {
                result.error_line = line.number;
                result.error = "broken QUOTED-PRINTABLE value (\"=\" must be followed by two hex "
                               "digits)";
                return result;
            }
            const std::string charset = upper(p.param("CHARSET"));
            value = (charset.empty() || charset == "UTF-8") && is_valid_utf8(raw)
                        ? raw
                        : windows1252_to_utf8(raw);
        }
        if (ignorable(p.name)) continue;
        if (binary(p.name)) {
            extra += p.name + ": (not imported)\n";
            continue;
        }
        if (p.name == "FN") {
            card.name = trimmed(vcard_unescape(value));
        } else if (p.name == "N") {
            const auto parts = split_unescaped(value, ';');
            // family; given; additional; prefixes; suffixes
            const auto part = [&](size_t k) {
                return k < parts.size() ? trimmed(vcard_unescape(parts[k])) : std::string();
            };
            const auto joined = [](std::string a, const std::string& b) {
                return a.empty() || b.empty() ? a + b : a + " " + b;
            };
            // Family first without a space for Chinese, Japanese, Korean.
            const std::string name = core::full_name(joined(part(1), part(2)), part(0));
            structured_name = joined(joined(part(3), name), part(4));
        } else if (p.name == "ORG") {
            const auto parts = split_unescaped(value, ';');
            card.organisation = trimmed(vcard_unescape(parts[0]));
        } else if (p.name == "TITLE") {
            card.role = trimmed(vcard_unescape(value));
        } else if (p.name == "ROLE") {
            if (card.role.empty()) card.role = trimmed(vcard_unescape(value));
        } else if (p.name == "EMAIL") {
            add_unique(card.emails, vcard_unescape(value));
        } else if (p.name == "TEL") {
            std::string tel = vcard_unescape(value);
            if (tel.rfind("tel:", 0) == 0) tel = tel.substr(4);
            add_unique(card.phones, tel);
        } else if (p.name == "URL" || p.name == "X-SOCIALPROFILE") {
            const std::string url = trimmed(vcard_unescape(value));
            const std::string linkedin = core::normalize_linkedin_url(url);
            if (!linkedin.empty() && card.linkedin.empty())
                card.linkedin = linkedin;
            else
                add_unique(card.links, url);
        } else if (p.name == "NOTE") {
            const std::string note = vcard_unescape(value);
            if (!note.empty()) card.note += (card.note.empty() ? "" : "\n") + note;
        } else if (p.name == "CATEGORIES") {
            for (const std::string& tag : split_unescaped(value, ','))
                add_unique(card.tags, vcard_unescape(tag));
        } else if (p.name == "UID") {
            card.uid = trimmed(vcard_unescape(value));
        } else if (p.name == "RELATED") {
            card.related_uid = trimmed(vcard_unescape(value));
        } else {
            // Kept, not dropped: a birthday, an address, a nickname.
            std::string shown = vcard_unescape(value);
            std::replace(shown.begin(), shown.end(), ';', ' ');
            extra += p.name + ": " + trimmed(shown) + "\n";
        }
    }
    if (in_card) {
        result.error_line = card_line;
        result.error = "a card starting here has no END:VCARD (the file may be cut short)";
        return result;
    }
    if (result.contacts.empty()) result.error = "no BEGIN:VCARD in this file";
    return result;
}

std::string write_vcard(const core::Person& p, const VcardExtras& extras) {
    std::string out;
    out += ical_line("BEGIN", "VCARD");
    out += ical_line("VERSION", "4.0");
    out += ical_line("UID", "urn:uuid:" + p.id);
    out += ical_line("FN", ical_escape(p.name));
    const core::NameParts parts = core::split_name(p.name);
    out += ical_line("N", ical_escape(parts.family) + ";" + ical_escape(parts.given) + ";;;");
    if (!p.organisation.empty()) out += ical_line("ORG", ical_escape(p.organisation));
    if (!p.role.empty()) out += ical_line("TITLE", ical_escape(p.role));
    for (const std::string& e : p.emails)
        out += ical_line("EMAIL", ical_escape(e));
    for (const std::string& t : p.phones)
        out += ical_line("TEL;VALUE=text", ical_escape(t));
    if (!p.linkedin.empty()) out += ical_line("URL;TYPE=linkedin", p.linkedin);
    for (const std::string& l : p.links)
        out += ical_line("URL", l);
    if (!p.tags.empty()) {
        std::string categories;
        for (const std::string& t : p.tags)
            categories += (categories.empty() ? "" : ",") + ical_escape(t);
        out += ical_line("CATEGORIES", categories);
    }
    if (!extras.referrer_id.empty())
        out += ical_line("RELATED;TYPE=contact", "urn:uuid:" + extras.referrer_id);
    if (!extras.research.empty()) out += ical_line("NOTE", ical_escape(extras.research));
    out += ical_line("END", "VCARD");
    return out;
}

} // namespace rapport::interop
