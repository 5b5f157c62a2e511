#pragma once
// Import and export: contacts and backups in, with a preview of what will
// change before anything does (the import runs beside the frames), and every
// export format out (data_screen.cpp, import_preview_screen.cpp).
#include "features/data/import_job.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

// The paths as typed and the chosen export format.
struct DataEditor {
    std::string import_path;
    std::string export_path;
    int export_format = 0; // index into the export formats
};

struct PreviewImport {
    std::string path;
};
struct SetImportMerge {
    int row;
    bool merge;
};
struct ConfirmImport {};
struct CancelImport {};   // stops a running import, or leaves the preview
struct PickImportFile {}; // the browser's file picker
struct ExportData {
    int format; // index into export_formats()
    std::string path;
};

class DataFeature final : public Feature {
  public:
    explicit DataFeature(Shell& shell);
    bool draws(Screen screen) const override {
        return screen == Screen::Data || screen == Screen::ImportPreview;
    }
    bool launch(const Route& route) override;
    void open(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void tick() override;
    void report(const Route& route, FrameReport& report) const override;
    // Files dropped onto the window: the first is offered for import.
    bool open_files(const std::vector<std::string>& paths) override;
    const ImportJob& import_job() const { return import_job_; }

  private:
    void draw_data(ScreenContext& screen);
    void draw_preview(ScreenContext& screen);
    void preview(const std::string& typed_path);
    void export_data(int format_index, const std::string& typed_path);

    Shell& shell_;
    DataEditor editor_;
    ImportJob import_job_;
};

} // namespace rapport::ui
