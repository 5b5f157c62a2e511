#pragma once
// What the platform hands the UI (links, downloads, a wake-up from another
// thread) and what a frame tells the platform back (draw again soon, sleep).
#include "core/conversation.hpp"
#include "store/capture_repository.hpp"
#include "ui/notification.hpp"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

class GlyphPainter;

// A question for the system's file chooser, and its answer.
struct FileDialog {
    bool save = false;   // a Save dialog, offering `suggested_name`
    bool folder = false; // a folder rather than a file
    std::string title;
    std::string suggested_name;
    std::string start_folder;
    std::vector<std::pair<std::string, std::vector<std::string>>> filters; // name, globs
};
struct FileDialogAnswer {
    enum class Outcome { Chosen, Cancelled, Unavailable };
    Outcome outcome = Outcome::Unavailable;
    std::string path;
    std::string error; // Unavailable: why, in words
};

// A capture just filed, with the draft it came from (FiledCapture's
// receiver: the browser, whose writes reach its storage a moment later).
struct FiledCapture {
    std::string note_id;
    store::CaptureDraft draft;
};

struct AppServices {
    std::string version;
    std::string preferences_path; // empty: do not persist (tests)
    // Opens a link in the user's default app; returns false with a reason.
    // When the opener later finds no app for it, it calls `failed` (from
    // any thread) with the reason.
    std::function<bool(const std::string& url, std::string& error,
                       std::function<void(const std::string& reason)> failed)>
        open_url;
    // Where the day's snapshot goes (and the copies Settings lists); empty:
    // no snapshots, no background checks.
    std::string snapshot_folder;
    // Whether the system's locale writes the time as 2:30 PM.
    bool system_twelve_hour = false;
    // False for a run that must not write (a screenshot): no daily check or copy.
    bool maintenance = true;
    // Wakes the event loop from another thread (a background job finished).
    std::function<void()> wake;
    // Writes a conversation invite (.ics) somewhere the user will find it;
    // returns the path, or an empty string and a reason in `error`.
    std::function<std::string(const core::Conversation&, const std::string& person_name,
                              std::string& error)>
        export_invite;
    // Where import and export paths start: ~/Documents when it exists.
    std::string documents_folder;
    // False where there are no threads (the browser): imports run inline.
    bool background_threads = true;
    // False when every frame must show everything at once (a screenshot):
    // long reads run inline instead of beside the frames.
    bool background_reads = true;
    // Where files are not paths (the browser): an export is handed over as
    // a download, and an import starts from a file picker that later calls
    // App::handle_dropped_files. Empty on the desktop.
    std::function<bool(const std::string& file_name, const std::string& data, std::string& error)>
        download;
    std::function<void()> pick_file;
    // The system's file chooser (the desktop portal, zenity or kdialog); the
    // answer comes once, from another thread. Empty where there is none
    // (tests, the browser): paths are typed.
    std::function<void(const FileDialog&, std::function<void(FileDialogAnswer)>)> choose_file;
    // Where files are not paths (the browser): where the data lives, in
    // words, with what the browser answered when asked to keep it.
    std::function<std::string()> storage_status;
    // Reminders. Turns on or off what shows them while Rapport is closed
    // (the desktop's systemd user timer); false with the reason. Empty where
    // there is nothing to turn on.
    std::function<bool(bool on, std::string& error)> set_reminders_when_closed;
    // Shows a notification (a due follow-up, a conversation that just
    // ended). Empty where notifications cannot be shown (a screenshot).
    std::function<void(const Notification& notification)> notify;
    // Whether the person is looking at Rapport: reminders show as
    // notifications only when it is not (Today shows them otherwise).
    std::function<bool()> window_focused;
    // The browser: notifications only while the page is open (Settings
    // says so), not from a timer while it is closed.
    bool reminders_while_open = false;
    // Where a committed write reaches lasting storage only later (the
    // browser's IndexedDB, a moment after the frame), told of each filed
    // capture so a page closed in that moment still files it on its next
    // start. Empty where a commit is on disk (the desktop's SQLite).
    std::function<void(const FiledCapture&)> capture_filed;
    // Paints other scripts' glyphs with the platform's own fonts (the
    // browser); empty where Debian's font files are read instead.
    std::shared_ptr<GlyphPainter> glyph_painter;
    // The user guide's Markdown, for Help: embedded on the desktop, fetched
    // beside the page on the web. Empty: Help says the guide is missing.
    std::function<std::string()> user_guide;
};

struct FrameReport {
    bool animating = false;        // draw again soon
    bool settling = false;         // draw again at once: focus or the first screen lands next frame
    bool caret_blinking = false;   // a text field has focus
    double wake_after = -1.0;      // seconds until something changes by itself (a snackbar hides)
    bool typing_ready = false;     // a task's text box (capture) has the keyboard: keys land
    bool focus_lands_next = false; // a text box asked for the keyboard: it has it next frame
    bool rebuild_fonts = false;    // call load_fonts again before the next frame
    bool quit = false;

    // Wake in `seconds` at the latest (a timer's next second).
    void wake_within(double seconds) {
        wake_after = wake_after < 0 ? seconds : (seconds < wake_after ? seconds : wake_after);
    }
};

} // namespace rapport::ui
