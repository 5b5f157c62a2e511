// The system's file chooser, spoken to as the desktop speaks: a private
// session bus (dbus-daemon) with a stand-in for the portal's FileChooser on
// it, and fake zenity programs for when no portal answers.
#include "platform/file_chooser.hpp"
#include "unit/platform/private_bus.hpp"
#include "unit/temp_dir.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using rapport::platform::FileChoice;
using rapport::platform::FileRequest;
using rapport::testing::TempDir;
using namespace rapport::testing;

namespace {

// The portal stand-in on that bus, answering `answer` ("cancel" or a URI).
struct PortalStandIn {
    pid_t process = -1;
    std::string log;
    PortalStandIn(const PrivateBus& bus, const std::string& answer) : log(bus.dir.file("log")) {
        const std::string ready = bus.dir.file("ready");
        process = spawn({"/usr/bin/python3", RAPPORT_TESTS_DIR "/unit/platform/portal_stand_in.py",
                         answer, log, ready});
        REQUIRE_MESSAGE(appears(ready, process), "the portal stand-in did not start (python3-gi)");
    }
    ~PortalStandIn() { stop(process); }
    std::string requests() const {
        std::ifstream in(log);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

// A PATH holding only a zenity that prints `path` and exits with `status`,
// and logs its arguments.
struct FakeZenity {
    TempDir dir;
    std::optional<Env> path_env;
    std::optional<Env> display;
    FakeZenity(const std::string& path, int status) {
        const std::string script = dir.file("zenity");
        std::ofstream(script) << "#!/bin/sh\necho \"$@\" > " << dir.file("args") << "\necho '"
                              << path << "'\nexit " << status << "\n";
        chmod(script.c_str(), 0700);
        path_env.emplace("PATH", dir.path());
        display.emplace("DISPLAY", ":99");
    }
    std::string args() const {
        std::ifstream in(dir.file("args"));
        std::string line;
        std::getline(in, line);
        return line;
    }
};

FileRequest import_request() {
    FileRequest r;
    r.title = "Import contacts or a backup";
    r.current_folder = "/home/sam/Documents";
    r.filters = {{"Contacts and backups", {"*.csv", "*.vcf"}}};
    return r;
}

} // namespace

TEST_CASE("a file URI becomes a path, with its escapes undone") {
    using rapport::platform::path_of_file_uri;
    CHECK(path_of_file_uri("file:///home/sam/My%20Contacts/Connections.csv") ==
          "/home/sam/My Contacts/Connections.csv");
    CHECK(path_of_file_uri("file:///tmp/%C3%A9t%C3%A9.vcf") == "/tmp/été.vcf");
    CHECK(path_of_file_uri("https://example.org/a.csv") == "");
    CHECK(path_of_file_uri("not a uri") == "");
}

TEST_CASE("the portal's Open dialog: the chosen file comes back as a path") {
    PrivateBus bus;
    PortalStandIn portal(bus, "file:///home/sam/My%20Contacts/Connections.csv");
    const FileChoice choice = rapport::platform::choose_with_portal(import_request());
    CHECK(choice.outcome == FileChoice::Outcome::Chosen);
    CHECK(choice.path == "/home/sam/My Contacts/Connections.csv");
    CHECK(choice.via == "portal");
    const std::string asked = portal.requests();
    CHECK(asked.find("\"method\": \"OpenFile\"") != std::string::npos);
    CHECK(asked.find("\"title\": \"Import contacts or a backup\"") != std::string::npos);
    CHECK(asked.find("\"current_folder\": \"/home/sam/Documents\"") != std::string::npos);
    CHECK(asked.find("\"Contacts and backups\", [[0, \"*.csv\"], [0, \"*.vcf\"]]") !=
          std::string::npos);
}

TEST_CASE("the portal's Save dialog offers the default name") {
    PrivateBus bus;
    PortalStandIn portal(bus, "file:///home/sam/rapport-2026-12-01.vcf");
    FileRequest r;
    r.save = true;
    r.title = "Export Contacts (.vcf)";
    r.current_name = "rapport-2026-12-01.vcf";
    const FileChoice choice = rapport::platform::choose_with_portal(r);
    CHECK(choice.outcome == FileChoice::Outcome::Chosen);
    CHECK(choice.path == "/home/sam/rapport-2026-12-01.vcf");
    const std::string asked = portal.requests();
    CHECK(asked.find("\"method\": \"SaveFile\"") != std::string::npos);
    CHECK(asked.find("\"current_name\": \"rapport-2026-12-01.vcf\"") != std::string::npos);
}

TEST_CASE("a folder is asked of the portal as a directory") {
    PrivateBus bus;
    PortalStandIn portal(bus, "file:///home/sam/Notes");
    FileRequest r;
    r.folder = true;
    r.title = "Choose where the Markdown folder goes";
    CHECK(rapport::platform::choose_with_portal(r).path == "/home/sam/Notes");
    CHECK(portal.requests().find("\"directory\": true") != std::string::npos);
}

TEST_CASE("cancelled in the portal's dialog: no fallback dialog opens after it") {
    PrivateBus bus;
    PortalStandIn portal(bus, "cancel");
    FakeZenity zenity("/tmp/should-not-be-asked.csv", 0);
    const FileChoice choice = rapport::platform::choose_blocking(import_request());
    CHECK(choice.outcome == FileChoice::Outcome::Cancelled);
    CHECK(zenity.args() == ""); // never run
}

TEST_CASE("no portal on the bus: zenity is asked instead, with the same question") {
    PrivateBus bus; // nothing owns the portal's name on it
    FakeZenity zenity("/home/sam/Connections.csv", 0);
    const FileChoice choice = rapport::platform::choose_blocking(import_request());
    CHECK(choice.outcome == FileChoice::Outcome::Chosen);
    CHECK(choice.path == "/home/sam/Connections.csv");
    CHECK(choice.via == "zenity");
    const std::string args = zenity.args();
    CHECK(args.find("--file-selection") != std::string::npos);
    CHECK(args.find("--title=Import contacts or a backup") != std::string::npos);
    CHECK(args.find("--file-filter=Contacts and backups | *.csv *.vcf") != std::string::npos);
}

TEST_CASE("zenity cancelled is a cancel, not a failure") {
    PrivateBus bus;
    FakeZenity zenity("", 1);
    CHECK(rapport::platform::choose_blocking(import_request()).outcome ==
          FileChoice::Outcome::Cancelled);
}

TEST_CASE("no session bus and no dialog program: unavailable, saying why") {
    Env no_bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    TempDir empty;
    Env no_programs("PATH", empty.path());
    Env display("DISPLAY", ":99");
    const FileChoice choice = rapport::platform::choose_blocking(import_request());
    CHECK(choice.outcome == FileChoice::Outcome::Unavailable);
    CHECK(choice.error.find("no session bus") != std::string::npos);
    CHECK(choice.error.find("zenity is not installed") != std::string::npos);
    CHECK(choice.error.find("kdialog is not installed") != std::string::npos);
}
