#pragma once
// The export formats offered on the Import and export screen.
#include <span>
#include <string>
#include <string_view>

namespace rapport::ui {

struct ExportFormat {
    std::string_view code; // vcf, ics, csv, md, json
    std::string_view label;
    std::string_view description;
    bool folder = false; // writes several files into a folder
};

std::span<const ExportFormat> export_formats();

// "~/Documents/rapport-2026-11-27.vcf", or a folder name for Markdown.
std::string default_export_path(const std::string& documents, const ExportFormat& format,
                                const std::string& today);

} // namespace rapport::ui
