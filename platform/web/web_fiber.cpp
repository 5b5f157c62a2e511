#include "platform/web/web_fiber.hpp"

#include <emscripten.h>

namespace rapport::platform {
namespace {
constexpr size_t kStack = 512 * 1024; // the sync engine parses XML on it
constexpr size_t kUnwind = 64 * 1024; // Asyncify's record of the paused calls
} // namespace

WebFiber::WebFiber() : stack_(kStack), page_unwind_(kUnwind), work_unwind_(kUnwind) {}

void WebFiber::start(std::function<void()> work) {
    if (running_) return;
    work_ = std::move(work);
    running_ = true;
    emscripten_fiber_init(&work_fiber_, &WebFiber::entry, this, stack_.data(), stack_.size(),
                          work_unwind_.data(), work_unwind_.size());
    resume_soon();
}

void WebFiber::entry(void* self_pointer) {
    auto* self = static_cast<WebFiber*>(self_pointer);
    self->work_();
    self->work_ = nullptr;
    self->running_ = false;
    // A fiber's entry never returns: back to the page for good.
    emscripten_fiber_swap(&self->work_fiber_, &self->page_);
}

void WebFiber::resume() {
    if (!running_ || inside_) return;
    inside_ = true;
    emscripten_fiber_init_from_current_context(&page_, page_unwind_.data(), page_unwind_.size());
    emscripten_fiber_swap(&page_, &work_fiber_);
    inside_ = false;
}

void WebFiber::resume_soon() {
    EM_ASM(
        {
            setTimeout(
                function() { Module._rapport_web_fiber_resume($0); }, 0);
        },
        this);
}

void WebFiber::pause() {
    if (inside_) emscripten_fiber_swap(&work_fiber_, &page_);
}

} // namespace rapport::platform

extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_fiber_resume(void* fiber) {
    static_cast<rapport::platform::WebFiber*>(fiber)->resume();
}
