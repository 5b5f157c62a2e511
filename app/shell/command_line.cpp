#include "shell/command_line.hpp"

#include "version.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace rapport {
namespace {

bool parse_size(const std::string& text, int& width, int& height) {
    const size_t x = text.find('x');
    if (x == std::string::npos) return false;
    auto read = [](const char* begin, const char* end, int& out) {
        auto [ptr, ec] = std::from_chars(begin, end, out);
        return ec == std::errc() && ptr == end;
    };
    const char* data = text.data();
    return read(data, data + x, width) && read(data + x + 1, data + text.size(), height) &&
           width >= 320 && height >= 480 && width <= 8192 && height <= 8192;
}

} // namespace

const std::vector<std::string>& screen_names() {
    static const std::vector<std::string> names = {
        "today",     "people",       "person",    "capture", "prepare",
        "questions", "speech",       "compose",   "compare", "careers",
        "settings",  "conversation", "data",      "note",    "debrief",
        "inbox",     "heard",        "plan",      "career",  "careers-compare",
        "templates", "sync",         "scheduled", "help"};
    return names;
}

namespace {

// `capture [--person NAME] [--db PATH] TEXT...`
ParseResult parse_capture(const std::vector<std::string>& arguments) {
    ParseResult result;
    CommandLine& command = result.command;
    command.mode = CommandLine::Mode::Capture;
    std::string text;
    for (size_t i = 1; i < arguments.size(); ++i) {
        const std::string& arg = arguments[i];
        auto value = [&](const char* flag, std::string& out) {
            if (arg.rfind(std::string(flag) + "=", 0) == 0) {
                out = arg.substr(std::string(flag).size() + 1);
            } else if (i + 1 < arguments.size()) {
                out = arguments[++i];
            } else {
                out.clear();
            }
            if (out.empty()) result.error = std::string(flag) + " needs a value";
            return !out.empty();
        };
        std::string v;
        if (arg == "--help" || arg == "-h") {
            command.mode = CommandLine::Mode::Help;
            command.help_topic = "capture";
            return result; // help wins over everything else
        }
        if (arg == "--new") {
            command.capture_new_person = true;
        } else if (arg == "--met") {
            command.capture_met = true;
        } else if (arg == "--person" || arg.rfind("--person=", 0) == 0) {
            if (!value("--person", v)) return result;
            command.capture_person = v;
        } else if (arg == "--db" || arg.rfind("--db=", 0) == 0) {
            if (!value("--db", v)) return result;
            command.database = v;
        } else if (arg == "--") {
            for (++i; i < arguments.size(); ++i)
                text += (text.empty() ? "" : " ") + arguments[i];
        } else if (arg.rfind("--", 0) == 0) {
            result.error =
                "capture: unknown option '" + arg +
                "' (capture [--person NAME [--new] [--met]] TEXT; see rapport capture --help)";
            return result;
        } else {
            text += (text.empty() ? "" : " ") + arg;
        }
    }
    if (command.capture_new_person && !command.capture_person) {
        result.error = "capture: --new adds the person named by --person; give --person NAME";
        return result;
    }
    if (command.capture_met && !command.capture_person) {
        result.error = "capture: --met records that you met the person named by --person; give "
                       "--person NAME";
        return result;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        result.error = "capture: nothing to save; give the note's text, e.g. rapport capture "
                       "--person \"Amara Osei\" \"Start with usability testing\"";
        return result;
    }
    command.capture_text = text;
    return result;
}

// `import FILE [--dry-run] [--yes]`, `export --format F [--out PATH]`,
// `search QUERY… [--json]`, each with `--db PATH`.
ParseResult parse_data_command(const std::vector<std::string>& arguments) {
    ParseResult result;
    CommandLine& command = result.command;
    const std::string& verb = arguments[0];
    command.mode = verb == "import"   ? CommandLine::Mode::Import
                   : verb == "export" ? CommandLine::Mode::Export
                   : verb == "sync"   ? CommandLine::Mode::Sync
                   : verb == "remind" ? CommandLine::Mode::Remind
                                      : CommandLine::Mode::Search;
    std::vector<std::string> words;
    for (size_t i = 1; i < arguments.size(); ++i) {
        std::string arg = arguments[i];
        std::optional<std::string> inline_value;
        if (arg.rfind("--", 0) == 0)
            if (const size_t eq = arg.find('='); eq != std::string::npos) {
                inline_value = arg.substr(eq + 1);
                arg.resize(eq);
            }
        auto value = [&](std::string& out) {
            out = inline_value ? *inline_value : i + 1 < arguments.size() ? arguments[++i] : "";
            if (out.empty()) result.error = verb + ": " + arg + " needs a value";
            return !out.empty();
        };
        std::string v;
        if (arg == "--help" || arg == "-h") {
            command.mode = CommandLine::Mode::Help;
            command.help_topic = verb;
            return result; // help wins over everything else
        }
        if (arg == "--db") {
            if (!value(v)) return result;
            command.database = v;
        } else if (arg == "--dry-run" && verb == "import") {
            command.dry_run = true;
        } else if (arg == "--yes" && verb == "import") {
            command.yes = true;
        } else if (arg == "--format" && verb == "export") {
            if (!value(v)) return result;
            if (v != "vcf" && v != "ics" && v != "csv" && v != "md" && v != "json") {
                result.error =
                    "export: --format is one of vcf, ics, csv, md, json; got '" + v + "'";
                return result;
            }
            command.export_format = v;
        } else if (arg == "--out" && verb == "export") {
            if (!value(v)) return result;
            command.out_path = v;
        } else if (arg == "--setup" && verb == "sync") {
            if (!value(v)) return result;
            command.sync_setup = v;
        } else if (arg == "--user" && verb == "sync") {
            if (!value(v)) return result;
            command.sync_user = v;
        } else if (arg == "--wait" && verb == "remind") {
            if (!value(v)) return result;
            int seconds = -1;
            auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
            if (ec != std::errc() || ptr != v.data() + v.size() || seconds < 0 || seconds > 86400) {
                result.error = "remind: --wait wants seconds from 0 to 86400; got '" + v + "'";
                return result;
            }
            command.remind_wait_seconds = seconds;
        } else if (arg == "--json" && verb == "search") {
            command.json = true;
        } else if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
            result.error = verb + ": unknown option '" + arg + "'";
            return result;
        } else {
            words.push_back(arguments[i]);
        }
    }
    if (verb == "import") {
        if (words.size() != 1) {
            result.error = "import: give one file, e.g. rapport import ~/Downloads/Connections.csv";
            return result;
        }
        command.import_path = words[0];
    } else if (verb == "export") {
        if (command.export_format.empty()) {
            result.error = "export: say which format with --format vcf|ics|csv|md|json";
            return result;
        }
        if (!words.empty()) {
            result.error = "export: unexpected '" + words[0] + "' (use --out PATH for a file)";
            return result;
        }
    } else if (verb == "remind") {
        if (!words.empty()) {
            result.error = "remind: unexpected '" + words[0] + "'";
            return result;
        }
    } else if (verb == "sync") {
        if (!words.empty()) {
            result.error =
                "sync: unexpected '" + words[0] + "' (the server's address goes after --setup)";
            return result;
        }
        if (command.sync_setup.empty() != command.sync_user.empty()) {
            result.error = "sync: --setup URL and --user NAME go together, e.g. rapport sync "
                           "--setup https://dav.example.org --user amara";
            return result;
        }
    } else {
        for (const std::string& w : words)
            command.query += (command.query.empty() ? "" : " ") + w;
        if (command.query.find_first_not_of(" \t") == std::string::npos) {
            result.error = "search: give something to look for, e.g. rapport search ux research";
            return result;
        }
    }
    return result;
}

