#pragma once
// Import and export: contacts and backups in, with a preview of what will
// change before anything does (the import runs beside the frames), and every
// export format out (data_screen.cpp, import_preview_screen.cpp).
#include "features/data/data_actions.hpp"
#include "features/data/import_job.hpp"
#include "ui/app_services.hpp"
#include "ui/feature.hpp"
#include "ui/thread_inbox.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

// The paths as typed and the chosen export format. On the desktop a file
// is chosen in the system's dialog; the paths are typed where there is none.
struct DataEditor {
    std::string import_path;
    std::string export_path;
    int export_format = 0;       // index into the export formats
    bool typing_paths = false;   // the path fields rather than the system's dialog
    bool choosing = false;       // the system's dialog is open
    std::string chooser_problem; // why the dialog did not open, shown above the fields
};

class DataFeature final : public Feature {
  public:
    explicit DataFeature(Shell& shell);
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override {
        return screen == Screen::Data || screen == Screen::ImportPreview;
    }
    bool launch(const Route& route) override;
    void open(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool tick() override;
    void report(const Route& route, FrameReport& report) const override;
    // Files dropped onto the window: the first is offered for import.
    bool open_files(const std::vector<std::string>& paths) override;
    const ImportJob& import_job() const { return import_job_; }
    const DataEditor& editor() const { return editor_; }

  private:
    void draw_data(ScreenContext& screen);
    void draw_preview(ScreenContext& screen);
    void preview(const std::string& typed_path);
    void remember_recent(const std::string& path);
    void export_data(int format_index, const std::string& typed_path);
    void ask_chooser(const FileDialog& dialog, int export_format);
    void chooser_answered(FileDialogAnswer answer);

    Shell& shell_;
    DataEditor editor_;
    ImportJob import_job_;
    std::string previewing_; // the file a preview reads: in Recent once it is read
    ThreadInbox<FileDialogAnswer> chosen_;
    int choosing_for_ = -1; // the export format the open dialog is for; -1: an import
};

} // namespace rapport::ui
