#pragma once
// Exporting everything, as the command line, the desktop and the web all do
// it: a Rapport backup (json), or a document (vcf, ics, csv, md) of the
// people, conversations and follow-ups; Markdown can also be a folder with a
// file a person.
#include "core/clock.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>

namespace rapport::services {

struct Exported {
    std::string data;        // the document, unless it went to a folder
    int files = -1;          // Markdown files written to the folder
    std::int64_t people = 0; // people exported
};

// `format` is json, vcf, ics, csv or md; with `markdown_folder` (md only) the
// files are written there instead of returned.
store::Error export_all(store::Store& store, const core::Clock& clock, const std::string& format,
                        const std::string* markdown_folder, Exported& out);

} // namespace rapport::services
