#include "shell/command_line.hpp"

#include <doctest/doctest.h>

using rapport::CommandLine;
using rapport::parse_command_line;

TEST_CASE("no arguments launches the app on the default database") {
    const auto result = parse_command_line({});
    CHECK(result.error.empty());
    CHECK(result.command.mode() == CommandLine::Mode::Run);
    CHECK_FALSE(result.command.database.has_value());
}

TEST_CASE("--help and --version win over other flags") {
    CHECK(parse_command_line({"--db", "x.db", "--help"}).command.mode() == CommandLine::Mode::Help);
    CHECK(parse_command_line({"-h"}).command.mode() == CommandLine::Mode::Help);
    CHECK(parse_command_line({"--version"}).command.mode() == CommandLine::Mode::Version);
    CHECK(rapport::help_text().find("--screenshot") != std::string::npos);
}

TEST_CASE("flags take values as '--flag value' or '--flag=value'") {
    auto a = parse_command_line({"--db", "/tmp/a.db"});
    auto b = parse_command_line({"--db=/tmp/a.db"});
    REQUIRE(a.error.empty());
    REQUIRE(b.error.empty());
    CHECK(*a.command.database == "/tmp/a.db");
    CHECK(*b.command.database == "/tmp/a.db");
}

TEST_CASE("a screenshot names its file, screen, size and theme") {
    auto r = parse_command_line(
        {"--screenshot", "out.png", "--screen", "people", "--size", "1280x800", "--theme", "dark"});
    REQUIRE(r.error.empty());
    CHECK(r.command.mode() == CommandLine::Mode::Screenshot);
    CHECK(r.command.options<rapport::WindowCommand>().screenshot->path == "out.png");
    CHECK(r.command.options<rapport::WindowCommand>().screenshot->screen == "people");
    CHECK(r.command.options<rapport::WindowCommand>().screenshot->width == 1280);
    CHECK(r.command.options<rapport::WindowCommand>().screenshot->height == 800);
    CHECK(*r.command.options<rapport::WindowCommand>().theme == "dark");
}

