#pragma once
// Intentions recorded while a frame is drawn ("save the plan", "open this
// person") and applied after it, in the order they were recorded, so no write
// happens in the middle of drawing. Each feature registers the handlers for
// its own actions in its own file: there is no central list of every action.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rapport::ui {

class ActionBus {
  public:
    // `handler` applies every action of type A; one handler per type.
    template <class A, class Handler> void handle(Handler handler) {
        handlers_[std::type_index(typeid(A))] = [handler](void* action) mutable {
            handler(*static_cast<A*>(action));
        };
    }
    // Records an action; it is applied by apply_pending, after the frame.
    template <class A> void add(A action) {
        pending_.push_back([this, action = std::move(action)]() mutable { dispatch(action); });
    }
    bool empty() const { return pending_.empty(); }
    // Applies what was recorded, oldest first; returns how many ran.
    size_t apply_pending() {
        std::vector<std::function<void()>> now = std::exchange(pending_, {});
        for (auto& apply : now)
            apply();
        return now.size();
    }

  private:
    template <class A> void dispatch(A& action) {
        const auto found = handlers_.find(std::type_index(typeid(A)));
        if (found == handlers_.end()) {
            // A screen recorded an action no feature handles: a wiring bug
            // that every UI test would show at once.
            std::fprintf(stderr, "rapport: no handler for %s\n", typeid(A).name());
            std::abort();
        }
        found->second(&action);
    }

    std::unordered_map<std::type_index, std::function<void(void*)>> handlers_;
    std::vector<std::function<void()>> pending_;
};

} // namespace rapport::ui
