#pragma once
// Every feature the app shows, made for the shell that asks them; the entry
// points (app/shell) hand this to the App.
#include "ui/feature.hpp"

#include <memory>
#include <vector>

namespace rapport::ui {

std::vector<std::unique_ptr<Feature>> all_features(Shell& shell);

} // namespace rapport::ui