// Messages quote what was typed; they stay one short line whatever it was.
std::string one_line(const std::string& message) {
    std::string out;
    for (unsigned char c : message) {
        if (c < 0x20 || c == 0x7f) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        if (out.size() > 300) return out + "…";
    }
    return out;
}

ParseResult parse_arguments(const std::vector<std::string>& arguments);

} // namespace

ParseResult parse_command_line(const std::vector<std::string>& arguments) {
    ParseResult result = parse_arguments(arguments);
    result.error = one_line(result.error);
    return result;
}

namespace {

ParseResult parse_arguments(const std::vector<std::string>& arguments) {
    if (!arguments.empty() && arguments[0] == "capture") return parse_capture(arguments);
    if (!arguments.empty() &&
        (arguments[0] == "import" || arguments[0] == "export" || arguments[0] == "search" ||
         arguments[0] == "sync" || arguments[0] == "remind"))
        return parse_data_command(arguments);
    ParseResult result;
    CommandLine& command = result.command;
    bool screen_given = false, size_given = false, theme_given = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        std::string flag = arguments[i];
        std::optional<std::string> inline_value;
        if (flag.rfind("--", 0) == 0) {
            if (size_t equals = flag.find('='); equals != std::string::npos) {
                inline_value = flag.substr(equals + 1);
                flag.resize(equals);
            }
        }
        // Reads the value of a flag given as "--flag value" or "--flag=value".
        auto value = [&](std::string& out) {
            if (inline_value) {
                out = *inline_value;
            } else if (i + 1 < arguments.size()) {
                out = arguments[++i];
            } else {
                result.error = flag + " needs a value";
                return false;
            }
            if (out.empty()) {
                result.error = flag + " needs a value";
                return false;
            }
            return true;
        };
        std::string text;
        if (flag == "--help" || flag == "-h") {
            command.mode = CommandLine::Mode::Help;
            return result; // help wins over everything else
        } else if (flag == "--version") {
            command.mode = CommandLine::Mode::Version;
            return result;
        } else if (flag == "--db") {
            if (!value(text)) return result;
            command.database = text;
        } else if (flag == "--demo") {
            int people = 36; // a few dozen: enough to see every screen at work
            std::string count = inline_value.value_or("");
            if (!inline_value && i + 1 < arguments.size() && !arguments[i + 1].empty() &&
                std::isdigit(static_cast<unsigned char>(arguments[i + 1][0])))
                count = arguments[++i];
            if (!count.empty()) {
                auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), people);
                if (ec != std::errc() || ptr != count.data() + count.size() || people < 1 ||
                    people > 200000) {
                    result.error =
                        "--demo wants a number of people from 1 to 200000; got '" + count + "'";
                    return result;
                }
            }
            command.demo_people = people;
        } else if (flag == "--capture") {
            command.capture = true;
        } else if (flag == "--open") {
            if (!value(text)) return result;
            const bool person = text.rfind("person:", 0) == 0 && text.size() > 7;
            const bool capture = text.rfind("capture:", 0) == 0 && text.size() > 8;
            if ((!person && !capture) || text.find_first_of(" \t\n") != std::string::npos) {
                result.error = "--open wants person:ID or capture:CONVERSATION (what a reminder "
                               "opens); got '" +
                               text + "'";
                return result;
            }
            command.open_route = text;
        } else if (flag == "--screenshot") {
            if (!value(text)) return result;
            command.mode = CommandLine::Mode::Screenshot;
            command.screenshot_path = text;
        } else if (flag == "--screen") {
            if (!value(text)) return result;
            const auto& names = screen_names();
            const bool named_person = text.rfind("person:", 0) == 0 && text.size() > 7;
            const bool import_file = text.rfind("import:", 0) == 0 && text.size() > 7;
            const bool help_section = text.rfind("help:", 0) == 0 && text.size() > 5;
            if (std::find(names.begin(), names.end(), text) == names.end() && !named_person &&
                !import_file && !help_section) {
                result.error = "unknown screen '" + text +
                               "' (try today, people, person, person:NAME, capture, conversation, "
                               "prepare, questions, speech, compose, compare, careers, career, "
                               "careers-compare, settings, templates, data, note, debrief, inbox, "
                               "heard, scheduled, sync, help, help:N or import:FILE)";
                return result;
            }
            command.screen = text;
            screen_given = true;
        } else if (flag == "--size") {
            if (!value(text)) return result;
            if (!parse_size(text, command.width, command.height)) {
                result.error =
                    "--size wants WIDTHxHEIGHT, at least 320x480, e.g. 420x860; got '" + text + "'";
                return result;
            }
            size_given = true;
        } else if (flag == "--theme") {
            if (!value(text)) return result;
            if (text != "light" && text != "dark") {
                result.error = "--theme is light or dark; got '" + text + "'";
                return result;
            }
            command.theme = text;
            theme_given = true;
        } else {
            result.error = flag.rfind("-", 0) == 0
                               ? "unknown option '" + flag + "' (see rapport --help)"
                               : "unexpected argument '" + flag + "' (see rapport --help)";
            return result;
        }
    }
    if (command.mode != CommandLine::Mode::Screenshot && (screen_given || size_given)) {
        result.error = "--screen and --size go with --screenshot FILE.png";
    }
    (void)theme_given; // --theme also picks the theme for a normal launch
    return result;
}

} // namespace

