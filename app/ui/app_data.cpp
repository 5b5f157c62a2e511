// Import and export, as the App applies them: the import runs as a job
// beside the frames; an export is written at once, through a temporary file.
#include "core/calendar.hpp"
#include "interop/exports.hpp"
#include "ui/app.hpp"
#include "ui/screens/data_formats.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace rapport::ui {
namespace {

std::string expand_home(std::string path) {
    while (!path.empty() && (path.back() == ' ' || path.back() == '\n'))
        path.pop_back();
    if (path.rfind("~/", 0) == 0)
        if (const char* home = std::getenv("HOME")) path = std::string(home) + path.substr(1);
    return path;
}

bool write_file(const std::string& path, const std::string& data, std::string& error) {
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(data.data(), static_cast<std::streamsize>(data.size())) ||
            !out.flush()) {
            error = "Cannot write " + path + ": " + std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) error = "Cannot write " + path + ": " + ec.message();
    return !ec;
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
    const core::ExportSet set = store_.export_set();
    if (services_.download) {
        // The browser: one file, downloaded (Markdown as a single notebook).
        if (format.code == "json") {
            if (store::Error e = store_.backup_json(data)) return show_error(e);
        } else if (format.code == "vcf") {
            data = interop::export_vcards(set);
        } else if (format.code == "ics") {
            data = interop::export_calendar(set, clock.now());
        } else if (format.code == "csv") {
            data = interop::export_people_csv(set, clock);
        } else {
            for (const auto& [name, text] : interop::export_markdown(set, clock))
                data += text + "\n\n";
        }
        std::string name = path.substr(path.find_last_of('/') + 1);
        if (format.folder) name += ".md";
        if (!services_.download(name, data, error))
            return show_error({store::ErrorKind::Other, error});
        return notify("Downloaded " + name + " (" + std::to_string(set.people.size()) + " people)");
    }
    if (format.code == "md") {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(path) / "people", ec);
        if (ec)
            return show_error({store::ErrorKind::Invalid,
                               "Cannot make the folder " + path + ": " + ec.message()});
        for (const auto& [name, text] : interop::export_markdown(set, clock))
            if (!write_file(path + "/" + name, text, error))
                return show_error({store::ErrorKind::Other, error});
    } else {
        if (format.code == "json") {
            if (store::Error e = store_.backup_json(data)) return show_error(e);
        } else if (format.code == "vcf") {
            data = interop::export_vcards(set);
        } else if (format.code == "ics") {
            data = interop::export_calendar(set, clock.now());
        } else {
            data = interop::export_people_csv(set, clock);
        }
        if (!write_file(path, data, error)) return show_error({store::ErrorKind::Other, error});
    }
    notify("Exported " + std::to_string(set.people.size()) + " people to " + path);
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
    people_stale_ = true;
    welcome_open_ = welcome_open_ && !store_.has_profile();
    if (navigator_.current().screen == Screen::ImportPreview) navigator_.back();
    refresh_model();
    notify(text);
}

} // namespace rapport::ui
