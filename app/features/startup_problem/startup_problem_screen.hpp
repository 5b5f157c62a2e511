#pragma once
// What the window shows when Rapport cannot start on its database (a newer
// version's file, a damaged one, another program's lock): the reason in
// plain words, and what to do. Without it, a launch from the app menu would
// fail silently, with the reason only on a terminal nobody sees.
#include <string>

namespace rapport::ui {

struct StartupProblem {
    std::string message; // the store's own words: what, where, and what was kept
};

enum class ProblemChoice { None, TryAgain, Quit };

// Draws the full screen; the widget context (fonts, palette) must be set.
ProblemChoice draw_startup_problem(const StartupProblem& problem);

} // namespace rapport::ui
