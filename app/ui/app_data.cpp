// Import and export, as the App applies them: the import runs as a job
// beside the frames; an export is written at once, through a temporary file.
#include "core/calendar.hpp"
#include "interop/exports.hpp"
#include "interop/file_output.hpp"
#include "ui/app.hpp"
#include "ui/screens/data_formats.hpp"

#include <algorithm>
#include <cctype>
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

void App::open_data_screen() {
    if (data_.import_path.empty() && !services_.documents_folder.empty())
        data_.import_path = services_.documents_folder + "/";
    if (data_.export_path.empty())
        data_.export_path = default_export_path(
            services_.documents_folder, export_formats()[static_cast<size_t>(data_.export_format)],
            core::local_date_text(store_.clock().now(), store_.clock()));
}

void App::preview_import(const std::string& typed) {
    const std::string path = expand_home(typed);
    if (import_job_.busy()) return show_error({store::ErrorKind::Invalid, "An import is running"});
    import_job_.preview(path, store_);
    // Remembered for next time, newest first.
    auto& recent = preferences_.recent_files;
    recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
    recent.insert(recent.begin(), path);
    if (recent.size() > 5) recent.resize(5);
    save_preferences_file();
    open_route({Screen::ImportPreview, {}});
}

void App::export_data(int format_index, const std::string& typed) {
    const auto formats = export_formats();
    if (format_index < 0 || static_cast<size_t>(format_index) >= formats.size()) return;
    const ExportFormat& format = formats[static_cast<size_t>(format_index)];
    const std::string path = expand_home(typed);
    const core::Clock& clock = store_.clock();
    std::string error, data;
    auto failed = [&](std::string reason) {
        if (!reason.empty()) reason[0] = static_cast<char>(std::toupper(reason[0]));
        show_error({store::ErrorKind::Other, reason});
    };
    const core::ExportSet set = format.code == "json" ? core::ExportSet{} : store_.export_set();
    const std::string people =
        std::to_string(format.code == "json" ? store_.count_people()
                                             : static_cast<std::int64_t>(set.people.size())) +
        " people";
    // On the desktop Markdown is a folder of files; everywhere else one file.
    if (format.folder && !services_.download) {
        if (interop::write_markdown_folder(path, set, clock, error) < 0) return failed(error);
        return notify("Exported " + people + " to " + path);
    }
    if (format.code == "json") {
        if (store::Error e = store_.backup_json(data)) return show_error(e);
    } else {
        data = interop::export_document(format.code, set, clock);
    }
    if (services_.download) {
        // The browser: a download, named as typed.
        std::string name = path.substr(path.find_last_of('/') + 1);
        if (format.folder) name += ".md";
        if (!services_.download(name, data, error)) return failed(error);
        return notify("Downloaded " + name + " (" + people + ")");
    }
    if (!interop::write_file_atomically(path, data, error)) return failed(error);
    notify("Exported " + people + " to " + path);
}

void App::handle_dropped_files(const std::vector<std::string>& paths) {
    if (paths.empty()) return;
    data_.import_path = paths.front();
    preview_import(paths.front());
}

void App::poll_import() {
    const ImportJob::State state = import_job_.state();
    if (state != ImportJob::State::Done) return;
    const store::ImportOutcome& o = import_job_.outcome();
    const bool backup = import_job_.is_backup();
    const std::string text = backup ? "Restored from " + import_job_.file()
                                    : "Imported: " + std::to_string(o.added) + " added, " +
                                          std::to_string(o.merged) + " updated";
    import_job_.reset();
    people_changed();
    welcome_open_ = welcome_open_ && !store_.has_profile();
    if (navigator_.current().screen == Screen::ImportPreview) navigator_.back();
    refresh_model();
    notify(text);
}

} // namespace rapport::ui
