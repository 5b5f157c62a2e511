#pragma once
// Work that waits for the network without holding a frame, in a browser that
// gives a page one thread: a fiber (Emscripten's, over Asyncify) with its own
// stack. The work runs until it must wait (`pause`), then the page carries on
// drawing; a browser event (an answer arrived) calls `resume`, from outside
// any frame, and the work picks up where it paused.
#include <emscripten/fiber.h>

#include <functional>
#include <memory>
#include <vector>

namespace rapport::platform {

class WebFiber {
  public:
    WebFiber();
    WebFiber(const WebFiber&) = delete;
    WebFiber& operator=(const WebFiber&) = delete;

    // Starts `work` on the next resume() (the work says itself when it ends).
    void start(std::function<void()> work);
    bool running() const { return running_; }
    // On the page, outside a frame: runs the work until it pauses or ends.
    void resume();
    // Asks the page to call resume() soon (a browser task, not this stack).
    void resume_soon();
    // In the work: back to the page until resume().
    void pause();

  private:
    static void entry(void* self);

    emscripten_fiber_t page_{};
    emscripten_fiber_t work_fiber_{};
    std::vector<char> stack_;
    std::vector<char> page_unwind_; // Asyncify's copy of each side's call stack
    std::vector<char> work_unwind_;
    std::function<void()> work_;
    bool running_ = false;
    bool inside_ = false; // the work is on the stack now
};

} // namespace rapport::platform