std::string help_text() {
    return "Rapport " RAPPORT_VERSION " — informational interviews, from research to thank-you.\n"
           "\n"
           "Usage: rapport [OPTIONS]\n"
           "       rapport capture [--person NAME [--new] [--met]] [--db PATH] TEXT…\n"
           "       rapport import FILE [--dry-run] [--yes] [--db PATH]\n"
           "       rapport export --format vcf|ics|csv|md|json [--out PATH] [--db PATH]\n"
           "       rapport search QUERY… [--json] [--db PATH]\n"
           "       rapport sync [--setup URL --user NAME] [--db PATH]\n"
           "       rapport remind [--wait SECONDS] [--db PATH]\n"
           "\n"
           "  --db PATH              use this database (default: "
           "$XDG_DATA_HOME/rapport/rapport.db)\n"
           "  --capture              open straight into capture\n"
           "  --open person:ID       open on this person (a reminder's click)\n"
           "  --demo[=N]             fill an empty database with N demo people (default 36)\n"
           "  --theme light|dark     use this theme for this run\n"
           "  --screenshot FILE.png  render a screen off-screen, save it, and exit\n"
           "      --screen NAME      today, people, person[:NAME], capture, conversation,\n"
           "                         prepare, questions (a plan), speech, compose,\n"
           "                         compare, careers, career, careers-compare,\n"
           "                         settings, templates, data, note, debrief,\n"
           "                         inbox, heard (what I've heard), scheduled\n"
           "                         (coming up), help[:N], import:FILE\n"
           "      --size WxH         image size in logical px (default 420x860)\n"
           "  --version              print the version and exit\n"
           "  -h, --help             print this help and exit\n"
           "\n"
           "`rapport capture` files a note from a terminal, without a window: about\n"
           "NAME, it is the debrief of a conversation held in the last hours (or, with\n"
           "--met, of one held now), and a thank-you is due.\n"
           "\n"
           "`rapport import` reads LinkedIn Connections.csv, vCard (.vcf), Google Contacts\n"
           "CSV or a Rapport JSON backup; --dry-run shows what would change. A backup\n"
           "replaces a database that has data only with --yes (a snapshot is kept).\n"
           "`rapport export` writes to --out (a folder for md) or to the terminal.\n"
           "These exit 0 on success and 2 with a reason on bad input.\n"
           "\n"
           "Only one Rapport opens a database at a time: a second launch brings the\n"
           "running window to the front (with --capture, opens capture there).\n"
           "`rapport COMMAND --help` prints that command's own usage.\n";
}

