#include "platform/instance_lock.hpp"
#include "unit/temp_dir.hpp"

#include <chrono>
#include <cstdlib>
#include <doctest/doctest.h>
#include <thread>

using rapport::platform::InstanceLock;

namespace {

// Points the runtime folder at a private temporary folder for one test.
struct RuntimeDir {
    rapport::testing::TempDir dir;
    std::string previous;
    RuntimeDir() {
        if (const char* old = std::getenv("XDG_RUNTIME_DIR")) previous = old;
        setenv("XDG_RUNTIME_DIR", dir.path().c_str(), 1);
    }
    ~RuntimeDir() {
        if (previous.empty())
            unsetenv("XDG_RUNTIME_DIR");
        else
            setenv("XDG_RUNTIME_DIR", previous.c_str(), 1);
    }
};

} // namespace

TEST_CASE("the first launch owns the database, a second hands its request over") {
    RuntimeDir runtime;
    const std::string db = runtime.dir.file("people.db");
    std::unique_ptr<InstanceLock> first;
    std::string message;
    REQUIRE(InstanceLock::acquire(db, "raise", first, message) == InstanceLock::Outcome::Primary);
    bool woken = false;
    first->set_wakeup([&] { woken = true; });

    std::unique_ptr<InstanceLock> second;
    CHECK(InstanceLock::acquire(db, "capture", second, message) ==
          InstanceLock::Outcome::HandedOff);
    CHECK(second == nullptr);
    CHECK(message.find("already running") != std::string::npos);
    CHECK(woken);
    const auto requests = first->take_requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0] == "capture");
    CHECK(first->take_requests().empty());
}

TEST_CASE("different databases do not block each other, and a closed lock frees its database") {
    RuntimeDir runtime;
    std::unique_ptr<InstanceLock> a, b, again;
    std::string message;
    CHECK(InstanceLock::acquire(runtime.dir.file("a.db"), "raise", a, message) ==
          InstanceLock::Outcome::Primary);
    CHECK(InstanceLock::acquire(runtime.dir.file("b.db"), "raise", b, message) ==
          InstanceLock::Outcome::Primary);
    a.reset();
    CHECK(InstanceLock::acquire(runtime.dir.file("a.db"), "raise", again, message) ==
          InstanceLock::Outcome::Primary);
}

TEST_CASE("a lock held by a process that does not answer is reported, not bypassed") {
    RuntimeDir runtime;
    const std::string db = runtime.dir.file("stuck.db");
    std::unique_ptr<InstanceLock> owner;
    std::string message;
    REQUIRE(InstanceLock::acquire(db, "raise", owner, message) == InstanceLock::Outcome::Primary);
    // Simulate an owner whose socket vanished (e.g. the runtime folder was cleaned).
    std::remove(InstanceLock::socket_path_for(db).c_str());
    std::unique_ptr<InstanceLock> second;
    CHECK(InstanceLock::acquire(db, "raise", second, message) == InstanceLock::Outcome::Failed);
    CHECK(message.find("not opening a second writer") != std::string::npos);
}
