#pragma once
// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks
// inside quotes, CRLF or LF, a leading BOM. Written here rather than taken
// from libcsv because every import error must name its line, and the
// readers need each record's starting line.
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop {

struct CsvRecord {
    int line = 0; // 1-based line the record starts on
    std::vector<std::string> fields;
};

struct CsvResult {
    std::vector<CsvRecord> records;
    int error_line = 0;
    std::string error;
};

// Reads every record. Blank lines are skipped. Fails on a quote that never
// closes or text after a closing quote, naming the line.
CsvResult parse_csv(std::string_view text);

// One field quoted when it must be (comma, quote, CR or LF, or edge spaces).
std::string csv_field(std::string_view value);
// A record of fields, ending in CRLF.
std::string csv_record(const std::vector<std::string>& fields);

} // namespace rapport::interop
