#pragma once
// What every widget needs for a frame: palette, fonts, scale, and a record of
// where tappable things were drawn (tests and keyboard hints use it). It
// lives in ImGuiIO::UserData, so there is no global beyond the ImGui context.
#include "ui/accessible_mirror.hpp"
#include "ui/focus_ring.hpp"
#include "ui/fonts.hpp"
#include "ui/soft_wrap.hpp"
#include "ui/text/script_text.hpp"
#include "ui/text_bridge.hpp"
#include "ui/theme.hpp"

#include <cstdint>
#include <imgui.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rapport::ui {

// Where each labelled control was drawn in the frame being drawn or, between
// frames, in the frame just finished.
class HitRegistry {
  public:
    struct Hit {
        std::string label;
        ImVec2 min, max;           // the visible part
        ImVec2 full_min, full_max; // the whole control, scrolled out parts included
    };
    void begin_frame() { hits_.clear(); }
    // A labelled control just drawn: a tap target, a keyboard stop and,
    // presented as `access` says, a node of the accessible mirror.
    void record(std::string_view label, ImVec2 min, ImVec2 max, const Access& access = {});
    // The last-drawn control with this exact label.
    const Hit* find(std::string_view label) const;
    const std::vector<Hit>& all() const { return hits_; }

  private:
    std::vector<Hit> hits_;
};

// Per-list state of a finger (or mouse) drag that scrolls.
struct ScrollMotion {
    bool pressed_inside = false;
    bool dragging = false;
    bool not_a_tap = false;  // moved across the list beyond the slop: no tap, no scroll
    bool scrubbing = false;  // the finger holds the fast-scroll thumb of a long list
    std::string scrub_label; // while it does: the label of the item at the top of the view
    int scrub_label_frame = -1;
    float velocity = 0.0f;  // px per second, positive scrolls content up
    double last_move = 0.0; // ImGui time the finger last moved
};

// A line drawn shorter than its text, ending in "…" (widgets/text.hpp
// draw_line): what it says and how many characters of it showed.
struct ShortenedLine {
    std::string text;
    int kept = 0;
};

struct Context {
    ThemeKind theme = ThemeKind::Light;
    const Palette* palette = &palette_for(ThemeKind::Light);
    Fonts fonts;
    float scale = 1.0f; // content scale × text size
    HitRegistry hits;
    FocusRing focus;         // Tab order and the keyboard's ring
    AccessibleMirror access; // the screen as a screen reader is told it
    ScriptText script_text;  // glyphs wanted, right-to-left lines in visual order
    TextBridge text_bridge;  // the platform's text input, in step with the focused field
    std::unordered_map<ImGuiID, ScrollMotion> scrolls;
    ImGuiID touch_drag = 0;                              // the list a finger is scrolling, if any
    std::unordered_map<ImGuiID, SoftWrapped> soft_wraps; // each multi-line field's display text
    // Multi-line fields given the keyboard by the app (not by a tap): their
    // caret goes to the end of their text once they are active, so typing
    // adds to what is there instead of landing in front of it.
    std::unordered_set<ImGuiID> caret_to_end;
    bool animating = false;       // something asked for another frame soon
    double wake_after = -1.0;     // seconds until something drawn changes by itself (< 0: nothing)
    bool display_resized = false; // the view changed size since the last frame (a keyboard, a turn)
    ImVec2 display_size;          // its size last frame
    bool settling = false;        // a focus request lands next frame: draw it without waiting
    // The field that asked for the keyboard and does not have it yet; keys
    // typed meanwhile are held for it (platform/input_queue.hpp).
    ImGuiID focus_landing = 0;
    // Where a tap opens a text box this frame (x0 y0 x1 y1 each): text
    // fields, and buttons that open capture.
    std::vector<float> keyboard_targets;
    // Lines that did not fit this frame (layout tests read them).
    std::vector<ShortenedLine> shortened;
    // Search matches drawn marked this frame (tests read them).
    std::vector<std::string> marked;
    int focus_landing_frames = 0; // frames since it asked
    bool focus_asked = false;     // a field asked for the keyboard in this frame
    bool field_entered = false;   // Enter in the last text_field drawn (text_field_entered)
    struct Panel {
        ImVec2 origin;
        float width;
    };
    std::vector<Panel> panels; // open begin_panel calls
    // The page being drawn (Navigator::page) and where it was scrolled; the
    // screen's body opens a page it has not shown at that place, and says
    // where it is now.
    struct Page {
        std::uint64_t serial = 0;
        float scroll = 0.0f;
    };
    Page page;
    struct BodyShows {
        std::uint64_t page = 0;
        float place = 0.0f;    // where it opens
        int settle_frames = 0; // the place is set again once content is laid out
    };
    std::unordered_map<ImGuiID, BodyShows> bodies; // each body's window: the page it shows
};

Context& ctx();

// The next field drawn (with this id) takes the keyboard; until it has it,
// typed keys wait for it.
void request_keyboard(ImGuiID field);
// The field has the keyboard: keys held for it may come.
void keyboard_landed(ImGuiID field);
// A tap on the last item drawn opens a text box (a field, or a button that
// opens capture): the web raises the phone keyboard during that tap.
void mark_keyboard_target();
// What to measure and draw for one line of text (ui/text/script_text.hpp).
inline std::string_view shown(std::string_view text) {
    return ctx().script_text.shown(text);
}
inline const Palette& colors() {
    return *ctx().palette;
}
// n em in pixels, where 1 em is the body text size.
inline float em(float n) {
    return n * ctx().fonts.em;
}
inline ImVec2 em2(float x, float y) {
    return ImVec2(em(x), em(y));
}

} // namespace rapport::ui
