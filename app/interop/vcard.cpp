#include "interop/vcard.hpp"

#include "core/links.hpp"
#include "core/person.hpp"
#include "core/text.hpp"
#include "interop/content_lines.hpp"
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

namespace {

constexpr const char* kOutsideCard = "text outside any BEGIN:VCARD … END:VCARD";

// "N:family;given;additional;prefixes;suffixes" as one name. Family first
// without a space for Chinese, Japanese, Korean.
std::string structured_name_of(const std::string& value) {
    const auto parts = split_unescaped(value, ';');
    const auto part = [&](size_t k) {
        return k < parts.size() ? trimmed(unescape_text(parts[k])) : std::string();
    };
    const auto joined = [](std::string a, const std::string& b) {
        return a.empty() || b.empty() ? a + b : a + " " + b;
    };
    const std::string name = core::full_name(joined(part(1), part(2)), part(0));
    return joined(joined(part(3), name), part(4));
}

// Reads a file of cards, one logical line at a time; stops at the first
// line that is wrong, naming it.
class VcardReader {
  public:
    explicit VcardReader(core::ImportParse& result) : result_(result) {}

    // false: stop, result_ says why.
    bool line(const std::vector<LogicalLine>& lines, size_t& li) {
        const LogicalLine& line = lines[li];
        if (line.text.find_first_not_of(" \t") == std::string::npos) return true;
        Property p;
        if (!split_property(line.text, p))
            return fail(line.number,
                        in_card_ ? "this line is not a vCard property (NAME:value)" : kOutsideCard);
        if (p.name == "BEGIN" && upper(p.value) == "VCARD") return begin(line.number);
        if (!in_card_) return fail(line.number, kOutsideCard);
        if (p.name == "END" && upper(p.value) == "VCARD") return end();
        std::string value = p.value;
        if (p.has_param("QUOTED-PRINTABLE") && !quoted_printable(p, lines, li, value))
            return fail(line.number, "broken QUOTED-PRINTABLE value (\"=\" must be followed by "
                                     "two hex digits)");
        property(p, value);
        return true;
    }

    bool finish() {
        if (in_card_)
            return fail(card_line_,
                        "a card starting here has no END:VCARD (the file may be cut short)");
        if (result_.contacts.empty()) result_.error = "no BEGIN:VCARD in this file";
        return true;
    }

  private:
    bool fail(int line, std::string message) {
        result_.error_line = line;
        result_.error = std::move(message);
        return false;
    }

    bool begin(int line) {
        if (in_card_)
            return fail(card_line_, "a card starting here has no END:VCARD before the next card");
        in_card_ = true;
        card_line_ = line;
        card_ = {};
        card_.line = line;
        structured_name_.clear();
        extra_.clear();
        return true;
    }

    // A card needs something to call the person by: its name, else its N,
    // organisation or first email.
    bool end() {
        in_card_ = false;
        if (card_.name.empty()) card_.name = structured_name_;
        if (card_.name.empty()) card_.name = card_.organisation;
        if (card_.name.empty() && !card_.emails.empty()) card_.name = card_.emails.front();
        if (card_.name.empty())
            return fail(card_line_, "this card has no name, organisation or email");
        if (!extra_.empty())
            card_.note +=
                (card_.note.empty() ? "" : "\n\n") + std::string("From the vCard:\n") + extra_;
        result_.contacts.push_back(std::move(card_));
        card_ = {};
        return true;
    }

    // 2.1: quoted-printable values end in "=" when they continue, in the
    // card's CHARSET (Windows-1252 when it is not UTF-8).
    static bool quoted_printable(const Property& p, const std::vector<LogicalLine>& lines,
                                 size_t& li, std::string& value) {
        while (!value.empty() && value.back() == '=' && li + 1 < lines.size()) {
            value.pop_back();
            value += lines[++li].text;
        }
        std::string raw;
        if (!decode_quoted_printable(value, raw)) return false;
        const std::string charset = upper(p.param("CHARSET"));
        value = (charset.empty() || charset == "UTF-8") && is_valid_utf8(raw)
                    ? raw
                    : windows1252_to_utf8(raw);
        return true;
    }

    void url(const std::string& value) {
        const std::string url = trimmed(unescape_text(value));
        const std::string linkedin = core::normalize_linkedin_url(url);
        if (!linkedin.empty() && card_.linkedin.empty())
            card_.linkedin = linkedin;
        else
            add_unique(card_.links, url);
    }

    void property(const Property& p, const std::string& value) {
        if (ignorable(p.name)) return;
        if (binary(p.name)) {
            extra_ += p.name + ": (not imported)\n";
        } else if (p.name == "FN") {
            card_.name = trimmed(unescape_text(value));
        } else if (p.name == "N") {
            structured_name_ = structured_name_of(value);
        } else if (p.name == "ORG") {
            card_.organisation = trimmed(unescape_text(split_unescaped(value, ';')[0]));
        } else if (p.name == "TITLE" || (p.name == "ROLE" && card_.role.empty())) {
            card_.role = trimmed(unescape_text(value));
        } else if (p.name == "EMAIL") {
            add_unique(card_.emails, unescape_text(value));
        } else if (p.name == "TEL") {
            std::string tel = unescape_text(value);
            if (tel.rfind("tel:", 0) == 0) tel = tel.substr(4);
            add_unique(card_.phones, tel);
        } else if (p.name == "URL" || p.name == "X-SOCIALPROFILE") {
            url(value);
        } else if (p.name == "NOTE") {
            const std::string note = unescape_text(value);
            if (!note.empty()) card_.note += (card_.note.empty() ? "" : "\n") + note;
        } else if (p.name == "CATEGORIES") {
            for (const std::string& tag : split_unescaped(value, ','))
                add_unique(card_.tags, unescape_text(tag));
        } else if (p.name == "UID") {
            card_.uid = trimmed(unescape_text(value));
        } else if (p.name == "RELATED") {
            card_.related_uid = trimmed(unescape_text(value));
        } else if (p.name != "ROLE") {
            // Kept, not dropped: a birthday, an address, a nickname.
            std::string shown = unescape_text(value);
            std::replace(shown.begin(), shown.end(), ';', ' ');
            extra_ += p.name + ": " + trimmed(shown) + "\n";
        }
    }

    core::ImportParse& result_;
    bool in_card_ = false;
    int card_line_ = 0;
    core::ImportedContact card_;
    std::string structured_name_, extra_;
};

} // namespace

core::ImportParse parse_vcards(std::string_view bytes) {
    core::ImportParse result;
    result.format = "vCard";
    const DecodedText decoded = decode_text(bytes);
    if (!decoded.error.empty()) {
        result.error = decoded.error;
        return result;
    }
    const std::vector<LogicalLine> lines = unfold(decoded.text);
    VcardReader reader(result);
    for (size_t li = 0; li < lines.size(); ++li)
        if (!reader.line(lines, li)) return result;
    reader.finish();
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
