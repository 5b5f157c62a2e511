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

// An export becomes a download of `data` named `name`.
bool download(const std::string& name, const std::string& data, std::string&) {
    EM_ASM(
        {
            const bytes = HEAPU8.slice($1, $1 + $2);
            const link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob([bytes]));
            link.download = UTF8ToString($0);
            document.body.appendChild(link);
            link.click();
            // clang-format off
            setTimeout(function() { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
            // clang-format on
        },
        name.c_str(), data.data(), data.size());
    return true;
}

// An import starts from the browser's file picker; the page copies the file
// into memory (/tmp) and hands its path to rapport_web_open_file.
void pick_file() {
    EM_ASM({ Module.rapportPickFile&& Module.rapportPickFile(); });
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
    services.download = download;
    services.pick_file = pick_file;
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
    EM_ASM({ Module.rapportApp = $0; }, web->app.get());
    EM_ASM({
        if (Module.rapportStarted) Module.rapportStarted();
    });
    return 0;
}

// The page's file picker and drag-and-drop call this with Module.rapportApp.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_open_file(void* app, const char* path) {
    if (app) static_cast<rapport::ui::App*>(app)->handle_dropped_files({path});
}
