#pragma once
// What other features may ask of data: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "ui/app_services.hpp"
#include "ui/thread_inbox.hpp"
#include <string>
#include <vector>

namespace rapport::ui {

struct PreviewImport {
    std::string path;
};

struct SetImportMerge {
    int row;
    bool merge;
};

struct ConfirmImport {};

struct CancelImport {};     // stops a running import, or leaves the preview
struct PickImportFile {};   // the browser's file picker
struct ChooseImportFile {}; // the system's Open dialog
struct ChooseExportFile {   // the system's Save dialog (a folder's, for Markdown)
    int format;
};

struct TypePaths {
    bool on;
};

struct ExportData {
    int format; // index into export_formats()
    std::string path;
};

} // namespace rapport::ui
