#pragma once
// A follow-up as a card: what to do and for whom, how due it is, and
// one-tap Done and Snooze beside it (never on top of it: 1.86 needs the
// pointer a frame early for overlapping targets).
#include "ui/screens/screen.hpp"

namespace rapport::ui {

void follow_up_card(ScreenContext& screen, const store::DueFollowUp& due);

} // namespace rapport::ui
