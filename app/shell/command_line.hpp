#pragma once
// What the user asked for on the command line. Parsing is separate from
// acting so every flag and every error message can be unit-tested. Each
// verb has its own options: a capture cannot carry an export's --format.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rapport {

// `rapport --screenshot FILE.png [--screen NAME] [--size WxH]`: one frame
// drawn off screen, for the docs and the tests.
struct ScreenshotOptions {
    std::string path;
    std::string screen = "today";  // --screen NAME
    int width = 420, height = 860; // --size WxH (logical px)
};

// `rapport [--capture | --open ROUTE] [--demo[=N]] [--theme light|dark]`:
// the window.
struct WindowCommand {
    bool capture = false;             // --capture: open straight into capture
    std::string open_route;           // --open person:ID or capture:ID (a reminder's)
    std::optional<int> demo_people;   // --demo[=N]: fill an empty database first
    std::optional<std::string> theme; // --theme light|dark
    std::optional<ScreenshotOptions> screenshot;
};

// `rapport --help`, `rapport VERB --help` (topic: the verb).
struct HelpCommand {
    std::string topic;
};

struct VersionCommand {};

// `rapport capture [--person NAME [--new] [--met]] TEXT…`: a note from a terminal.
struct CaptureCommand {
    std::optional<std::string> person;
    bool new_person = false; // --new: add --person if no one has that name
    bool met = false;        // --met: you met them now (no conversation was planned)
    std::string text;
};

// `rapport import FILE [--dry-run] [--yes]`
struct ImportCommand {
    std::string path;
    bool dry_run = false;
    bool yes = false; // a backup may replace a database that has data
};

// `rapport export --format vcf|ics|csv|md|json [--out PATH]`
struct ExportCommand {
    std::string format;
    std::optional<std::string> out_path;
};

// `rapport search QUERY… [--json]`
struct SearchCommand {
    std::string query;
    bool json = false;
};

// `rapport sync [--setup URL --user NAME]`
struct SyncCommand {
    std::string setup; // the server's address; empty: sync now
    std::string user;
};

// `rapport remind [--wait SECONDS]`: how long to wait for a click.
struct RemindCommand {
    int wait_seconds = 600;
};

struct CommandLine {
    enum class Mode {
        Run,
        Help,
        Version,
        Screenshot,
        Capture,
        Import,
        Export,
        Search,
        Sync,
        Remind
    };
    std::optional<std::string> database; // --db PATH, for every verb
    std::variant<WindowCommand, HelpCommand, VersionCommand, CaptureCommand, ImportCommand,
                 ExportCommand, SearchCommand, SyncCommand, RemindCommand>
        verb;

    Mode mode() const;
    // The verb's options (std::bad_variant_access for another verb).
    template <typename Verb> const Verb& options() const { return std::get<Verb>(verb); }
};

struct ParseResult {
    CommandLine command;
    std::string error; // non-empty: print it and exit 2
};

// Screens --screen accepts.
const std::vector<std::string>& screen_names();

ParseResult parse_command_line(const std::vector<std::string>& arguments);
std::string help_text();
// The usage of one command ("capture", "import", "export", "search").
std::string command_help(const std::string& verb);
std::string version_text();

} // namespace rapport
