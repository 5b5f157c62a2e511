// Import and export as the app applies them: the import runs as a job beside
// the frames; an export is written at once, through a temporary file.
#include "features/data/data_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/calendar.hpp"
#include "features/data/data_formats.hpp"
#include "interop/file_output.hpp"
#include "services/export_data.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace rapport::ui {
namespace {

std::string expand_home(std::string path) {
    while (!path.empty() && (path.back() == ' ' || path.back() == '\n'))
        path.pop_back();
    if (path.rfind("~/", 0) == 0)
        if (const char* home = std::getenv("HOME")) path = std::string(home) + path.substr(1);
    return path;
}

} // namespace

DataFeature::DataFeature(Shell& shell) : shell_(shell), chosen_(shell.services().wake) {
    import_job_.set_threads(shell_.services().background_threads);
    ActionBus& bus = shell_.actions();
    bus.handle<PreviewImport>([this](PreviewImport& a) { preview(a.path); });
    bus.handle<SetImportMerge>([this](SetImportMerge& a) {
        auto& rows = import_job_.plan().rows;
        if (import_job_.state() == ImportJob::State::Previewed && a.row >= 0 &&
            static_cast<size_t>(a.row) < rows.size())
            rows[static_cast<size_t>(a.row)].merge = a.merge;
    });
    bus.handle<ConfirmImport>([this](ConfirmImport&) { import_job_.apply(shell_.store()); });
    bus.handle<CancelImport>([this](CancelImport&) {
        if (import_job_.state() == ImportJob::State::Applying) return import_job_.cancel();
        import_job_.reset();
        if (shell_.navigator().current().screen == Screen::ImportPreview) shell_.back();
    });
    bus.handle<ExportData>([this](ExportData& a) { export_data(a.format, a.path); });
    bus.handle<PickImportFile>([this](PickImportFile&) {
        if (shell_.services().pick_file) shell_.services().pick_file();
    });
    bus.handle<ChooseImportFile>([this](ChooseImportFile&) {
        FileDialog dialog;
        dialog.title = "Import contacts or a backup";
        dialog.start_folder = shell_.services().documents_folder;
        dialog.filters = {{"Contacts and backups", {"*.csv", "*.vcf", "*.json"}},
                          {"All files", {"*"}}};
        ask_chooser(dialog, -1);
    });
    bus.handle<ChooseExportFile>([this](ChooseExportFile& a) {
        const auto formats = export_formats();
        if (a.format < 0 || static_cast<size_t>(a.format) >= formats.size()) return;
        const ExportFormat& format = formats[static_cast<size_t>(a.format)];
        const core::Clock& clock = shell_.store().clock();
        const std::string suggested =
            default_export_path("", format, core::local_date_text(clock.now(), clock)).substr(1);
        FileDialog dialog;
        dialog.start_folder = shell_.services().documents_folder;
        if (format.folder) { // Markdown is a folder of files, made inside the one chosen
            dialog.folder = true;
            dialog.title = "Choose where the Markdown folder goes";
        } else {
            dialog.save = true;
            dialog.title = "Export " + std::string(format.label);
            dialog.suggested_name = suggested;
            dialog.filters = {{std::string(format.label), {"*." + std::string(format.code)}}};
        }
        ask_chooser(dialog, a.format);
    });
    bus.handle<TypePaths>([this](TypePaths& a) {
        editor_.typing_paths = a.on;
        if (!a.on) editor_.chooser_problem.clear();
    });
}

void DataFeature::ask_chooser(const FileDialog& dialog, int export_format) {
    if (editor_.choosing) return; // one dialog at a time
    editor_.choosing = true;
    choosing_for_ = export_format;
    shell_.services().choose_file(dialog, chosen_.sender());
}

void DataFeature::chooser_answered(FileDialogAnswer answer) {
    editor_.choosing = false;
    switch (answer.outcome) {
    case FileDialogAnswer::Outcome::Cancelled:
        return;
    case FileDialogAnswer::Outcome::Unavailable:
        // Never silent: say why, and offer the path fields in its place.
        editor_.typing_paths = true;
        // The reason (D-Bus, a missing program) is for whoever reads the log, not the person.
        std::fprintf(stderr, "rapport: no file chooser: %s\n", answer.error.c_str());
        editor_.chooser_problem =
            "This desktop has no file chooser Rapport can open. Type the file's path instead.";
        return;
    case FileDialogAnswer::Outcome::Chosen:
        break;
    }
    editor_.chooser_problem.clear();
    if (choosing_for_ < 0) {
        editor_.import_path = answer.path;
        return preview(answer.path);
    }
    const ExportFormat& format = export_formats()[static_cast<size_t>(choosing_for_)];
    std::string path = answer.path;
    if (format.folder) {
        const core::Clock& clock = shell_.store().clock();
        path = default_export_path(path, format, core::local_date_text(clock.now(), clock));
    }
    editor_.export_format = choosing_for_;
    editor_.export_path = path;
    export_data(choosing_for_, path);
}

