#pragma once
// The systemd user timer the package installs (rapport-remind.timer), which
// runs `rapport remind` every 15 minutes: turned on and off from Settings.
#include <string>
#include <vector>

namespace rapport::platform {

// `systemctl --user enable --now` (or `disable --now`) the timer. False with
// the reason (no systemd user session, the unit is not installed).
bool set_reminder_timer(bool on, std::string& error);

// One run of `command` (this program's own path and arguments) in `seconds`,
// as a transient systemd user timer (`systemd-run --user --on-active`): the
// end of the next conversation comes to the second, not at the next
// 15-minute tick. Its unit is named after `key` (the moment it is for), so
// asking twice for the same moment schedules it once. False with the reason.
bool schedule_run_in(long long seconds, const std::string& key,
                     const std::vector<std::string>& command, std::string& error);

} // namespace rapport::platform
