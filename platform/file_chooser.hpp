#pragma once
// The system's file chooser: the XDG desktop portal (GNOME, KDE, sandboxes),
// then zenity or kdialog when no portal answers. Where neither exists the
// caller falls back to a path typed into the app.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::platform {

struct FileFilter {
    std::string name;                  // "Contacts"
    std::vector<std::string> patterns; // "*.csv", "*.vcf"
};

struct FileRequest {
    bool save = false;          // a Save dialog (with current_name) rather than Open
    bool folder = false;        // choose a folder rather than a file (Open only)
    std::string title;          // "Import contacts"
    std::string current_name;   // Save: the name offered, "rapport-2026-12-01.vcf"
    std::string current_folder; // where the dialog starts; empty: its own choice
    std::vector<FileFilter> filters;
};

struct FileChoice {
    enum class Outcome { Chosen, Cancelled, Unavailable };
    Outcome outcome = Outcome::Unavailable;
    std::string path;  // Chosen: a local path
    std::string via;   // "portal", "zenity" or "kdialog"
    std::string error; // Unavailable: why, in words
};

// Asks on a thread of its own (a dialog can stay open for minutes); `done`
// is called once, from that thread.
void choose_file(FileRequest request, std::function<void(FileChoice)> done);

// The steps, each blocking, for tests and for choose_file.
FileChoice choose_with_portal(const FileRequest& request);
FileChoice choose_with_program(const FileRequest& request); // zenity, then kdialog
FileChoice choose_blocking(const FileRequest& request);     // portal, then programs

// A file:// URI as a local path ("" when it is not a local file URI).
std::string path_of_file_uri(std::string_view uri);

} // namespace rapport::platform
