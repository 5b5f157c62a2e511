#pragma once
// The browser's worker (ports::Worker): the work runs on a fiber over the
// page's one thread and pauses while a request is out, so frames go on; a
// browser event resumes it.
#include "platform/web/web_fiber.hpp"
#include "services/ports/worker.hpp"

namespace rapport::platform {

class FiberWorker final : public ports::Worker {
  public:
    void start(std::function<void()> work) override { fiber_.start(std::move(work)); }
    bool can_join() const override { return false; }
    void join() override {}
    void pause() override { fiber_.pause(); }
    void resume() override { fiber_.resume(); }
    void interrupt() override {
        if (fiber_.running()) fiber_.resume_soon(); // a request it waits on is abandoned
    }

  private:
    WebFiber fiber_;
};

} // namespace rapport::platform
