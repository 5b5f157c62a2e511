#pragma once
// Intentions recorded by screens during a frame and applied after it, so no
// write happens in the middle of drawing and screens stay testable.
#include "ui/navigator.hpp"
#include "ui/theme.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rapport::ui {

struct SwitchTab {
    Screen tab;
};
struct OpenScreen {
    Route route;
};
struct GoBack {};
struct SetTheme {
    ThemeKind theme;
};
struct SetTextSize {
    float size;
};
struct SaveCaptureDraft {
    std::string body;
    int cursor;
};
struct FinishCapture {};
struct OpenLink {
    std::string url;
};

using Action = std::variant<SwitchTab, OpenScreen, GoBack, SetTheme, SetTextSize, SaveCaptureDraft,
                            FinishCapture, OpenLink>;

class Actions {
  public:
    void add(Action action) { pending_.push_back(std::move(action)); }
    std::vector<Action> take() { return std::exchange(pending_, {}); }
    bool empty() const { return pending_.empty(); }

  private:
    std::vector<Action> pending_;
};

} // namespace rapport::ui
