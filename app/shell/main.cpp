// Rapport's entry point: parse the command line, take the database's
// single-instance lock, open the store, and hand the UI to the platform.
#include "core/clock.hpp"
#include "core/name_match.hpp"
#include "core/outreach_check.hpp"
#include "interop/icalendar.hpp"
#include "platform/desktop_window.hpp"
#include "platform/file_chooser.hpp"
#include "platform/instance_lock.hpp"
#include "platform/open_url.hpp"
#include "platform/paths.hpp"
#include "platform/reminder_timer.hpp"
#include "services/capture.hpp"
#include "shell/background_notifier.hpp"
#include "shell/command_line.hpp"
#include "shell/data_commands.hpp"
#include "shell/desktop_client.hpp"
#include "shell/desktop_features.hpp"
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

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int usage(const std::string& message) {
    std::cerr << "rapport: " << message << "\n";
    return kExitUsage;
}

int fail(const std::string& message) {
    std::cerr << "rapport: " << message << "\n";
    return kExitFailure;
}

std::string local_day_time(rapport::core::Millis t) {
    const std::time_t seconds = static_cast<std::time_t>(t / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[48];
    std::strftime(text, sizeof text, "%a %d %b %H:%M", &local);
    return text;
}

// "no one called 'Amara Osie'; did you mean Amara Osei?" in one line.
std::string unknown_person(rapport::store::Store& store, const std::string& name) {
    std::vector<std::string> names;
    for (const rapport::store::PersonName& p : store.people().names())
        names.push_back(p.name);
    const std::vector<std::string> close = rapport::core::closest_names(name, names);
    std::string message = "capture: no one called '" + name + "'";
    if (!close.empty()) {
        message += "; did you mean ";
        for (size_t i = 0; i < close.size(); ++i)
            message += (i == 0 ? "" : i + 1 == close.size() ? " or " : ", ") + close[i];
        message += "?";
    }
    return message + " (--new adds them)";
}

// `rapport capture`: no window, no GL; the running app (if any) is told.
int terminal_capture(const rapport::CommandLine& command, const std::string& database_path) {
    using namespace rapport;
    core::SystemClock clock;
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return fail(error.message);
    std::optional<std::string> person_id;
    std::string who = "your inbox";
    if (command.capture_person) {
        auto person = store->people().find_by_name(*command.capture_person);
        if (!person && command.capture_new_person) {
            core::Person added;
            added.name = *command.capture_person;
            if (store::Error e = store->people().save(added))
                return e.kind == store::ErrorKind::Invalid ? usage("capture: " + e.message)
                                                           : fail(e.message);
            std::cout << "added " << added.name << " as a new person\n";
            person = std::move(added);
        }
        if (!person) return usage(unknown_person(*store, *command.capture_person));
        person_id = person->id;
        who = person->name;
    }
    const std::optional<std::string> conversation_id =
        person_id ? services::conversation_to_debrief(*store, *person_id) : std::nullopt;
    store::CaptureResult result;
    if ((error = store->captures().file(command.capture_text, person_id, conversation_id,
                                        command.capture_met, &result)))
        return error.kind == store::ErrorKind::Invalid ? usage(error.message) : fail(error.message);
    const int words = core::word_count(command.capture_text);
    std::cout << (person_id ? "saved a note on " : "saved a note to ") << who << " (" << words
              << (words == 1 ? " word" : " words") << ")";
    if (result.debrief) std::cout << "; the debrief of your conversation";
    if (result.thank_you_due)
        std::cout << "; thank-you due " << local_day_time(*result.thank_you_due);
    std::cout << "\n";
    platform::InstanceLock::notify(database_path, "reload");
    return kExitOk;
}

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
    if (!command.theme) return std::nullopt;
    return *command.theme == "dark" ? rapport::ui::ThemeKind::Dark : rapport::ui::ThemeKind::Light;
}

// The window options for a normal launch or an off-screen screenshot.
rapport::platform::WindowOptions window_options(const rapport::CommandLine& command) {
    rapport::platform::WindowOptions options;
    if (command.mode == rapport::CommandLine::Mode::Screenshot) {
        options.width = command.width;
        options.height = command.height;
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
    else if (command.mode != CommandLine::Mode::Screenshot)
        theme = ui::load_preferences(platform::config_dir() + "/settings.ini").theme;
    std::string error;
    auto window = platform::DesktopWindow::create(window_options(command), error);
    if (!window) return fail(error);
    ProblemClient client(ui::StartupProblem{message}, theme);
    if (command.mode == CommandLine::Mode::Screenshot) {
        if (!window->render_png(client, 4, command.screenshot_path, error)) return fail(error);
        return kExitFailure;
    }
    window->run(client, nullptr);
    if (client.choice() != ui::ProblemChoice::TryAgain) return kExitFailure;
    window.reset();
    execv("/proc/self/exe", argv);
    return fail(std::string("cannot start again: ") + std::strerror(errno));
}

// What the command line asks the app to open, as a request the features
// answer (ui/launch_request.hpp): a reminder's --open, --capture, or a
// screenshot's --screen. Empty: the first tab.
std::string start_request(const rapport::CommandLine& command) {
    if (auto id = rapport::ui::request_argument(command.open_route, "person:"))
        return rapport::ui::kOpenPersonRequest + *id;
    if (!command.open_route.empty()) return command.open_route; // "capture:ID"
    if (command.mode == rapport::CommandLine::Mode::Screenshot)
        return rapport::ui::kScreenRequest + command.screen;
    return command.capture ? rapport::ui::kNewCaptureRequest : "";
}

} // namespace

