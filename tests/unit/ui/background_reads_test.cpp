// Long reads beside the frames: answers land on the UI thread, newest wins,
// and where there is no second connection they run at once.
#include "core/clock.hpp"
#include "store/store.hpp"
#include "ui/background_reads.hpp"
#include "unit/temp_dir.hpp"

#include <atomic>
#include <condition_variable>
#include <doctest/doctest.h>
#include <mutex>

using namespace rapport;

namespace {

core::ManualClock clock_at_noon{1'764'590'400'000};

std::unique_ptr<store::Store> store_with(const std::string& path, std::vector<std::string> names) {
    store::Error error;
    auto store = store::Store::open(path, clock_at_noon, error);
    REQUIRE(store);
    for (const std::string& name : names) {
        core::Person p;
        p.name = name;
        REQUIRE_FALSE(store->people().save(p));
    }
    return store;
}

// Waits for the worker's wake-up (a condition, not a time), then polls.
struct Waker {
    std::mutex mutex;
    std::condition_variable woken;
    int wakes = 0;
    void wake() {
        std::lock_guard lock(mutex);
        ++wakes;
        woken.notify_all();
    }
    void wait_for(int count) {
        std::unique_lock lock(mutex);
        woken.wait(lock, [&] { return wakes >= count; });
    }
    // The worker changes what `done` reads before it wakes us.
    template <class Done> void wait_until(Done done) {
        std::unique_lock lock(mutex);
        woken.wait(lock, done);
    }
};

} // namespace

TEST_CASE("a read beside the frames lands on the UI thread with the store's data") {
    testing::TempDir dir;
    auto store = store_with(dir.file("r.db"), {"Amara Osei", "Dana Reyes"});
    Waker waker;
    ui::BackgroundReads reads(*store, true, [&] { waker.wake(); });
    std::vector<store::PersonName> landed;
    reads.submit<std::vector<store::PersonName>>(
        "names", [](store::Store& s) { return s.people().names(); },
        [&](std::vector<store::PersonName> names) { landed = std::move(names); });
    CHECK(landed.empty()); // nothing lands before poll: the frame is not waited for
    waker.wait_for(1);
    CHECK(reads.poll());
    REQUIRE(landed.size() == 2);
    CHECK_FALSE(reads.busy());
}

TEST_CASE("a newer read of the same thing replaces an older one's answer") {
    testing::TempDir dir;
    auto store = store_with(dir.file("r.db"), {"Amara Osei"});
    Waker waker;
    ui::BackgroundReads reads(*store, true, [&] { waker.wake(); });
    std::vector<std::string> landed;
    for (const char* text : {"a", "am", "ama"})
        reads.submit<std::string>(
            "search", [text](store::Store&) { return std::string(text); },
            [&](std::string answer) { landed.push_back(answer); });
    // Wait until the last read is done, however many the worker skipped.
    waker.wait_until([&] { return !reads.busy(); });
    reads.poll();
    CHECK(landed == std::vector<std::string>{"ama"});
}

TEST_CASE("without threads or with an in-memory database a read runs at once") {
    auto memory = store_with(":memory:", {"Amara Osei"});
    ui::BackgroundReads reads(*memory, true, {});
    int people = -1;
    reads.submit<int>(
        "count", [](store::Store& s) { return static_cast<int>(s.people().count()); },
        [&](int n) { people = n; });
    CHECK_FALSE(reads.busy());
    CHECK(reads.poll());
    CHECK(people == 1);
}
