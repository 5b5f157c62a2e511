#pragma once
// A thin rounded bar across the content, filled to `fraction` (0 to 1); the
// app keeps drawing while it shows, so the bar moves as work goes on.

namespace rapport::ui {

void progress_bar(float fraction);

} // namespace rapport::ui
