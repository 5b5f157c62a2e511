// The web app's entry point: the same App and screens as the desktop, over
// a database in the browser's IndexedDB (mounted at /data by the page before
// main runs, and synced back after every change and when the page hides).
#include "core/clock.hpp"
#include "desktop_client.hpp"
#include "platform/web/web_window.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"
#include "version.hpp"

#include <emscripten.h>

#include <cstdio>
#include <memory>

namespace {

// Everything the page keeps alive; main hands it to the browser's loop.
struct WebApp {
    rapport::core::SystemClock clock;
    std::unique_ptr<rapport::store::Store> store;
    std::unique_ptr<rapport::ui::App> app;
    std::unique_ptr<rapport::DesktopClient> client;
    std::unique_ptr<rapport::platform::WebWindow> window;
    std::int64_t synced_changes = 0;
};

bool open_link(const std::string& url, std::string&) {
    EM_ASM({ window.open(UTF8ToString($0), '_blank'); }, url.c_str());
    return true;
}

void show_failure(const std::string& message) {
    std::fprintf(stderr, "rapport: %s\n", message.c_str());
    EM_ASM({ Module.rapportFailed&& Module.rapportFailed(UTF8ToString($0)); }, message.c_str());
}

} // namespace

int main() {
    using namespace rapport;
    auto* web = new WebApp(); // lives as long as the page
    store::Error error;
    web->store = store::Store::open("/data/rapport.db", web->clock, error);
    if (!web->store) {
        show_failure(error.message);
        return 1;
    }
    std::string window_error;
    web->window = platform::WebWindow::create(window_error);
    if (!web->window) {
        show_failure(window_error);
        return 1;
    }
    ui::AppServices services;
    services.version = RAPPORT_VERSION;
    services.preferences_path = "/data/settings.ini";
    services.open_url = open_link;
    services.background_threads = false;
    web->app = std::make_unique<ui::App>(*web->store, ui::Preferences{}, std::move(services));
    web->app->context(); // the ImGui context exists; the App is ready to draw
    web->client = std::make_unique<DesktopClient>(*web->app);
    web->synced_changes = web->store->database().total_changes();
    web->window->run(*web->client, [web] {
        // Every committed change goes to IndexedDB soon after.
        const std::int64_t changes = web->store->database().total_changes();
        if (changes == web->synced_changes) return;
        web->synced_changes = changes;
        EM_ASM({ Module.rapportSync&& Module.rapportSync(); });
    });
    EM_ASM({ Module.rapportStarted&& Module.rapportStarted(); });
    return 0;
}
