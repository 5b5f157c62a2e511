#pragma once
// What a screen reader is told about the screen just drawn: its headings and
// text, and every control with its role, name, value and state, in reading
// order, each tied to its keyboard stop (focus_ring.hpp) so that acting on
// it through assistive technology is the same as Tab and Enter. The web
// build mirrors this in the page as real headings, buttons, toggles and
// labelled inputs (assets/web/rapport-page.js): a canvas alone is one
// unlabelled picture to TalkBack, VoiceOver and NVDA.
#include <imgui.h>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::ui {

enum class AccessRole : unsigned char {
    Button,
    Toggle,    // a chip: pressed or not
    TextField, // one line
    Password,  // one line, its text never leaves the app
    TextArea,  // several lines
    Heading,   // a screen's title (level 1) or a section's (level 2)
    Text,
    Timer, // the conversation's countdown
};

// How a control presents itself; a plain button unless said otherwise.
struct Access {
    AccessRole role = AccessRole::Button;
    std::string_view name;  // when the label is not the whole story (a card's lines)
    std::string_view value; // a field's text
    bool checked = false;   // a toggle's state
};

struct AccessNode {
    AccessRole role = AccessRole::Text;
    std::string label; // as the hit registry and tests know it
    std::string name;  // what is read out
    std::string value;
    bool checked = false;
    bool focused = false; // being typed in, or the keyboard's ring is on it
    int level = 0;        // headings
    int stop = -1;        // its place in the keyboard's order, -1 for text
    ImVec2 min, max;
};

class AccessibleMirror {
  public:
    // Kept only where something reads it (the web page, tests): the
    // desktop's frames do not pay for it.
    bool enabled = false;

    // Starts anew; what a frame adds is read once it has finished (the
    // page's copy must be the screen just drawn, not the one before).
    void begin_frame() { nodes_.clear(); }
    // The control ImGui drew last (its focus is read from ImGui).
    void add_control(int stop, std::string_view label, const Access& access, ImVec2 min,
                     ImVec2 max);
    void add_text(AccessRole role, std::string_view text, ImVec2 min, ImVec2 max, int level = 0);
    // A polite announcement (a toast, the timer's minutes): read out once
    // when it differs from the last one.
    void announce(std::string_view text);

    const std::vector<AccessNode>& nodes() const { return nodes_; }
    const std::string& announcement() const { return announcement_; }
    unsigned announcement_serial() const { return announcement_serial_; }

  private:
    std::vector<AccessNode> nodes_;
    std::string announcement_;
    unsigned announcement_serial_ = 0;
};

// The last finished frame as JSON for the page: {"announce":{"serial":N,
// "text":…},"nodes":[{"role":"button","label":…,"name":…,"value":…,
// "checked":…,"level":…,"stop":…,"x0":…,"y0":…,"x1":…,"y1":…}]}, rectangles
// in ImGui's (device) pixels.
std::string mirror_json(const AccessibleMirror& mirror);

} // namespace rapport::ui
