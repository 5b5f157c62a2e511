#pragma once
// What every screen receives: what to show (read-only), where to record what
// the user asked for, and the layout it is drawn in.
#include "ui/actions.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"

#include <cstdint>
#include <string>

namespace rapport::ui {

// Data read from the store after each change, so drawing never queries.
struct ReadModel {
    std::int64_t people = 0;
    std::int64_t notes = 0;
    std::string database_path;
    std::string version;
    std::string last_error; // a failed write, shown until the next success
};

struct Layout {
    float logical_width = 420.0f; // display width / content scale
    bool compact = true;          // < 600: bottom navigation, one column
    bool list_detail = false;     // >= 840: list and detail side by side
};

// The capture box's editing state; the text is the user's and outlives frames.
struct CaptureEditor {
    std::string text;
    int cursor = 0;
    bool focus_requested = false;
    bool dirty = false;        // edited since the last save
    double last_edit_at = 0.0; // ImGui time of the last keystroke
};

struct ScreenContext {
    const ReadModel& model;
    const Navigator& navigator;
    const Preferences& preferences;
    const Layout& layout;
    Actions& actions;
    CaptureEditor& capture;
};

// A padded, finger-scrollable body below the app bar, centred with a
// readable maximum width on wide displays.
void begin_body(const char* id);
void end_body();

void draw_today(ScreenContext& screen);
void draw_people(ScreenContext& screen);
void draw_prepare(ScreenContext& screen);
void draw_careers(ScreenContext& screen);
void draw_capture(ScreenContext& screen);
void draw_settings(ScreenContext& screen);

} // namespace rapport::ui
