#include "ui/background_reads.hpp"

#include "store/store.hpp"

#include <cstdio>

namespace rapport::ui {

BackgroundReads::BackgroundReads(store::Store& ui_store, bool threads, std::function<void()> wake)
    : ui_store_(ui_store), wake_(std::move(wake)),
      threaded_(threads && ui_store.path() != ":memory:") {
    if (threaded_) worker_.start([this] { run(); });
}

BackgroundReads::~BackgroundReads() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    worker_.join();
}

void BackgroundReads::enqueue(const std::string& key, Job job) {
    std::uint64_t generation = 0;
    bool threaded = false;
    {
        std::lock_guard lock(mutex_);
        generation = next_generation_++;
        latest_[key] = generation;
        threaded = threaded_;
        if (threaded) {
            // An older read of the same thing still waiting is not worth running.
            in_flight_ -= static_cast<int>(
                std::erase_if(queue_, [&](const Pending& p) { return p.key == key; }));
            queue_.push_back({key, generation, std::move(job)});
            ++in_flight_;
        }
    }
    if (threaded) {
        work_ready_.notify_one();
        return;
    }
    std::function<void()> land = job(ui_store_);
    std::lock_guard lock(mutex_);
    done_.push_back({key, generation, std::move(land)});
}

void BackgroundReads::run() {
    store::Error error;
    std::unique_ptr<store::Store> own;
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(mutex_);
            work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (stopping_) return;
            pending = std::move(queue_.front());
            queue_.pop_front();
        }
        // One connection for the worker's life, opened on its first read.
        if (!own) own = store::Store::open(ui_store_.path(), clock_, error, true);
        if (!own) {
            // No second connection: this read and the ones after it run on
            // the UI thread (poll) instead.
            std::fprintf(stderr, "rapport: reading beside the window failed: %s\n",
                         error.message.c_str());
            {
                std::lock_guard lock(mutex_);
                queue_.push_front(std::move(pending));
                threaded_ = false;
            }
            if (wake_) wake_();
            return;
        }
        std::function<void()> land = pending.job(*own);
        {
            std::lock_guard lock(mutex_);
            --in_flight_;
            done_.push_back({pending.key, pending.generation, std::move(land)});
        }
        if (wake_) wake_();
    }
}

bool BackgroundReads::poll() {
    std::vector<Done> ready;
    {
        std::lock_guard lock(mutex_);
        // The worker gave up (no second connection): what it left runs here.
        while (!threaded_ && !queue_.empty()) {
            Pending p = std::move(queue_.front());
            queue_.pop_front();
            --in_flight_;
            done_.push_back({p.key, p.generation, p.job(ui_store_)});
        }
        ready.swap(done_);
    }
    bool landed = false;
    for (Done& d : ready) {
        {
            std::lock_guard lock(mutex_);
            if (latest_[d.key] != d.generation) continue; // a newer read is coming
        }
        d.land();
        landed = true;
    }
    return landed;
}

bool BackgroundReads::busy() const {
    std::lock_guard lock(mutex_);
    return in_flight_ > 0;
}

} // namespace rapport::ui
