#pragma once
// How features meet without knowing each other (each feature declares what
// others may use in its own features/X/X_actions.hpp):
// - Actions: intentions recorded while a frame is drawn ("save the plan",
//   "open this person") and applied after it, in the order they were
//   recorded, so no write happens in the middle of drawing.
// - Requests: asked and answered at once, for what one feature lends another
//   while it loads or draws: a part of its own drawn on the other's screen
//   (a follow-up's card on Today), or state it reads for it.
// Each feature registers the handlers for its own actions and requests in
// its own file: there is no central list of either.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <typeindex>
#include <typeinfo>
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

    // `answer` serves every request of type R, at once; one per type.
    template <class R, class Answer> void serve(Answer answer) {
        servers_[std::type_index(typeid(R))] = [answer](void* request) mutable {
            answer(*static_cast<R*>(request));
        };
    }
    // Asks a request now: its server fills in `request` (or draws) before
    // this returns.
    template <class R> R& ask(R& request) {
        find(servers_, typeid(R))(&request);
        return request;
    }
    template <class R> R ask(R&& request) {
        find(servers_, typeid(R))(&request);
        return std::move(request);
    }
    // Applies what was recorded, oldest first; returns how many ran.
    size_t apply_pending() {
        std::vector<std::function<void()>> now = std::exchange(pending_, {});
        for (auto& apply : now)
            apply();
        return now.size();
    }

  private:
    using Table = std::unordered_map<std::type_index, std::function<void(void*)>>;

    template <class A> void dispatch(A& action) { find(handlers_, typeid(A))(&action); }
    static std::function<void(void*)>& find(Table& table, const std::type_info& type) {
        const auto found = table.find(std::type_index(type));
        if (found == table.end()) {
            // A screen recorded an action (or asked a request) no feature
            // serves: a wiring bug that every UI test would show at once.
            std::fprintf(stderr, "rapport: no handler for %s\n", type.name());
            std::abort();
        }
        return found->second;
    }

    Table handlers_;
    Table servers_;
    std::vector<std::function<void()>> pending_;
};

} // namespace rapport::ui
