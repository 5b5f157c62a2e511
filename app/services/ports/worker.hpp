#pragma once
// Where long work runs beside the frames. On the desktop a thread
// (services/thread_worker.hpp); in the browser, which gives a page one
// thread, a fiber over the page's stack (platform/web/fiber_worker.hpp) that
// pauses while a request is out so frames go on. Owned here, so the work
// that runs on it never names a platform.
#include <functional>

namespace rapport::ports {

class Worker {
  public:
    virtual ~Worker() = default;
    // Starts `work` beside the frames; it says itself when it ends.
    virtual void start(std::function<void()> work) = 0;
    // Whether join() may block until the work ends: false where the work
    // needs the page's own events to finish (the browser).
    virtual bool can_join() const = 0;
    // Blocks until the work has ended (when can_join()).
    virtual void join() = 0;
    // In the work, while it waits for an answer: hands the page back until
    // resume() (a browser event). A thread blocks in its request instead.
    virtual void pause() {}
    virtual void resume() {}
    // The work was stopped: a pause it waits in ends soon, so it sees that.
    virtual void interrupt() {}
    // Whether the work shares the page's one connection to the database
    // (the browser's file system has no locks): it commits before each wait.
    virtual bool shares_the_page() const { return !can_join(); }
};

} // namespace rapport::ports