bool DataFeature::launch(const Route& route) {
    if (route.screen != Screen::ImportPreview) return false;
    shell_.open({Screen::Data, {}});
    preview(route.argument);
    import_job_.wait();
    return true;
}

void DataFeature::open(const Route& route) {
    if (route.screen != Screen::Data) return;
    const std::string& documents = shell_.services().documents_folder;
    if (editor_.import_path.empty() && !documents.empty()) editor_.import_path = documents + "/";
    if (editor_.export_path.empty()) {
        const core::Clock& clock = shell_.store().clock();
        editor_.export_path = default_export_path(
            documents, export_formats()[static_cast<size_t>(editor_.export_format)],
            core::local_date_text(clock.now(), clock));
    }
}

void DataFeature::draw(const Route& route, ScreenContext& screen) {
    if (route.screen == Screen::ImportPreview)
        draw_preview(screen);
    else
        draw_data(screen);
}

void DataFeature::report(const Route&, FrameReport& report) const {
    if (import_job_.busy()) report.animating = true; // the progress bar moves
}

void DataFeature::preview(const std::string& typed) {
    const std::string path = expand_home(typed);
    if (import_job_.busy())
        return shell_.show_error({store::ErrorKind::Invalid, "An import is running"});
    import_job_.preview(path, shell_.store());
    previewing_ = path; // remembered once it reads (tick)
    shell_.open({Screen::ImportPreview, {}});
}

void DataFeature::remember_recent(const std::string& path) {
    // Newest first; a file that could not be read is not offered again.
    auto& recent = shell_.preferences().recent_files;
    recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
    recent.insert(recent.begin(), path);
    if (recent.size() > 5) recent.resize(5);
    shell_.save_preferences();
}

void DataFeature::export_data(int format_index, const std::string& typed) {
    store::Store& store = shell_.store();
    const AppServices& app_services = shell_.services();
    const auto formats = export_formats();
    if (format_index < 0 || static_cast<size_t>(format_index) >= formats.size()) return;
    const ExportFormat& format = formats[static_cast<size_t>(format_index)];
    const std::string path = expand_home(typed);
    const core::Clock& clock = store.clock();
    std::string error;
    auto failed = [&](std::string reason) {
        if (!reason.empty()) reason[0] = static_cast<char>(std::toupper(reason[0]));
        shell_.show_error({store::ErrorKind::Other, reason});
    };
    // On the desktop Markdown is a folder of files; everywhere else one file.
    const bool to_folder = format.folder && !app_services.download;
    services::Exported exported;
    if (store::Error e = services::export_all(store, clock, std::string(format.code),
                                              to_folder ? &path : nullptr, exported))
        return failed(e.message);
    const std::string people = std::to_string(exported.people) + " people";
    if (to_folder) return shell_.notify("Exported " + people + " to " + path);
    if (app_services.download) {
        // The browser: a download, named as typed.
        std::string name = path.substr(path.find_last_of('/') + 1);
        if (format.folder) name += ".md";
        if (!app_services.download(name, exported.data, error)) return failed(error);
        return shell_.notify("Downloaded " + name + " (" + people + ")");
    }
    // The documents folder offered as the place is made if it is missing; a
    // folder typed by hand that is not there is an error, not made.
    const std::string& documents = app_services.documents_folder;
    if (!documents.empty() && path.rfind(documents + "/", 0) == 0 &&
        path.find('/', documents.size() + 1) == std::string::npos) {
        std::error_code ignored;
        std::filesystem::create_directories(documents, ignored);
    }
    if (!interop::write_file_atomically(path, exported.data, error)) return failed(error);
    shell_.notify("Exported " + people + " to " + path);
}

bool DataFeature::open_files(const std::vector<std::string>& paths) {
    if (paths.empty()) return false;
    editor_.import_path = paths.front();
    preview(paths.front());
    return true;
}

bool DataFeature::tick() {
    std::vector<FileDialogAnswer> answers = chosen_.take();
    for (FileDialogAnswer& answer : answers)
        chooser_answered(std::move(answer));
    if (!previewing_.empty() && import_job_.state() != ImportJob::State::Reading) {
        if (import_job_.state() != ImportJob::State::Failed) remember_recent(previewing_);
        previewing_.clear();
    }
    if (import_job_.state() != ImportJob::State::Done) return !answers.empty();
    const store::ImportOutcome& o = import_job_.outcome();
    const std::string text = import_job_.is_backup()
                                 ? "Restored from " + import_job_.file()
                                 : "Imported: " + std::to_string(o.added) + " added, " +
                                       std::to_string(o.merged) + " updated";
    import_job_.reset();
    shell_.people_changed();
    shell_.model().welcome = shell_.model().welcome && !shell_.store().prepare().has_profile();
    if (shell_.navigator().current().screen == Screen::ImportPreview) shell_.back();
    shell_.notify(text);
    return true;
}

// A screenshot of the preview of importing FILE ("import:FILE").
std::optional<Route> DataFeature::route_for(const std::string& request) {
    if (auto file = request_argument(request, std::string(kScreenRequest) + "import:"))
        return Route{Screen::ImportPreview, *file};
    return std::nullopt;
}

} // namespace rapport::ui
