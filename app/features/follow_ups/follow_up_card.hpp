#pragma once
// A follow-up as a card: what to do and for whom, how due it is, and
// one-tap Done and Snooze beside it (never on top of it: 1.86 needs the
// pointer a frame early for overlapping targets). With `snoozing` (the
// clock was tapped), the snooze choices show under it, and for a nudge
// "They replied".
#include "ui/screens/screen.hpp"

namespace rapport::ui {

void follow_up_card(ScreenContext& screen, const store::DueFollowUp& due, bool snoozing);

} // namespace rapport::ui
