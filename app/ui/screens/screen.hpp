#pragma once
// What every screen receives for a frame: what every screen may show
// (read-only), where to record what the user asked for, and the layout it is
// drawn in. A feature's own state is its own (app/features/<name>/).
#include "ui/action_bus.hpp"
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/read_model.hpp"

namespace rapport::ui {

struct Layout {
    float logical_width = 420.0f; // display width / content scale
    bool compact = true;          // < 600: bottom navigation, one column
    bool list_detail = false;     // >= 840: list and detail side by side
};

struct ScreenContext {
    const ReadModel& model;
    const Navigator& navigator;
    const Preferences& preferences;
    const Layout& layout;
    ActionBus& actions;
};

// The undecorated window filling the display that everything is drawn in;
// end it with ImGui::End().
void begin_root_window(const char* id);

// A padded, finger-scrollable body below the app bar, centred with a
// readable maximum width on wide displays.
void begin_body(const char* id);
void end_body();

} // namespace rapport::ui
