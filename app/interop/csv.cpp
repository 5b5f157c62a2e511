#include "interop/csv.hpp"

#include "interop/text_encoding.hpp"

namespace rapport::interop {

CsvResult parse_csv(std::string_view input) {
    CsvResult result;
    const std::string_view text = strip_bom(input);
    int line = 1;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool record_done = false;
        while (!record_done) {
            std::string field;
            if (i < n && text[i] == '"') {
                const int opened_on = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    result.error_line = opened_on;
                    result.error = "a quoted field opened here never closes";
                    return result;
                }
                if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    result.error_line = line;
                    result.error = "text after a closing quote (a stray \" inside a field?)";
                    return result;
                }
            } else {
                while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    field += text[i++];
            }
            record.fields.push_back(std::move(field));
            if (i < n && text[i] == ',') {
                ++i;
                continue;
            }
            // End of record: CRLF, LF, a lone CR, or the end of the text.
            if (i < n && text[i] == '\r') ++i;
            if (i < n && text[i] == '\n') ++i;
            ++line;
            record_done = true;
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty();
        if (!blank) result.records.push_back(std::move(record));
    }
    return result;
}

std::string csv_field(std::string_view value) {
    // A leading byte-order mark is quoted too, or a reader would take it for
    // the file's own (found by fuzzing).
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' ')) ||
                       value.substr(0, 3) == "\xEF\xBB\xBF";
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

} // namespace rapport::interop
