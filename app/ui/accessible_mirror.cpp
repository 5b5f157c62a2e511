#include "ui/accessible_mirror.hpp"

#include <cstdio>

namespace rapport::ui {

void AccessibleMirror::add_control(int stop, std::string_view label, const Access& access,
                                   ImVec2 min, ImVec2 max) {
    if (!enabled) return;
    // One control recorded twice (a field and its label) is one node.
    if (!nodes_.empty() && nodes_.back().stop == stop) return;
    AccessNode node;
    node.role = access.role;
    node.label = std::string(label);
    node.name = std::string(access.name.empty() ? label : access.name);
    if (access.role != AccessRole::Password) node.value = std::string(access.value);
    node.checked = access.checked;
    node.focused = ImGui::IsItemActive() || ImGui::IsItemFocused();
    node.stop = stop;
    node.min = min;
    node.max = max;
    // A field's label is drawn as text just above it: read once, as the
    // field's name.
    const bool field = access.role == AccessRole::TextField ||
                       access.role == AccessRole::Password || access.role == AccessRole::TextArea;
    if (field && !nodes_.empty() && nodes_.back().role == AccessRole::Text &&
        nodes_.back().name == node.name)
        nodes_.pop_back();
    nodes_.push_back(std::move(node));
}

void AccessibleMirror::add_text(AccessRole role, std::string_view text, ImVec2 min, ImVec2 max,
                                int level) {
    if (!enabled || text.empty()) return;
    AccessNode node;
    node.role = role;
    node.label = std::string(text);
    node.name = node.label;
    node.level = level;
    node.min = min;
    node.max = max;
    nodes_.push_back(std::move(node));
}

void AccessibleMirror::announce(std::string_view text) {
    if (!enabled || text.empty() || text == announcement_) return;
    announcement_ = std::string(text);
    ++announcement_serial_;
}

namespace {

const char* role_name(AccessRole role) {
    switch (role) {
    case AccessRole::Button:
        return "button";
    case AccessRole::Toggle:
        return "toggle";
    case AccessRole::TextField:
        return "textbox";
    case AccessRole::Password:
        return "password";
    case AccessRole::TextArea:
        return "textarea";
    case AccessRole::Heading:
        return "heading";
    case AccessRole::Text:
        return "text";
    case AccessRole::Timer:
        return "timer";
    }
    return "text";
}

// A JSON string. The mirror is written straight into one string rather
// than built as a nlohmann::json document first (as elsewhere): it is made
// after every web frame, a node per control. Broken UTF-8 from the database
// passes through as bytes; the page's UTF8ToString reads it with
// replacement characters.
void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (byte < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += ch;
        }
    }
    out += '"';
}

void append_number(std::string& out, float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(value));
    out += text;
}

} // namespace

std::string mirror_json(const AccessibleMirror& mirror) {
    std::string out = "{\"announce\":{\"serial\":";
    out += std::to_string(mirror.announcement_serial());
    out += ",\"text\":";
    append_string(out, mirror.announcement());
    out += "},\"nodes\":[";
    bool first = true;
    for (const AccessNode& node : mirror.nodes()) {
        if (!first) out += ',';
        first = false;
        out += "{\"role\":";
        append_string(out, role_name(node.role));
        out += ",\"label\":";
        append_string(out, node.label);
        out += ",\"name\":";
        append_string(out, node.name);
        out += ",\"stop\":" + std::to_string(node.stop);
        if (!node.value.empty()) {
            out += ",\"value\":";
            append_string(out, node.value);
        }
        if (node.role == AccessRole::Toggle)
            out += node.checked ? ",\"checked\":true" : ",\"checked\":false";
        if (node.level > 0) out += ",\"level\":" + std::to_string(node.level);
        if (node.focused) out += ",\"focused\":true";
        const float corners[] = {node.min.x, node.min.y, node.max.x, node.max.y};
        const char* names[] = {",\"x0\":", ",\"y0\":", ",\"x1\":", ",\"y1\":"};
        for (int i = 0; i < 4; ++i) {
            out += names[i];
            append_number(out, corners[i]);
        }
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace rapport::ui
