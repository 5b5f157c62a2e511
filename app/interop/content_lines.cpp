#include "interop/content_lines.hpp"

#include "interop/icalendar.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::interop {
namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Logical lines with their first physical line's number.
std::vector<std::pair<int, std::string>> unfold(std::string_view text) {
    std::vector<std::pair<int, std::string>> lines;
    int number = 0;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty())
            lines.back().second.append(line.substr(1));
        else if (!line.empty())
            lines.emplace_back(number, std::string(line));
        at = end + 1;
    }
    return lines;
}

// Splits "item1.EMAIL;TYPE=work:a@b" at the first ':' outside quotes.
bool split_line(const std::string& line, ContentLine& out) {
    bool quoted = false;
    size_t colon = std::string::npos;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string::npos) return false;
    const std::string head = line.substr(0, colon);
    out.value = line.substr(colon + 1);
    const size_t semicolon = head.find(';');
    std::string name = head.substr(0, semicolon);
    out.params = semicolon == std::string::npos ? "" : head.substr(semicolon);
    if (const size_t dot = name.find('.'); dot != std::string::npos) {
        out.group = name.substr(0, dot);
        name = name.substr(dot + 1);
    }
    out.name = upper(name);
    return !out.name.empty();
}

void write_into(const Component& c, std::string& out) {
    out += ical_line("BEGIN", c.name);
    for (const ContentLine& line : c.lines) {
        std::string head = line.group.empty() ? line.name : line.group + "." + line.name;
        out += ical_line(head + line.params, line.value);
    }
    for (const Component& child : c.children)
        write_into(child, out);
    out += ical_line("END", c.name);
}

} // namespace

const ContentLine* Component::find(std::string_view wanted) const {
    for (const ContentLine& line : lines)
        if (line.name == wanted) return &line;
    return nullptr;
}

std::vector<const ContentLine*> Component::find_all(std::string_view wanted) const {
    std::vector<const ContentLine*> found;
    for (const ContentLine& line : lines)
        if (line.name == wanted) found.push_back(&line);
    return found;
}

const Component* Component::child(std::string_view wanted) const {
    for (const Component& c : children)
        if (c.name == wanted) return &c;
    return nullptr;
}

std::optional<std::vector<Component>> parse_components(std::string_view text, std::string& error) {
    std::vector<Component> top;
    std::vector<Component> open; // the nesting, innermost last
    for (const auto& [number, line] : unfold(text)) {
        ContentLine parsed;
        if (!split_line(line, parsed)) {
            error = "Line " + std::to_string(number) + ": no ':' in \"" + line.substr(0, 40) + "\"";
            return std::nullopt;
        }
        if (parsed.name == "BEGIN") {
            open.push_back(Component{upper(parsed.value), {}, {}});
        } else if (parsed.name == "END") {
            if (open.empty() || open.back().name != upper(parsed.value)) {
                error = "Line " + std::to_string(number) + ": END:" + parsed.value +
                        " does not close what was begun";
                return std::nullopt;
            }
            Component done = std::move(open.back());
            open.pop_back();
            (open.empty() ? top : open.back().children).push_back(std::move(done));
        } else if (!open.empty()) {
            open.back().lines.push_back(std::move(parsed));
        }
    }
    if (!open.empty()) {
        error = "BEGIN:" + open.back().name + " is never ended";
        return std::nullopt;
    }
    return top;
}

std::string write_component(const Component& component) {
    std::string out;
    write_into(component, out);
    return out;
}

std::string escape_text(std::string_view text) {
    return ical_escape(text);
}

std::string unescape_text(std::string_view value) {
    std::string out;
    out.reserve(value.size());
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

std::optional<std::string> param_value(std::string_view params, std::string_view name) {
    const std::string wanted = upper(name) + "=";
    size_t at = 0;
    while (at < params.size()) {
        if (params[at] != ';') return std::nullopt;
        size_t end = at + 1;
        bool quoted = false;
        while (end < params.size() && (params[end] != ';' || quoted)) {
            if (params[end] == '"') quoted = !quoted;
            ++end;
        }
        const std::string one(params.substr(at + 1, end - at - 1));
        if (upper(one.substr(0, wanted.size())) == wanted) {
            std::string value = one.substr(wanted.size());
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            return value;
        }
        at = end;
    }
    return std::nullopt;
}

} // namespace rapport::interop
