#include "shell/verb_arguments.hpp"

#include "shell/argument_reader.hpp"

#include <charconv>
#include <memory>

namespace rapport {
namespace {

std::string joined_words(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& w : words)
        text += (text.empty() ? "" : " ") + w;
    return text;
}

ParseResult failed(ParseResult result, std::string message) {
    result.error = std::move(message);
    return result;
}

// What a capture must have: --new and --met need the person they are about,
// and there must be something to save.
std::string capture_problem(const CaptureCommand& capture) {
    if (capture.new_person && !capture.person)
        return "capture: --new adds the person named by --person; give --person NAME";
    if (capture.met && !capture.person)
        return "capture: --met records that you met the person named by --person; give "
               "--person NAME";
    if (capture.text.find_first_not_of(" \t\r\n") == std::string::npos)
        return "capture: nothing to save; give the note's text, e.g. rapport capture "
               "--person \"Amara Osei\" \"Start with usability testing\"";
    return {};
}

} // namespace

// `capture [--person NAME] [--db PATH] TEXT...`
ParseResult parse_capture(const std::vector<std::string>& arguments) {
    ParseResult result;
    CaptureCommand capture;
    std::vector<std::string> words;
    ArgumentReader r(arguments, 1, "");
    while (r.next()) {
        std::string v;
        if (r.raw() == "--help" || r.raw() == "-h") {
            result.command.verb = HelpCommand{"capture"};
            return result; // help wins over everything else
        }
        if (r.raw() == "--new") {
            capture.new_person = true;
        } else if (r.raw() == "--met") {
            capture.met = true;
        } else if (r.name() == "--person" || r.name() == "--db") {
            if (!r.value(v)) return failed(result, r.error());
            (r.name() == "--db" ? result.command.database : capture.person) = v;
        } else if (r.raw() == "--") {
            for (std::string& w : r.rest())
                words.push_back(std::move(w));
        } else if (r.raw().rfind("--", 0) == 0) {
            return failed(result,
                          "capture: unknown option '" + r.raw() +
                              "' (capture [--person NAME [--new] [--met]] TEXT; see rapport "
                              "capture --help)");
        } else {
            words.push_back(r.raw());
        }
    }
    capture.text = joined_words(words);
    if (std::string problem = capture_problem(capture); !problem.empty())
        return failed(result, std::move(problem));
    result.command.verb = std::move(capture);
    return result;
}

namespace {

// One verb's own options: `take` reads the one `r` is on (false: not one of
// its options), `finish` checks them with the words once all are read (an
// error message, or "").
struct VerbReader {
    virtual ~VerbReader() = default;
    virtual bool take(ArgumentReader& r) = 0;
    virtual std::string finish(const std::vector<std::string>& words, CommandLine& command) = 0;
};

struct ImportReader final : VerbReader {
    ImportCommand options;
    bool take(ArgumentReader& r) override {
        if (r.name() == "--dry-run")
            options.dry_run = true;
        else if (r.name() == "--yes")
            options.yes = true;
        else
            return false;
        return true;
    }
    std::string finish(const std::vector<std::string>& words, CommandLine& command) override {
        if (words.size() != 1)
            return "import: give one file, e.g. rapport import ~/Downloads/Connections.csv";
        options.path = words[0];
        command.verb = options;
        return {};
    }
};

struct ExportReader final : VerbReader {
    ExportCommand options;
    bool take(ArgumentReader& r) override {
        std::string v;
        if (r.name() == "--format") {
            if (!r.value(v)) return true;
            if (v != "vcf" && v != "ics" && v != "csv" && v != "md" && v != "json")
                r.fail("--format is one of vcf, ics, csv, md, json; got '" + v + "'");
            else
                options.format = v;
            return true;
        }
        if (r.name() == "--out") {
            if (r.value(v)) options.out_path = v;
            return true;
        }
        return false;
    }
    std::string finish(const std::vector<std::string>& words, CommandLine& command) override {
        if (options.format.empty())
            return "export: say which format with --format vcf|ics|csv|md|json";
        if (!words.empty())
            return "export: unexpected '" + words[0] + "' (use --out PATH for a file)";
        command.verb = options;
        return {};
    }
};

struct SearchReader final : VerbReader {
    SearchCommand options;
    bool take(ArgumentReader& r) override {
        if (r.name() != "--json") return false;
        options.json = true;
        return true;
    }
    std::string finish(const std::vector<std::string>& words, CommandLine& command) override {
        options.query = joined_words(words);
        if (options.query.find_first_not_of(" \t") == std::string::npos)
            return "search: give something to look for, e.g. rapport search ux research";
        command.verb = options;
        return {};
    }
};

struct SyncReader final : VerbReader {
    SyncCommand options;
    bool take(ArgumentReader& r) override {
        if (r.name() != "--setup" && r.name() != "--user") return false;
        std::string v;
        if (r.value(v)) (r.name() == "--setup" ? options.setup : options.user) = v;
        return true;
    }
    std::string finish(const std::vector<std::string>& words, CommandLine& command) override {
        if (!words.empty())
            return "sync: unexpected '" + words[0] + "' (the server's address goes after --setup)";
        if (options.setup.empty() != options.user.empty())
            return "sync: --setup URL and --user NAME go together, e.g. rapport sync "
                   "--setup https://dav.example.org --user amara";
        command.verb = options;
        return {};
    }
};

struct RemindReader final : VerbReader {
    RemindCommand options;
    bool take(ArgumentReader& r) override {
        if (r.name() != "--wait") return false;
        std::string v;
        if (!r.value(v)) return true;
        int seconds = -1;
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
        if (ec != std::errc() || ptr != v.data() + v.size() || seconds < 0 || seconds > 86400)
            r.fail("--wait wants seconds from 0 to 86400; got '" + v + "'");
        else
            options.wait_seconds = seconds;
        return true;
    }
    std::string finish(const std::vector<std::string>& words, CommandLine& command) override {
        if (!words.empty()) return "remind: unexpected '" + words[0] + "'";
        command.verb = options;
        return {};
    }
};

std::unique_ptr<VerbReader> reader_for(const std::string& verb) {
    if (verb == "import") return std::make_unique<ImportReader>();
    if (verb == "export") return std::make_unique<ExportReader>();
    if (verb == "search") return std::make_unique<SearchReader>();
    if (verb == "sync") return std::make_unique<SyncReader>();
    if (verb == "remind") return std::make_unique<RemindReader>();
    return nullptr;
}

} // namespace

bool is_data_verb(const std::string& word) {
    return reader_for(word) != nullptr;
}

// `import FILE [--dry-run] [--yes]`, `export --format F [--out PATH]`,
// `search QUERY… [--json]`, `sync [--setup URL --user NAME]`, `remind
// [--wait S]`, each with `--db PATH`.
ParseResult parse_data_verb(const std::vector<std::string>& arguments) {
    ParseResult result;
    const std::string& verb = arguments[0];
    const std::unique_ptr<VerbReader> own = reader_for(verb);
    std::vector<std::string> words;
    ArgumentReader r(arguments, 1, verb + ": ");
    while (r.next()) {
        std::string v;
        if (r.name() == "--help" || r.name() == "-h") {
            result.command.verb = HelpCommand{verb};
            return result; // help wins over everything else
        }
        if (r.name() == "--db") {
            if (r.value(v)) result.command.database = v;
        } else if (!own->take(r)) {
            if (r.is_option())
                r.fail("unknown option '" + r.name() + "'");
            else
                words.push_back(r.raw());
        }
        if (!r.error().empty()) return failed(result, r.error());
    }
    result.error = own->finish(words, result.command);
    return result;
}

} // namespace rapport
