// Rapport's entry point: parse the command line, take the database's
// single-instance lock, open the store, and hand the UI to the platform.
#include "core/clock.hpp"
#include "core/name_match.hpp"
#include "core/outreach_check.hpp"
#include "embedded_rapport_guide.hpp"
#include "interop/icalendar.hpp"
#include "platform/desktop_window.hpp"
#include "platform/file_chooser.hpp"
#include "platform/instance_lock.hpp"
#include "platform/open_url.hpp"
#include "platform/paths.hpp"
#include "platform/reminder_timer.hpp"
#include "services/capture.hpp"
#include "shell/background_notifier.hpp"
#include "shell/capture_command.hpp"
#include "shell/command_line.hpp"
#include "shell/data_commands.hpp"
#include "shell/desktop_client.hpp"
#include "shell/desktop_features.hpp"
#include "shell/exit_status.hpp"
#include "shell/launch_glyphs.hpp"
#include "shell/problem_client.hpp"
#include "shell/remind_command.hpp"
#include "shell/startup_report.hpp"
#include "shell/sync_command.hpp"
#include "store/demo_data.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"
#include "ui/launch_request.hpp"
#include "version.hpp"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace {

using rapport::exit_failure;
using rapport::exit_usage;
using rapport::kExitFailure;
using rapport::kExitOk;
using rapport::kExitUsage;

// The UI's question to the system's file chooser, asked on a thread of its own.
void choose_with_system(const rapport::ui::FileDialog& dialog,
                        std::function<void(rapport::ui::FileDialogAnswer)> done) {
    using namespace rapport;
    using ui::FileDialogAnswer;
    platform::FileRequest request;
    request.save = dialog.save;
    request.folder = dialog.folder;
    request.title = dialog.title;
    request.current_name = dialog.suggested_name;
    request.current_folder = dialog.start_folder;
    for (const auto& [name, globs] : dialog.filters)
        request.filters.push_back({name, globs});
    platform::choose_file(std::move(request), [done = std::move(done)](platform::FileChoice c) {
        FileDialogAnswer answer;
        answer.outcome = c.outcome == platform::FileChoice::Outcome::Chosen
                             ? FileDialogAnswer::Outcome::Chosen
                         : c.outcome == platform::FileChoice::Outcome::Cancelled
                             ? FileDialogAnswer::Outcome::Cancelled
                             : FileDialogAnswer::Outcome::Unavailable;
        answer.path = std::move(c.path);
        answer.error = std::move(c.error);
        done(std::move(answer));
    });
}

