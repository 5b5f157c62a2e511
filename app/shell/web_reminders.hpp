#pragma once
// Reminders in the browser: a due follow-up shows as a notification (the
// Notification API) while the page is open but not looked at, if the person
// allowed notifications when turning reminders on in Settings; a click
// brings the page forward on the person. The page wakes the check each
// minute and when it is hidden (rapport-page.js), as a hidden tab draws no
// frames.
#include "ui/app_services.hpp"

namespace rapport {

void add_web_reminders(ui::AppServices& services);

} // namespace rapport
