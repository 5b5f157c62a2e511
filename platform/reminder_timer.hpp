#pragma once
// The systemd user timer the package installs (rapport-remind.timer), which
// runs `rapport remind` every 15 minutes: turned on and off from Settings.
#include <string>

namespace rapport::platform {

// `systemctl --user enable --now` (or `disable --now`) the timer. False with
// the reason (no systemd user session, the unit is not installed).
bool set_reminder_timer(bool on, std::string& error);

} // namespace rapport::platform