TEST_CASE("bad arguments give one specific reason") {
    CHECK(parse_command_line({"--bogus"}).error.find("unknown option '--bogus'") !=
          std::string::npos);
    CHECK(parse_command_line({"stray"}).error.find("unexpected argument 'stray'") !=
          std::string::npos);
    CHECK(parse_command_line({"--db"}).error == "--db needs a value");
    CHECK(parse_command_line({"--db="}).error == "--db needs a value");
    CHECK(parse_command_line({"--screenshot", "a.png", "--screen", "nowhere"})
              .error.find("unknown screen 'nowhere'") != std::string::npos);
    CHECK(parse_command_line({"--screenshot", "a.png", "--size", "100x100"})
              .error.find("at least 320x480") != std::string::npos);
    CHECK(parse_command_line({"--screenshot", "a.png", "--size", "wide"}).error.find("--size") !=
          std::string::npos);
    CHECK(parse_command_line({"--theme", "blue"}).error.find("light or dark") != std::string::npos);
    CHECK(parse_command_line({"--screen", "today"}).error.find("--screenshot") !=
          std::string::npos);
    for (const auto& message :
         {parse_command_line({"--bogus"}).error, parse_command_line({"--size", "1x"}).error})
        CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("every screen the shell draws can be named for a screenshot") {
    for (const std::string& name : rapport::screen_names()) {
        auto r = parse_command_line({"--screenshot", "x.png", "--screen", name});
        CHECK_MESSAGE(r.error.empty(), name);
    }
}

TEST_CASE("each command prints its own usage with --help") {
    for (const char* verb : {"capture", "import", "export", "search"}) {
        const auto r = parse_command_line({verb, "--help"});
        CHECK(r.error.empty());
        CHECK(r.command.mode() == CommandLine::Mode::Help);
        CHECK(r.command.options<rapport::HelpCommand>().topic == verb);
        CHECK(rapport::command_help(verb).find(std::string("rapport ") + verb) !=
              std::string::npos);
    }
    CHECK(rapport::command_help("capture").find("--new") != std::string::npos);
    // Help wins even over a missing text.
    CHECK(parse_command_line({"capture", "-h"}).command.mode() == CommandLine::Mode::Help);
}

TEST_CASE("terminal capture: --new adds the person --person names, and needs one") {
    const auto r = parse_command_line({"capture", "--person", "Lena Park", "--new", "Met at expo"});
    REQUIRE(r.error.empty());
    CHECK(r.command.options<rapport::CaptureCommand>().new_person);
    CHECK(*r.command.options<rapport::CaptureCommand>().person == "Lena Park");
    CHECK(parse_command_line({"capture", "--new", "text"}).error.find("--person") !=
          std::string::npos);
}

TEST_CASE("terminal capture: person, text, and clear errors") {
    auto r = parse_command_line({"capture", "--person", "Amara Osei", "Start", "with", "testing"});
    REQUIRE(r.error.empty());
    CHECK(r.command.mode() == CommandLine::Mode::Capture);
    CHECK(*r.command.options<rapport::CaptureCommand>().person == "Amara Osei");
    CHECK(r.command.options<rapport::CaptureCommand>().text == "Start with testing");
    auto quoted = parse_command_line({"capture", "--db=/tmp/x.db", "--", "--not an option"});
    REQUIRE(quoted.error.empty());
    CHECK(quoted.command.options<rapport::CaptureCommand>().text == "--not an option");
    CHECK(*quoted.command.database == "/tmp/x.db");
    CHECK(parse_command_line({"capture", "--person", "Amara"}).error.find("nothing to save") !=
          std::string::npos);
    CHECK(parse_command_line({"capture", "   "}).error.find("nothing to save") !=
          std::string::npos);
    CHECK(parse_command_line({"capture", "--person"}).error == "--person needs a value");
    CHECK(parse_command_line({"capture", "--bogus", "x"}).error.find("unknown option") !=
          std::string::npos);
}

TEST_CASE("an error quoting what was typed stays one short line") {
    const auto r = rapport::parse_command_line({"line one\nline two"});
    CHECK(r.error.find('\n') == std::string::npos);
    CHECK(r.error.find("line one\\x0aline two") != std::string::npos);
    const auto huge = rapport::parse_command_line({std::string(100000, 'x')});
    CHECK(huge.error.size() < 400);
}

TEST_CASE("import, export and search parse their arguments or say what is missing") {
    const auto import = rapport::parse_command_line({"import", "a.csv", "--dry-run", "--db", "x"});
    REQUIRE(import.error.empty());
    CHECK(import.command.mode() == rapport::CommandLine::Mode::Import);
    CHECK(import.command.options<rapport::ImportCommand>().path == "a.csv");
    CHECK(import.command.options<rapport::ImportCommand>().dry_run);
    CHECK(*import.command.database == "x");
    const auto out = rapport::parse_command_line({"export", "--format=ics", "--out", "c.ics"});
    REQUIRE(out.error.empty());
    CHECK(out.command.options<rapport::ExportCommand>().format == "ics");
    CHECK(*out.command.options<rapport::ExportCommand>().out_path == "c.ics");
    const auto search = rapport::parse_command_line({"search", "ux", "research", "--json"});
    CHECK(search.command.options<rapport::SearchCommand>().query == "ux research");
    CHECK(search.command.options<rapport::SearchCommand>().json);
    CHECK(rapport::parse_command_line({"import"}).error.find("give one file") != std::string::npos);
    CHECK(rapport::parse_command_line({"export", "--format", "pdf"}).error.find("pdf") !=
          std::string::npos);
    CHECK(rapport::parse_command_line({"search"}).error.find("something to look for") !=
          std::string::npos);
}
