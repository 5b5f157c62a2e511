// Import and export: bring contacts in from LinkedIn, a phone or Google, or
// restore a backup; take everything out as vCard, calendar, CSV, Markdown or
// a JSON backup.
#include "features/data/data_feature.hpp"
#include "features/data/data_formats.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"

#include <vector>

namespace rapport::ui {

namespace {

// Export: a format, where it goes (the system's Save dialog, a typed path or
// a file name to download), one tap.
void export_section(ScreenContext& screen, DataEditor& data, bool system_dialog) {
    section_header("Export");
    begin_panel("export");
    std::vector<std::string_view> labels;
    for (const ExportFormat& f : export_formats())
        labels.push_back(f.label);
    const int tapped = chip_row(labels.data(), static_cast<int>(labels.size()), data.export_format);
    if (tapped >= 0 && tapped != data.export_format) {
        data.export_format = tapped;
        data.export_path = default_export_path(screen.model.documents_folder,
                                               export_formats()[static_cast<size_t>(tapped)],
                                               screen.model.today_text);
    }
    const ExportFormat& format = export_formats()[static_cast<size_t>(data.export_format)];
    paragraph(ctx().fonts.secondary, colors().muted, format.description);
    if (system_dialog) {
        if (button(data.choosing ? "Waiting for the file chooser…" : "Export…",
                   ButtonKind::Filled) &&
            !data.choosing)
            screen.actions.add(ChooseExportFile{data.export_format});
        end_panel();
        return;
    }
    if (screen.model.browser_files) {
        // A download: only the name matters.
        data.export_path = data.export_path.substr(data.export_path.find_last_of('/') + 1);
        text_field("File name", data.export_path);
    } else {
        text_field(format.folder ? "Folder" : "Save as", data.export_path);
    }
    const bool entered = text_field_entered(); // Enter exports, as the button does
    if ((button(screen.model.browser_files ? "Download" : "Export", ButtonKind::Filled) ||
         entered) &&
        data.export_path.find_first_not_of(" ") != std::string::npos)
        screen.actions.add(ExportData{data.export_format, data.export_path});
    end_panel();
}

} // namespace

void DataFeature::draw_data(ScreenContext& screen) {
    DataEditor& data = editor_;
    if (app_bar("Import and export", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("data");

    section_header("Import");
    begin_panel("import");
    paragraph(ctx().fonts.secondary, colors().muted,
              "LinkedIn Connections.csv, contacts from a phone or Apple Contacts (.vcf), Google "
              "Contacts CSV, or a Rapport backup (.json). You see what will change before "
              "anything does. You can also drop a file onto the window.");
    if (screen.model.browser_files) {
        if (button("Choose a file", ButtonKind::Filled)) screen.actions.add(PickImportFile{});
        end_panel();
        export_section(screen, data, false);
        end_body();
        return;
    }
    // The system's dialogs where there are some; the path fields where there
    // are none, or when the person prefers typing.
    const bool has_dialog = static_cast<bool>(shell_.services().choose_file);
    const bool system_dialog = has_dialog && !data.typing_paths;
    if (!data.chooser_problem.empty())
        paragraph(ctx().fonts.body, colors().late, data.chooser_problem);
    bool entered = false;
    if (system_dialog) {
        if (button(data.choosing ? "Waiting for the file chooser…" : "Choose a file…",
                   ButtonKind::Filled) &&
            !data.choosing)
            screen.actions.add(ChooseImportFile{});
    } else {
        text_field("File to import", data.import_path, "~/Documents/Connections.csv");
        entered = text_field_entered(); // Enter previews, as the button does
    }
    const auto& recent = screen.preferences.recent_files;
    if (!recent.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted, "Recent");
        std::vector<std::string_view> names;
        std::vector<std::string> shown;
        for (const std::string& path : recent)
            shown.push_back(path.substr(path.find_last_of('/') + 1));
        for (const std::string& s : shown)
            names.push_back(s);
        const int tapped = chip_row(names.data(), static_cast<int>(names.size()), -1);
        // With no field to show it in, a recent file is previewed at once.
        if (tapped >= 0 && system_dialog)
            screen.actions.add(PreviewImport{recent[static_cast<size_t>(tapped)]});
        else if (tapped >= 0)
            data.import_path = recent[static_cast<size_t>(tapped)];
    }
    if (!system_dialog && (button("Preview import", ButtonKind::Filled) || entered) &&
        data.import_path.find_first_not_of(" ") != std::string::npos)
        screen.actions.add(PreviewImport{data.import_path});
    if (has_dialog &&
        button(system_dialog ? "Type a path instead" : "Use the file chooser", ButtonKind::Quiet))
        screen.actions.add(TypePaths{system_dialog});
    end_panel();

    export_section(screen, data, system_dialog);
    end_body();
}

} // namespace rapport::ui
