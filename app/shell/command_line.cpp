#include "shell/command_line.hpp"

#include "shell/argument_reader.hpp"
#include "shell/verb_arguments.hpp"

#include <algorithm>
#include <charconv>

namespace rapport {

CommandLine::Mode CommandLine::mode() const {
    struct Of {
        Mode operator()(const WindowCommand& w) const {
            return w.screenshot ? Mode::Screenshot : Mode::Run;
        }
        Mode operator()(const HelpCommand&) const { return Mode::Help; }
        Mode operator()(const VersionCommand&) const { return Mode::Version; }
        Mode operator()(const CaptureCommand&) const { return Mode::Capture; }
        Mode operator()(const ImportCommand&) const { return Mode::Import; }
        Mode operator()(const ExportCommand&) const { return Mode::Export; }
        Mode operator()(const SearchCommand&) const { return Mode::Search; }
        Mode operator()(const SyncCommand&) const { return Mode::Sync; }
        Mode operator()(const RemindCommand&) const { return Mode::Remind; }
    };
    return std::visit(Of{}, verb);
}

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

bool starts_with_more(const std::string& text, const char* prefix) {
    const std::string p = prefix;
    return text.rfind(p, 0) == 0 && text.size() > p.size();
}

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

// --demo[=N] or --demo N: a few dozen people unless a count is given.
bool read_demo(ArgumentReader& r, WindowCommand& window) {
    int people = 36; // enough to see every screen at work
    if (const auto count = r.optional_number(); count && !count->empty()) {
        auto [ptr, ec] = std::from_chars(count->data(), count->data() + count->size(), people);
        if (ec != std::errc() || ptr != count->data() + count->size() || people < 1 ||
            people > 200000) {
            r.fail("--demo wants a number of people from 1 to 200000; got '" + *count + "'");
            return false;
        }
    }
    window.demo_people = people;
    return true;
}

bool read_open(ArgumentReader& r, WindowCommand& window) {
    std::string text;
    if (!r.value(text)) return false;
    if ((!starts_with_more(text, "person:") && !starts_with_more(text, "capture:")) ||
        text.find_first_of(" \t\n") != std::string::npos) {
        r.fail("--open wants person:ID or capture:CONVERSATION (what a reminder opens); got '" +
               text + "'");
        return false;
    }
    window.open_route = text;
    return true;
}

bool read_screen(ArgumentReader& r, ScreenshotOptions& shot) {
    std::string text;
    if (!r.value(text)) return false;
    const auto& names = screen_names();
    if (std::find(names.begin(), names.end(), text) == names.end() &&
        !starts_with_more(text, "person:") && !starts_with_more(text, "import:") &&
        !starts_with_more(text, "help:")) {
        r.fail("unknown screen '" + text +
               "' (try today, people, person, person:NAME, capture, conversation, "
               "prepare, questions, speech, compose, compare, careers, career, "
               "careers-compare, settings, templates, data, note, debrief, inbox, "
               "heard, scheduled, sync, help, help:N or import:FILE)");
        return false;
    }
    shot.screen = text;
    return true;
}

bool read_size(ArgumentReader& r, ScreenshotOptions& shot) {
    std::string text;
    if (!r.value(text)) return false;
    if (parse_size(text, shot.width, shot.height)) return true;
    r.fail("--size wants WIDTHxHEIGHT, at least 320x480, e.g. 420x860; got '" + text + "'");
    return false;
}

bool read_theme(ArgumentReader& r, WindowCommand& window) {
    std::string text;
    if (!r.value(text)) return false;
    if (text != "light" && text != "dark") {
        r.fail("--theme is light or dark; got '" + text + "'");
        return false;
    }
    window.theme = text;
    return true;
}

// One of the window's flags; false with r.error() set when it is not one.
bool read_window_flag(ArgumentReader& r, CommandLine& command, WindowCommand& window,
                      ScreenshotOptions& shot, bool& shooting, bool& framed) {
    const std::string& flag = r.name();
    std::string text;
    if (flag == "--db") {
        if (!r.value(text)) return false;
        command.database = text;
        return true;
    }
    if (flag == "--demo") return read_demo(r, window);
    if (flag == "--capture") return window.capture = true;
    if (flag == "--open") return read_open(r, window);
    if (flag == "--screenshot") return shooting = r.value(shot.path);
    if (flag == "--screen" || flag == "--size") {
        framed = true;
        return flag == "--screen" ? read_screen(r, shot) : read_size(r, shot);
    }
    if (flag == "--theme") return read_theme(r, window);
    r.fail(flag.rfind("-", 0) == 0 ? "unknown option '" + flag + "' (see rapport --help)"
                                   : "unexpected argument '" + flag + "' (see rapport --help)");
    return false;
}

// `rapport [--db PATH] [--capture | --open ROUTE] [--demo[=N]] [--theme T]
// [--screenshot FILE [--screen NAME] [--size WxH]]`, or --help / --version.
ParseResult parse_window(const std::vector<std::string>& arguments) {
    ParseResult result;
    WindowCommand window;
    ScreenshotOptions shot;
    bool shooting = false, framed = false;
    ArgumentReader r(arguments, 0, "");
    while (r.next()) {
        if (r.name() == "--help" || r.name() == "-h") {
            result.command.verb = HelpCommand{};
            return result; // help wins over everything else
        }
        if (r.name() == "--version") {
            result.command.verb = VersionCommand{};
            return result;
        }
        if (!read_window_flag(r, result.command, window, shot, shooting, framed)) {
            result.error = r.error();
            return result;
        }
    }
    if (shooting) window.screenshot = shot;
    result.command.verb = window;
    if (!shooting && framed) result.error = "--screen and --size go with --screenshot FILE.png";
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

} // namespace

ParseResult parse_command_line(const std::vector<std::string>& arguments) {
    ParseResult result = !arguments.empty() && arguments[0] == "capture" ? parse_capture(arguments)
                         : !arguments.empty() && is_data_verb(arguments[0])
                             ? parse_data_verb(arguments)
                             : parse_window(arguments);
    result.error = one_line(result.error);
    return result;
}

} // namespace rapport
