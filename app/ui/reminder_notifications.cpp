#include "ui/reminder_notifications.hpp"

#include "core/calendar.hpp"
#include "ui/wording.hpp"

namespace rapport::ui {

Notification follow_up_notification(const store::DueFollowUp& due) {
    const std::string& person = due.follow_up.person_id;
    return {follow_up_title(due),
            reminder_body(due),
            "follow-up-" + due.follow_up.id,
            kOpenPersonRequest + person,
            {}};
}

Notification end_prompt_notification(const store::EndedConversation& ended,
                                     const core::Clock& clock, core::HourClock hours) {
    const std::string& id = ended.conversation_id;
    Notification n;
    n.title = "How did it go with " + ended.person_name + "?";
    n.body = "Your conversation ended at " + core::local_time_text(ended.ended, clock, hours) +
             ". Capture your notes while they are fresh.";
    n.tag = "ended-" + id;
    n.open_request = kCaptureRequest + id;
    n.actions = {{"Capture notes", kCaptureRequest + id},
                 {"Not now", kNotNowRequest + id},
                 {"It didn't happen", kDidNotHappenRequest + id}};
    return n;
}

} // namespace rapport::ui
