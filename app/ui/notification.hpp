#pragma once
// A notification as the app asks for one, apart from how a platform shows
// it. Each choice is a request to Rapport ("open:person:ID", "capture:ID"),
// the words a second launch uses, so a click reaches the running Rapport
// through its instance lock, or a closed one through `rapport --open`.
#include <string>
#include <vector>

namespace rapport::ui {

struct NotificationAction {
    std::string label;   // "Capture notes"
    std::string request; // "capture:<conversation id>"
};

struct Notification {
    std::string title;
    std::string body;
    std::string tag;          // one per subject: a newer one replaces it
    std::string open_request; // a click on the notification itself
    std::vector<NotificationAction> actions;
};

} // namespace rapport::ui
