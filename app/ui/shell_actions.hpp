#pragma once
// Actions the app shell applies itself: moving between screens, settings
// that change how everything is drawn, links, the clipboard, and undo.
#include "ui/navigator.hpp"
#include "ui/preferences.hpp"
#include "ui/theme.hpp"

#include <string>

namespace rapport::ui {

struct SwitchTab {
    Screen tab;
};
struct OpenScreen {
    Route route;
};
// A row tapped in a tab's list: what it opens takes the place of whatever
// the list had opened beside it, so Back returns to the list, not to the row
// tapped before (two panes side by side, then the window narrowed).
struct OpenFromList {
    Route route;
};
// Back: the screen's feature may act first (capture files its note).
struct GoBack {};
struct SetTheme {
    ThemeKind theme;
};
struct SetClock {
    ClockChoice clock;
};
// Reminders on or off, with quiet hours (minutes after midnight).
struct SetReminders {
    bool on;
    int quiet_from;
    int quiet_until;
};
// Text or a link shared to Rapport from another app (the web app's share
// target): a note on the person whose LinkedIn profile it is, a new person
// offered for a profile of no one here yet, else a note in the inbox.
struct ShareReceived {
    std::string title;
    std::string text;
    std::string url;
};
// With reminders on: whether a notification asks for the notes when a
// conversation ends.
struct SetAskWhenEnded {
    bool on;
};
struct SetTextSize {
    float size;
};
struct OpenLink {
    std::string url;
};
struct CopyText {
    std::string text;
};
// The snackbar's Undo.
struct Undo {};
// A planned conversation did not take place (said at its end): cancelled,
// with Undo.
struct DidNotHappen {
    std::string conversation_id;
};

} // namespace rapport::ui
