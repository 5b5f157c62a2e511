#pragma once
// The content-line syntax vCard (RFC 6350) and iCalendar (RFC 5545) share,
// read into a tree and written back, so sync can replace the properties it
// owns and keep every other one as the other app wrote it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop {

struct ContentLine {
    std::string name;   // upper-cased, without its group
    std::string group;  // "item1" in item1.EMAIL; usually empty
    std::string params; // as written, with the leading ';' ("" when none)
    std::string value;  // as written (still escaped)
};

struct Component {
    std::string name; // VCARD, VCALENDAR, VEVENT, VALARM…
    std::vector<ContentLine> lines;
    std::vector<Component> children;

    // The first property named `name` (upper case), if any.
    const ContentLine* find(std::string_view name) const;
    // Every property named `name`.
    std::vector<const ContentLine*> find_all(std::string_view name) const;
    // The first child component named `name`.
    const Component* child(std::string_view name) const;
};

// Every top-level component in `text` (unfolded: CRLF or LF followed by a
// space or tab continues a line). nullopt with `error` naming the line when
// the nesting is broken or a line has no ':'.
std::optional<std::vector<Component>> parse_components(std::string_view text, std::string& error);

// The component as content lines, folded at 75 octets without splitting a
// UTF-8 character, CRLF line ends.
std::string write_component(const Component& component);

// TEXT values (both RFCs): backslash, comma, semicolon and newline escaped.
std::string escape_text(std::string_view text);
std::string unescape_text(std::string_view text);

// A parameter's value from params (";TYPE=work;X-NULL=1"), case-insensitive name.
std::optional<std::string> param_value(std::string_view params, std::string_view name);

} // namespace rapport::interop
