#pragma once
// The top app bar: optional back or close, a 24 px bold title, icon actions
// and an optional main button on the right ("Done").
#include <initializer_list>
#include <string_view>

namespace rapport::ui {

enum class Leading { None, Back, Close };

struct BarAction {
    std::string_view label; // names the action for keyboard and tests
    const char* glyph;      // Material icon; nullptr makes a filled text button
};

struct BarResult {
    bool leading = false; // back or close tapped
    int action = -1;      // index of the tapped action
};

BarResult app_bar(std::string_view title, Leading leading,
                  std::initializer_list<BarAction> actions = {});

} // namespace rapport::ui
