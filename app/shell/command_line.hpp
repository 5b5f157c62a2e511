#pragma once
// What the user asked for on the command line. Parsing is separate from
// acting so every flag and every error message can be unit-tested.
#include <optional>
#include <string>
#include <vector>

namespace rapport {

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
    Mode mode = Mode::Run;
    std::optional<std::string> database; // --db PATH
    bool capture = false;                // --capture: open straight into capture
    std::string screenshot_path;         // --screenshot FILE.png
    std::string screen = "today";        // --screen NAME
    int width = 420, height = 860;       // --size WxH (logical px)
    std::optional<std::string> theme;    // --theme light|dark
    std::optional<int> demo_people;      // --demo[=N]: fill an empty database first
    // `rapport capture [--person NAME] TEXT…`: file a note from a terminal.
    std::optional<std::string> capture_person;
    bool capture_new_person = false; // --new: add --person if no one has that name
    bool capture_met = false;        // --met: you met them now (no conversation was planned)
    std::string capture_text;
    // `rapport import FILE [--dry-run] [--yes]`
    std::string import_path;
    bool dry_run = false;
    bool yes = false; // a backup may replace a database that has data
    // `rapport export --format vcf|ics|csv|md|json [--out PATH]`
    std::string export_format;
    std::optional<std::string> out_path;
    // `rapport search QUERY… [--json]`
    std::string query;
    bool json = false;
    // `rapport sync [--setup URL --user NAME]`
    std::string sync_setup; // the server's address; empty: sync now
    std::string sync_user;
    // `rapport remind [--wait SECONDS]`: how long to wait for a click.
    int remind_wait_seconds = 600;
    // --open person:ID: the screen to open (or to open in the running one).
    std::string open_route;
    // `rapport VERB --help`: that command's own usage (Mode::Help).
    std::string help_topic;
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