int main(int argc, char** argv) {
    using namespace rapport;
    report_startup("main");
    const ParseResult parsed = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "rapport: " << parsed.error << "\n";
        return kExitUsage;
    }
    const CommandLine& command = parsed.command;
    if (command.mode == CommandLine::Mode::Help) {
        std::cout << (command.help_topic.empty() ? help_text() : command_help(command.help_topic));
        return kExitOk;
    }
    if (command.mode == CommandLine::Mode::Version) {
        std::cout << version_text();
        return kExitOk;
    }
    const bool screenshot = command.mode == CommandLine::Mode::Screenshot;

    std::string error;
    std::string database_path = command.database.value_or("");
    if (database_path.empty()) {
        if (!platform::ensure_private_dir(platform::data_dir(), error)) return fail(error);
        database_path = platform::default_database_path();
    }

    if (command.mode == CommandLine::Mode::Capture) return terminal_capture(command, database_path);
    if (command.mode == CommandLine::Mode::Import) return run_import(command, database_path);
    if (command.mode == CommandLine::Mode::Export) return run_export(command, database_path);
    if (command.mode == CommandLine::Mode::Search) return run_search(command, database_path);
    if (command.mode == CommandLine::Mode::Sync) return run_sync(command, database_path);
    if (command.mode == CommandLine::Mode::Remind) return run_remind(command, database_path);

    std::unique_ptr<platform::InstanceLock> lock;
    std::string lock_message;
    // A screenshot only reads and draws off-screen, which SQLite lets it do
    // beside a running Rapport: it neither takes the lock nor hands off (a
    // hand-off would exit 0 with no image written).
    const auto outcome = screenshot
                             ? platform::InstanceLock::Outcome::Primary
                             : platform::InstanceLock::acquire(database_path,
                                                               !command.open_route.empty()
                                                                   ? "open:" + command.open_route
                                                               : command.capture ? "capture"
                                                                                 : "raise",
                                                               lock, lock_message);
    switch (outcome) {
    case platform::InstanceLock::Outcome::Primary:
        break;
    case platform::InstanceLock::Outcome::HandedOff:
        std::cout << lock_message << "\n";
        return kExitOk;
    case platform::InstanceLock::Outcome::Failed:
        fail(lock_message);
        return show_startup_problem(lock_message, command, argv);
    }

    core::SystemClock clock;
    store::Error store_error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, store_error);
    if (!store) {
        fail(store_error.message);
        lock.reset(); // "Try again" starts a new process, which takes it again
        return show_startup_problem(store_error.message, command, argv);
    }
    // Opened, but only for reading: say so here as well as on screen.
    if (store->read_only()) std::cerr << "rapport: " << store->read_only_reason() << "\n";
    report_startup("store");
    if (command.demo_people) {
        store::DemoSummary demo;
        if (store::Error demo_error = store::fill_demo(*store, *command.demo_people, demo)) {
            std::cerr << "rapport: " << demo_error.message << "\n";
            return demo_error.kind == store::ErrorKind::Invalid ? kExitUsage : kExitFailure;
        }
        std::cout << "demo data: " << demo.people << " people, " << demo.conversations
                  << " conversations, " << demo.notes << " notes\n";
    }

    ui::Preferences preferences;
    ui::AppServices services;
    services.version = RAPPORT_VERSION;
    // A screenshot is drawn in a few frames: everything is read at once.
    services.background_reads = !screenshot;
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
    } else {
        // Drawn as the person sees it (text size, sort), and nothing saved.
        preferences = ui::load_preferences(platform::config_dir() + "/settings.ini");
    }
    services.snapshot_folder =
        command.database ? database_path + ".snapshots" : platform::data_dir() + "/snapshots";
    services.maintenance = !screenshot; // a screenshot writes nothing but its picture
    services.system_twelve_hour = platform::locale_uses_twelve_hour();
    services.documents_folder = platform::documents_dir();
    services.choose_file = choose_with_system; // a screenshot draws its button, never asks
    if (auto asked = theme_asked(command)) preferences.theme = *asked;

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
    std::unique_ptr<platform::DesktopWindow> window =
        platform::DesktopWindow::create(options, error, [&fonts] { fonts.wait(); });
    if (!window) return fail(error);
    report_startup("window");

    std::unique_ptr<BackgroundNotifier> notifier;
    if (!screenshot) {
        // Reminders: the timer for when Rapport is closed; notifications
        // while it runs unlooked-at.
        services.set_reminders_when_closed = platform::set_reminder_timer;
        notifier = std::make_unique<BackgroundNotifier>(database_path);
        services.notify = [&notifier](const ui::Notification& n) { notifier->show(n); };
        services.window_focused = [&window] { return window->focused(); };
    }
    ui::App app(*store, preferences, std::move(services), desktop_features, start_request(command));
    report_startup("app");
    DesktopClient client(app, std::move(fonts));
    if (screenshot) {
        // Enough frames for layout, focus and scroll positions to settle.
        if (!window->render_png(client, 6, command.screenshot_path, error)) return fail(error);
        std::cout << "saved " << command.screenshot_path << " (" << command.width << "x"
                  << command.height << ")\n";
        return kExitOk;
    }
    window->run(client, lock.get());
    return kExitOk;
}
