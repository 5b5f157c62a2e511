#include "platform/open_url.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <string>
#include <sys/stat.h>

using rapport::platform::is_openable_url;

TEST_CASE("only web, mail, phone and file links are handed to the opener") {
    CHECK(is_openable_url("https://www.linkedin.com/in/amara-osei"));
    CHECK(is_openable_url("mailto:amara@example.org?subject=Thank%20you"));
    CHECK(is_openable_url("tel:+15551234567"));
    CHECK_FALSE(is_openable_url("--help"));
    CHECK_FALSE(is_openable_url("javascript:alert(1)"));
    CHECK_FALSE(is_openable_url("https://"));
    CHECK_FALSE(is_openable_url("https://a.example/\nrm"));
    std::string error;
    CHECK_FALSE(rapport::platform::open_url("-x", error));
    CHECK(error.find("not a web, mail, phone or file link") != std::string::npos);
}

namespace {

// A PATH whose xdg-open exits with `status`, as the real one does when no
// app is set up for a link; restores PATH when done.
struct FakeOpener {
    std::string folder;
    std::string old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
    explicit FakeOpener(int status) {
        char name[] = "/tmp/rapport-opener-XXXXXX";
        folder = mkdtemp(name);
        const std::string script = folder + "/xdg-open";
        std::ofstream(script) << "#!/bin/sh\nexit " << status << "\n";
        chmod(script.c_str(), 0700);
        setenv("PATH", (folder + ":" + old_path).c_str(), 1);
    }
    ~FakeOpener() {
        setenv("PATH", old_path.c_str(), 1);
        std::filesystem::remove_all(folder);
    }
};

// What the opener said, once it has said it (or nothing after 20 s).
struct Heard {
    std::mutex mutex;
    std::condition_variable said;
    std::optional<std::string> reason;
    std::optional<std::string> wait() {
        std::unique_lock lock(mutex);
        said.wait_for(lock, std::chrono::seconds(20), [&] { return reason.has_value(); });
        return reason;
    }
};

} // namespace

TEST_CASE("a mail link no app can open is reported, with the reason") {
    FakeOpener opener(3);
    Heard heard;
    std::string error;
    REQUIRE(rapport::platform::open_url("mailto:amara@example.org", error,
                                        [&](const std::string& reason) {
                                            std::lock_guard lock(heard.mutex);
                                            heard.reason = reason;
                                            heard.said.notify_all();
                                        }));
    const auto reason = heard.wait();
    REQUIRE(reason.has_value());
    CHECK(*reason == "no app is set up to open it");
}