// Saves an invite where people look for files: the documents folder, made
// if missing; the path is said on screen.
std::string write_invite(const rapport::core::Conversation& c, const std::string& name,
                         std::string& error) {
    using namespace rapport;
    std::string folder = platform::made_documents_dir();
    if (folder.empty()) folder = platform::data_dir();
    const std::string path = folder + "/" + interop::invite_file_name(name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << interop::conversation_invite(c, name, core::SystemClock().now());
    if (!out.flush()) {
        error = "cannot write " + path;
        return {};
    }
    return path;
}

// The theme `--theme` asked for, if any.
std::optional<rapport::ui::ThemeKind> theme_asked(const rapport::CommandLine& command) {
    const auto& theme = command.options<rapport::WindowCommand>().theme;
    if (!theme) return std::nullopt;
    return *theme == "dark" ? rapport::ui::ThemeKind::Dark : rapport::ui::ThemeKind::Light;
}

// The window options for a normal launch or an off-screen screenshot.
rapport::platform::WindowOptions window_options(const rapport::CommandLine& command) {
    rapport::platform::WindowOptions options;
    if (const auto& shot = command.options<rapport::WindowCommand>().screenshot) {
        options.width = shot->width;
        options.height = shot->height;
        options.visible = false;
        options.fixed_scale = true;
    }
    return options;
}

// Rapport cannot start on its database: said on stderr (done by the caller)
// and in the window, which a launch from the app menu would otherwise never
// show. "Try again" starts Rapport afresh, with the same arguments.
int show_startup_problem(const std::string& message, const rapport::CommandLine& command,
                         char** argv) {
    using namespace rapport;
    ui::ThemeKind theme = ui::ThemeKind::Light;
    if (auto asked = theme_asked(command))
        theme = *asked;
    else if (command.mode() != CommandLine::Mode::Screenshot)
        theme = ui::load_preferences(platform::config_dir() + "/settings.ini").theme;
    std::string error;
    auto window = platform::DesktopWindow::create(window_options(command), error);
    if (!window) return exit_failure(error);
    ProblemClient client(ui::StartupProblem{message}, theme);
    if (const auto& shot = command.options<WindowCommand>().screenshot) {
        if (!window->render_png(client, 4, shot->path, error)) return exit_failure(error);
        return kExitFailure;
    }
    window->run(client, nullptr);
    if (client.choice() != ui::ProblemChoice::TryAgain) return kExitFailure;
    window.reset();
    execv("/proc/self/exe", argv);
    return exit_failure(std::string("cannot start again: ") + std::strerror(errno));
}

// What the command line asks the app to open, as a request the features
// answer (ui/launch_request.hpp): a reminder's --open, --capture, or a
// screenshot's --screen. Empty: the first tab.
std::string start_request(const rapport::WindowCommand& window) {
    if (auto id = rapport::ui::request_argument(window.open_route, "person:"))
        return rapport::ui::kOpenPersonRequest + *id;
    if (!window.open_route.empty()) return window.open_route; // "capture:ID"
    if (window.screenshot) return rapport::ui::kScreenRequest + window.screenshot->screen;
    return window.capture ? rapport::ui::kNewCaptureRequest : "";
}

// The one window per database: true when this process is it; otherwise
// the request went to the running window (`exit` is then what to return).
bool take_window(const rapport::CommandLine& command, const std::string& database_path,
                 std::unique_ptr<rapport::platform::InstanceLock>& lock, char** argv, int& exit) {
    using rapport::platform::InstanceLock;
    // A screenshot only reads and draws off-screen, which SQLite lets it do
    // beside a running Rapport: it neither takes the lock nor hands off (a
    // hand-off would exit 0 with no image written).
    const auto& window = command.options<rapport::WindowCommand>();
    if (window.screenshot) return true;
    const std::string request = !window.open_route.empty() ? "open:" + window.open_route
                                : window.capture           ? "capture"
                                                           : "raise";
    std::string message;
    switch (InstanceLock::acquire(database_path, request, lock, message)) {
    case InstanceLock::Outcome::Primary:
        return true;
    case InstanceLock::Outcome::HandedOff:
        std::cout << message << "\n";
        exit = kExitOk;
        return false;
    case InstanceLock::Outcome::Failed:
        exit_failure(message);
        exit = show_startup_problem(message, command, argv);
        return false;
    }
    return true;
}

// --demo[=N]: the database filled first. False (with `exit`) when it failed.
bool fill_demo_if_asked(const rapport::CommandLine& command, rapport::store::Store& store,
                        int& exit) {
    using namespace rapport;
    const auto& people = command.options<WindowCommand>().demo_people;
    if (!people) return true;
    store::DemoSummary demo;
    if (store::Error demo_error = store::fill_demo(store, *people, demo)) {
        std::cerr << "rapport: " << demo_error.message << "\n";
        exit = demo_error.kind == store::ErrorKind::Invalid ? kExitUsage : kExitFailure;
        return false;
    }
    std::cout << "demo data: " << demo.people << " people, " << demo.conversations
              << " conversations, " << demo.notes << " notes\n";
    return true;
}

// What the desktop hands the app, and the person's settings. A screenshot
// draws as the person sees it (text size, sort) and saves nothing.
rapport::ui::AppServices desktop_services(const rapport::CommandLine& command,
                                          const std::string& database_path,
                                          rapport::ui::Preferences& preferences) {
    using namespace rapport;
    const bool screenshot = command.mode() == CommandLine::Mode::Screenshot;
    ui::AppServices services;
    services.version = RAPPORT_VERSION;
    // A screenshot is drawn in a few frames: everything is read at once.
    services.background_reads = !screenshot;
    std::string error;
    if (!screenshot) {
        if (platform::ensure_private_dir(platform::config_dir(), error))
            services.preferences_path = platform::config_dir() + "/settings.ini";
        else
            std::cerr << "rapport: settings will not be saved: " << error << "\n";
        if (!services.preferences_path.empty())
            preferences = ui::load_preferences(services.preferences_path);
        services.open_url = platform::open_url;
        services.wake = platform::wake_event_loop;
        services.export_invite = write_invite;
        services.set_reminders_when_closed = platform::set_reminder_timer;
    } else {
        preferences = ui::load_preferences(platform::config_dir() + "/settings.ini");
    }
    services.snapshot_folder =
        command.database ? database_path + ".snapshots" : platform::data_dir() + "/snapshots";
    services.maintenance = !screenshot; // a screenshot writes nothing but its picture
    services.system_twelve_hour = platform::locale_uses_twelve_hour();
    services.documents_folder = platform::documents_dir();
    services.user_guide = [] {
        return std::string(reinterpret_cast<const char*>(assets::user_guide),
                           assets::user_guide_size);
    };
    services.choose_file = choose_with_system; // a screenshot draws its button, never asks
    if (auto asked = theme_asked(command)) preferences.theme = *asked;
    return services;
}

// The window: the database opened, the fonts rasterised beside the window's
// creation, the app run until it closes (or drawn once, for a screenshot).
int run_window(const rapport::CommandLine& command, const std::string& database_path, char** argv) {
    using namespace rapport;
    int exit = kExitOk;
    std::unique_ptr<platform::InstanceLock> lock;
    if (!take_window(command, database_path, lock, argv, exit)) return exit;
    core::SystemClock clock;
    store::Error store_error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, store_error);
    if (!store) {
        exit_failure(store_error.message);
        lock.reset(); // "Try again" starts a new process, which takes it again
        return show_startup_problem(store_error.message, command, argv);
    }
    // Opened, but only for reading: say so here as well as on screen.
    if (store->read_only()) std::cerr << "rapport: " << store->read_only_reason() << "\n";
    report_startup("store");
    if (!fill_demo_if_asked(command, *store, exit)) return exit;

    ui::Preferences preferences;
    ui::AppServices services = desktop_services(command, database_path, preferences);
    const platform::WindowOptions options = window_options(command);
    // Rasterise the fonts on another core while the window and its GL
    // context are created: both take tens of milliseconds. They must be done
    // before the ImGui context exists (see DesktopWindow::create).
    const float text_scale =
        platform::DesktopWindow::expected_content_scale(options) * preferences.text_size;
    std::future<ui::PreparedFonts> fonts =
        std::async(std::launch::async, [text_scale, path = store->database().path()] {
            return ui::prepare_fonts(text_scale, glyphs_in_names(path));
        });
    std::string error;
    std::unique_ptr<platform::DesktopWindow> window =
        platform::DesktopWindow::create(options, error, [&fonts] { fonts.wait(); });
    if (!window) return exit_failure(error);
    report_startup("window");

    const bool screenshot = command.mode() == CommandLine::Mode::Screenshot;
    std::unique_ptr<BackgroundNotifier> notifier;
    if (!screenshot) {
        // Notifications while Rapport runs unlooked-at.
        notifier = std::make_unique<BackgroundNotifier>(database_path);
        services.notify = [&notifier](const ui::Notification& n) { notifier->show(n); };
        services.window_focused = [&window] { return window->focused(); };
    }
    ui::App app(*store, preferences, std::move(services), desktop_features,
                start_request(command.options<WindowCommand>()));
    report_startup("app");
    DesktopClient client(app, std::move(fonts));
    if (!screenshot) {
        window->run(client, lock.get());
        return kExitOk;
    }
    // Enough frames for layout, focus and scroll positions to settle.
    const ScreenshotOptions& shot = *command.options<WindowCommand>().screenshot;
    if (!window->render_png(client, 6, shot.path, error)) return exit_failure(error);
    std::cout << "saved " << shot.path << " (" << shot.width << "x" << shot.height << ")\n";
    return kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    using namespace rapport;
    report_startup("main");
    const ParseResult parsed = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) return exit_usage(parsed.error);
    const CommandLine& command = parsed.command;
    if (command.mode() == CommandLine::Mode::Help) {
        const std::string& topic = command.options<HelpCommand>().topic;
        std::cout << (topic.empty() ? help_text() : command_help(topic));
        return kExitOk;
    }
    if (command.mode() == CommandLine::Mode::Version) {
        std::cout << version_text();
        return kExitOk;
    }
    std::string database_path = command.database.value_or("");
    if (database_path.empty()) {
        std::string error;
        if (!platform::ensure_private_dir(platform::data_dir(), error)) return exit_failure(error);
        database_path = platform::default_database_path();
    }
    switch (command.mode()) {
    case CommandLine::Mode::Capture:
        return run_capture(command.options<CaptureCommand>(), database_path);
    case CommandLine::Mode::Import:
        return run_import(command.options<ImportCommand>(), database_path);
    case CommandLine::Mode::Export:
        return run_export(command.options<ExportCommand>(), database_path);
    case CommandLine::Mode::Search:
        return run_search(command.options<SearchCommand>(), database_path);
    case CommandLine::Mode::Sync:
        return run_sync(command.options<SyncCommand>(), database_path);
    case CommandLine::Mode::Remind:
        return run_remind(command, database_path);
    default:
        return run_window(command, database_path, argv);
    }
}
