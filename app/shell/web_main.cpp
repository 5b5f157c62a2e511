// The web app's entry point: the same App and screens as the desktop, over
// a database in the browser's IndexedDB (mounted at /data by the page before
// main runs, and synced back after every change and when the page hides).
#include "core/clock.hpp"
#include "features/all_features.hpp"
#include "features/sync/sync_connection.hpp"
#include "platform/keyring.hpp"
#include "platform/time_zone.hpp"
#include "platform/web/fiber_worker.hpp"
#include "platform/web/http_client_fetch.hpp"
#include "platform/web/web_window.hpp"
#include "shell/desktop_client.hpp"
#include "shell/web_durability.hpp"
#include "shell/web_glyphs.hpp"
#include "shell/web_reminders.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"
#include "version.hpp"

#include <emscripten.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>

namespace {

// Everything the page keeps alive; main hands it to the browser's loop.
struct WebApp {
    rapport::core::SystemClock clock;
    std::unique_ptr<rapport::store::Store> store;
    std::unique_ptr<rapport::ui::App> app;
    std::unique_ptr<rapport::DesktopClient> client;
    std::unique_ptr<rapport::platform::WebWindow> window;
    std::int64_t synced_changes = 0;
    std::string leaving_draft; // rapport_web_save_now's answer, read by the page at once
};

// The page's own address, without its link or query ("https://me.example/rapport/").
// clang-format off
EM_JS(char*, page_address, (), {
    const address = window.location.origin + window.location.pathname;
    const size = lengthBytesUTF8(address) + 1;
    const text = _malloc(size);
    stringToUTF8(address, text, size);
    return text;
});
// clang-format on

// The browser answers at once: a blocked pop-up is the one failure it tells.
bool open_link(const std::string& url, std::string& error,
               const std::function<void(const std::string&)>&) {
    const int opened =
        EM_ASM_INT({ return window.open(UTF8ToString($0), '_blank') ? 1 : 0; }, url.c_str());
    if (!opened)
        error = "The browser blocked the new tab; allow pop-ups for this site and try again.";
    return opened != 0;
}

// What the browser said when asked to keep the site's storage
// (rapport-page.js asks once there is data).
std::string storage_status() {
    const int persisted = EM_ASM_INT({
        const answer = window.rapportPersisted;
        return answer == undefined ? -1 : (answer ? 1 : 0);
    });
    if (persisted == 1) return "The browser keeps it even when space runs low.";
    if (persisted == 0)
        return "The browser may clear it when space runs low: export a backup now and then "
               "(Import and export).";
    return "The browser is asked to keep it once there is something to keep.";
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

// Every feature, and sync through the browser's fetch (the server must
// allow this site: CORS), its password kept for the session unless the
// person asks this device to remember it.
std::vector<std::unique_ptr<rapport::ui::Feature>> web_features(rapport::ui::Shell& shell) {
    using namespace rapport;
    ui::SyncConnection connection;
    connection.http = [](ports::HttpWait& wait) { return platform::make_fetch_client(wait); };
    connection.keyring = platform::system_keyring();
    connection.worker = [] { return std::make_unique<platform::FiberWorker>(); };
    connection.remember_is_a_choice = true;
    connection.home_zone = platform::home_zone_name();
    return ui::all_features_with_sync(shell, std::move(connection));
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
    // What is taken back below reaches IndexedDB after the first frame.
    web->synced_changes = web->store->database().total_changes();
    take_back_unsynced_draft(*web->store);
    // Where this web app lives, shared through sync: every device's events
    // for a conversation link to its capture here.
    if (char* address = page_address()) {
        const std::string here(address);
        std::free(address);
        if (here.rfind("https://", 0) == 0 || here.rfind("http://", 0) == 0)
            if (store::Error e = web->store->sync().set_shared_setting("web_app", here))
                std::fprintf(stderr, "rapport: %s\n", e.message.c_str());
    }
    const std::string filed_again = file_capture_kept(*web->store);
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
    services.storage_status = storage_status;
    // The browser's locale: en-US reads 2:30 PM, most others 14:30.
    services.system_twelve_hour =
        EM_ASM_INT({
            try {
                return new Intl.DateTimeFormat(undefined, {hour : 'numeric'})
                               .resolvedOptions()
                               .hour12
                           ? 1
                           : 0;
            } catch (e) {
                return 0;
            }
        }) != 0;
    services.background_threads = false;
    // A sync that ended (on its fiber, between frames) asks for a frame.
    services.wake = [] {
        EM_ASM({
            if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
        });
    };
    services.download = download;
    services.pick_file = pick_file;
    services.capture_filed = keep_filed_capture;
    add_web_reminders(services);
    services.glyph_painter = browser_glyph_painter();
    services.user_guide = [] { // fetched beside the page (rapport-page.js)
        std::ifstream in("/guide/user-guide.md", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    web->app = std::make_unique<ui::App>(*web->store, ui::Preferences{}, std::move(services),
                                         web_features);
    web->app->context(); // the ImGui context exists; the App is ready to draw
    if (!filed_again.empty()) web->app->notify(filed_again);
    web->client = std::make_unique<DesktopClient>(*web->app);
    web->window->run(*web->client, [web] {
        // Every committed change goes to IndexedDB soon after.
        const std::int64_t changes = web->store->database().total_changes();
        if (changes == web->synced_changes) return;
        web->synced_changes = changes;
        EM_ASM({ Module.rapportSync&& Module.rapportSync(); });
    });
    EM_ASM(
        {
            Module.rapportApp = $0;
            Module.rapportWeb = $1;
        },
        web->app.get(), web);
    EM_ASM({
        if (Module.rapportStarted) Module.rapportStarted();
    });
    return 0;
}

// The page is going away: everything typed is saved now; returns the
// capture draft as JSON (empty when there is none) for the page to keep in
// localStorage until IndexedDB has it. The string lives until the next call.
// Called with Module.rapportWeb.
extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_web_save_now(void* web_pointer) {
    auto* web = static_cast<WebApp*>(web_pointer);
    if (!web) return "";
    std::string& kept = web->leaving_draft;
    kept.clear();
    web->app->save_everything();
    if (const auto draft = web->store->captures().draft()) kept = rapport::draft_json(*draft);
    return kept.c_str();
}

// The page's file picker and drag-and-drop call this with Module.rapportApp.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_open_file(void* app, const char* path) {
    if (app) static_cast<rapport::ui::App*>(app)->handle_dropped_files({path});
}
