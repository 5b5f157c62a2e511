#pragma once
// Everything a user can take elsewhere: vCard 4.0, iCalendar, CSV and
// Markdown, written from an export set.
#include "core/clock.hpp"
#include "core/export_set.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::interop {

// Every person as a vCard 4.0: UID stable across exports, CATEGORIES for
// tags, RELATED for who referred them, NOTE with the research summary.
std::string export_vcards(const core::ExportSet& set);

// Conversations as VEVENTs, follow-ups as VTODOs with DUE, STATUS and a
// VALARM, stable UIDs, DTSTAMP `now`.
std::string export_calendar(const core::ExportSet& set, core::Millis now);

// People as RFC 4180 CSV; several values in one cell joined by " ::: ".
std::string export_people_csv(const core::ExportSet& set, const core::Clock& clock);

// Markdown: "people/<name>.md", one dossier each, and "conversations.md",
// the notebook of every conversation. Paths are relative.
std::vector<std::pair<std::string, std::string>> export_markdown(const core::ExportSet& set,
                                                                 const core::Clock& clock);

// One document in a format other tools read: "vcf", "ics", "csv", or "md"
// (every dossier, then the notebook, in one file). Empty for other codes.
std::string export_document(std::string_view code, const core::ExportSet& set,
                            const core::Clock& clock);

// The research fields as a short text (for vCard NOTE and dossiers).
std::string research_summary(const core::Person& person);

// "Amara Osei" → "amara-osei"; never empty, never a path.
std::string file_slug(const std::string& name);

} // namespace rapport::interop
