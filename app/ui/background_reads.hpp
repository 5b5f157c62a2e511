#pragma once
// Reads that can take more than a few milliseconds at 10,000 people (the
// People list, everyone's names, search, the answers to compare) run on a
// worker with its own read-only connection, so no frame waits for them; the
// screen shows what it has until the answer lands and the loop is woken.
// Where there are no threads (the browser), the database is in memory (tests)
// or a screenshot is drawn, they run at once on the UI's connection instead.
#include "core/clock.hpp"
#include "services/thread_worker.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rapport::store {
class Store;
}

namespace rapport::ui {

class BackgroundReads {
  public:
    // `wake` is called from the worker when an answer is ready.
    BackgroundReads(store::Store& ui_store, bool threads, std::function<void()> wake);
    ~BackgroundReads();
    BackgroundReads(const BackgroundReads&) = delete;
    BackgroundReads& operator=(const BackgroundReads&) = delete;

    // Runs `read` on a connection, then `land(result)` on the UI thread in
    // poll(). A newer read with the same `key` makes an older one's answer
    // moot: it is dropped, never landed after the newer one.
    template <class T>
    void submit(const std::string& key, std::function<T(store::Store&)> read,
                std::function<void(T)> land) {
        enqueue(key, [read = std::move(read), land = std::move(land)](store::Store& store) {
            auto result = std::make_shared<T>(read(store));
            return std::function<void()>([land, result] { land(std::move(*result)); });
        });
    }
    // On the UI thread, once a frame: lands what is ready; true if anything did.
    bool poll();
    // A read is on its way.
    bool busy() const;

  private:
    using Job = std::function<std::function<void()>(store::Store&)>;
    struct Pending {
        std::string key;
        std::uint64_t generation;
        Job job;
    };
    struct Done {
        std::string key;
        std::uint64_t generation;
        std::function<void()> land;
    };
    void enqueue(const std::string& key, Job job);
    void run();

    store::Store& ui_store_;
    std::function<void()> wake_;
    bool threaded_ = false;
    core::SystemClock clock_; // for the worker's own connection
    mutable std::mutex mutex_;
    std::condition_variable work_ready_;
    std::deque<Pending> queue_;
    std::vector<Done> done_;
    std::map<std::string, std::uint64_t> latest_; // the newest generation per key
    std::uint64_t next_generation_ = 1;
    int in_flight_ = 0;
    bool stopping_ = false;
    services::ThreadWorker worker_;
};

} // namespace rapport::ui
