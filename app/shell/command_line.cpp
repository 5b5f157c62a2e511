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

} // namespace rapport