std::string command_help(const std::string& verb) {
    if (verb == "capture")
        return "Usage: rapport capture [--person NAME [--new] [--met]] [--db PATH] TEXT…\n"
               "\n"
               "Files a note from a terminal, without a window (the running Rapport, if\n"
               "any, shows it at once).\n"
               "\n"
               "  --person NAME  about this person; a name that is not in Rapport exits 2\n"
               "                 with the closest names. If your conversation with them\n"
               "                 was held or planned in the last 3 hours, the note is its\n"
               "                 debrief: the conversation is marked held (once) and the\n"
               "                 thank-you is due; otherwise it is a plain note\n"
               "  --met          you met them now: with no conversation to debrief, one\n"
               "                 is recorded as held now\n"
               "  --new          add NAME as a new person first if no one has that name\n"
               "  --db PATH      use this database\n"
               "  -h, --help     print this help and exit\n"
               "\n"
               "Without --person the note waits in your inbox. Text after -- is taken\n"
               "as it is, even if it starts with --.\n"
               "Example: rapport capture --person \"Amara Osei\" Start with usability testing\n";
    if (verb == "import")
        return "Usage: rapport import FILE [--dry-run] [--yes] [--db PATH]\n"
               "\n"
               "Reads LinkedIn Connections.csv, vCard (.vcf, 2.1/3.0/4.0), Google Contacts\n"
               "CSV or a Rapport JSON backup, in one transaction: a bad line is reported\n"
               "with its number and nothing is imported.\n"
               "\n"
               "  --dry-run   show what would be added, merged or skipped; change nothing\n"
               "  --yes       let a backup replace a database that has data (a snapshot\n"
               "              of it is kept first)\n"
               "  --db PATH   use this database\n"
               "  -h, --help  print this help and exit\n";
    if (verb == "export")
        return "Usage: rapport export --format vcf|ics|csv|md|json [--out PATH] [--db PATH]\n"
               "\n"
               "  --format F  vcf (vCard 4.0), ics (iCalendar), csv, md (one Markdown file\n"
               "              per person, into a folder) or json (a full backup)\n"
               "  --out PATH  write here (a folder for md); without it, to the terminal\n"
               "  --db PATH   use this database\n"
               "  -h, --help  print this help and exit\n";
    if (verb == "remind")
        return "Usage: rapport remind [--wait SECONDS] [--db PATH]\n"
               "\n"
               "Shows a desktop notification for each follow-up that is due and has not\n"
               "been announced (one per follow-up; again only once it is snoozed to a new\n"
               "time), then waits up to SECONDS (600) for a click, which opens Rapport on\n"
               "that person. Does nothing while reminders are off in Settings or in your\n"
               "quiet hours. The rapport-remind.timer systemd user unit runs it every 15\n"
               "minutes once reminders are on. Exit 1 when no notification service\n"
               "answers.\n"
               "\n"
               "  --wait SECONDS  how long to wait for a click (0: not at all)\n"
               "  --db PATH       use this database\n"
               "  -h, --help      print this help and exit\n";
    if (verb == "sync")
        return "Usage: rapport sync [--db PATH]\n"
               "       rapport sync --setup URL --user NAME [--db PATH]\n"
               "\n"
               "Syncs with your CardDAV/CalDAV server (Radicale, Nextcloud, Baikal,\n"
               "Fastmail…): what changed there comes in, what changed here goes out, and\n"
               "a summary of what moved is printed. Exit 2 with one line when the setup or\n"
               "the password is wrong, 1 when the server cannot be reached.\n"
               "\n"
               "  --setup URL  the server (its address, or any page of it that leads to\n"
               "               your address books); with --user, checks it and keeps the\n"
               "               password in your keyring. RAPPORT_SYNC_PASSWORD gives the\n"
               "               password without a prompt (for scripts)\n"
               "  --user NAME  your user name on that server\n"
               "  --db PATH    use this database\n"
               "  -h, --help   print this help and exit\n";
    return "Usage: rapport search QUERY… [--json] [--db PATH]\n"
           "\n"
           "Searches people, research, notes, conversations and answers, best first.\n"
           "\n"
           "  --json      the results as a JSON array instead of text\n"
           "  --db PATH   use this database\n"
           "  -h, --help  print this help and exit\n";
}

std::string version_text() {
    return "rapport " RAPPORT_VERSION "\n";
}

} // namespace rapport
