#pragma once
// What Rapport's notifications say and offer: a follow-up fallen due, and a
// conversation that just ended. Shared by the running app and `rapport
// remind`, so both ask the same way.
#include "core/calendar.hpp"
#include "store/end_prompt_repository.hpp"
#include "store/follow_up_repository.hpp"
#include "ui/launch_request.hpp"
#include "ui/notification.hpp"

namespace rapport::ui {

// "Send Amara a thank-you": a click opens the person.
Notification follow_up_notification(const store::DueFollowUp& due);

// "How did it go with Amara Osei?", with Capture notes, Not now and It
// didn't happen; a click on it captures too.
Notification end_prompt_notification(const store::EndedConversation& ended,
                                     const core::Clock& clock, core::HourClock hours);

} // namespace rapport::ui
