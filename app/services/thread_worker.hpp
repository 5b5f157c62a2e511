#pragma once
// The desktop's worker (ports::Worker): a thread, or the calling thread where
// threads are not wanted (tests that read results at once).
#include "services/ports/worker.hpp"

#include <thread>

namespace rapport::services {

class ThreadWorker final : public ports::Worker {
  public:
    explicit ThreadWorker(bool threads = true) : threads_(threads) {}
    ~ThreadWorker() override { join(); }
    ThreadWorker(const ThreadWorker&) = delete;
    ThreadWorker& operator=(const ThreadWorker&) = delete;

    void start(std::function<void()> work) override {
        join();
        if (!threads_) return work();
        thread_ = std::thread(std::move(work));
    }
    bool can_join() const override { return true; }
    void join() override {
        if (thread_.joinable()) thread_.join();
    }

  private:
    bool threads_;
    std::thread thread_;
};

} // namespace rapport::services
