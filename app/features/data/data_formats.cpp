#include "features/data/data_formats.hpp"

#include <array>

namespace rapport::ui {

std::span<const ExportFormat> export_formats() {
    static constexpr std::array<ExportFormat, 5> kFormats = {{
        {"vcf", "Contacts (.vcf)",
         "Everyone as vCard 4.0, for a phone, Apple Contacts or Google Contacts.", false},
        {"ics", "Calendar (.ics)",
         "Conversations as events and follow-ups as to-dos with reminders.", false},
        {"csv", "Spreadsheet (.csv)", "One row per person, for a spreadsheet.", false},
        {"md", "Markdown",
         "A dossier per person and a notebook of every conversation, in a folder.", true},
        {"json", "Backup (.json)", "Everything, to restore here or on another device with Import.",
         false},
    }};
    return kFormats;
}

std::string default_export_path(const std::string& documents, const ExportFormat& format,
                                const std::string& today) {
    const std::string base = documents + "/rapport-" + today;
    return format.folder ? base + "-markdown" : base + "." + std::string(format.code);
}

} // namespace rapport::ui
