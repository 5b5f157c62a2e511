#include "shell/web_reminders.hpp"

#include "ui/app.hpp"

#include <emscripten.h>

namespace rapport {
namespace {

// Asks for permission when reminders are turned on (the tap that did it
// still counts as the person's gesture): 1 asked or granted, 0 no
// notifications in this browser, -1 refused before.
EM_JS(int, ask_for_notifications, (), {
    if (!("Notification" in window)) return 0;
    if (Notification.permission == "denied") return -1;
    if (Notification.permission == "default")
        Notification.requestPermission().catch(
            function(e) { console.warn("rapport: the notification permission was not asked", e); });
    return 1;
});

EM_JS(void, show_notification,
      (const char* title, const char* body, const char* tag, const char* request), {
          if (!("Notification" in window) || Notification.permission != "granted") return;
          const asked = UTF8ToString(request);
          // One per subject in the browser's list too: a newer one replaces it.
          const shown = new Notification(UTF8ToString(title), {
              body : UTF8ToString(body),
              tag : "rapport-" + UTF8ToString(tag),
              icon : "icon-192.png"
          });
          Module.rapportNotifications = (Module.rapportNotifications || []).concat([shown]);
          shown.onclick = function() {
              window.focus();
              shown.close();
              if (Module.rapportApp)
                  Module.ccall("rapport_web_request", null, [ "number", "string" ],
                               [ Module.rapportApp, asked ]);
              if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
          };
      });

EM_JS(int, page_looked_at, (),
      { return document.visibilityState == "visible" && document.hasFocus() ? 1 : 0; });

} // namespace

void add_web_reminders(ui::AppServices& services) {
    services.reminders_while_open = true;
    services.set_reminders_when_closed = [](bool on, std::string& error) {
        if (!on) return true;
        const int asked = ask_for_notifications();
        if (asked == 0) error = "This browser cannot show notifications.";
        if (asked < 0)
            error = "The browser blocks notifications from this page: allow them in the "
                    "site's settings, then turn reminders off and on.";
        return asked > 0;
    };
    // A page's notification has no buttons (those need a service worker's):
    // a click does what it is about (the person, capture).
    services.notify = [](const ui::Notification& n) {
        show_notification(n.title.c_str(), n.body.c_str(), n.tag.c_str(), n.open_request.c_str());
    };
    services.window_focused = [] { return page_looked_at() != 0; };
}

} // namespace rapport

// The page's minute timer and its hiding call this with Module.rapportApp:
// a hidden tab draws no frames, so the frame's own check would wait.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_remind(void* app) {
    if (app) static_cast<rapport::ui::App*>(app)->remind_now();
}

// A notification clicked: the person it was about.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_request(void* app, const char* request) {
    if (app) static_cast<rapport::ui::App*>(app)->handle_request(request);
}
