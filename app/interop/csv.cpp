#include "interop/csv.hpp"

#include "interop/text_encoding.hpp"

namespace rapport::interop {

namespace {

// Walks the text one field at a time, counting lines for the error messages.
struct CsvCursor {
    std::string_view text;
    size_t at = 0;
    int line = 1;

    bool more() const { return at < text.size(); }
    bool at_field_end() const {
        return !more() || text[at] == ',' || text[at] == '\r' || text[at] == '\n';
    }

    // A quoted field, the cursor on its opening quote. Doubled quotes are one
    // quote; commas and line breaks inside are the field's own.
    bool read_quoted(std::string& field, CsvResult& result) {
        const int opened_on = line;
        ++at;
        while (more()) {
            const char c = text[at];
            if (c == '"' && at + 1 < text.size() && text[at + 1] == '"') {
                field += '"';
                at += 2;
                continue;
            }
            ++at;
            if (c == '"') {
                if (at_field_end()) return true;
                result.error_line = line;
                result.error = "text after a closing quote (a stray \" inside a field?)";
                return false;
            }
            if (c == '\n') ++line;
            field += c;
        }
        result.error_line = opened_on;
        result.error = "a quoted field opened here never closes";
        return false;
    }

    void read_plain(std::string& field) {
        while (!at_field_end())
            field += text[at++];
    }

    // One record's fields; false on a malformed quoted field.
    bool read_record(CsvRecord& record, CsvResult& result) {
        while (true) {
            std::string field;
            if (more() && text[at] == '"') {
                if (!read_quoted(field, result)) return false;
            } else {
                read_plain(field);
            }
            record.fields.push_back(std::move(field));
            if (more() && text[at] == ',') {
                ++at;
                continue;
            }
            // End of record: CRLF, LF, a lone CR, or the end of the text.
            if (more() && text[at] == '\r') ++at;
            if (more() && text[at] == '\n') ++at;
            ++line;
            return true;
        }
    }
};

} // namespace

CsvResult parse_csv(std::string_view input) {
    CsvResult result;
    CsvCursor cursor{strip_bom(input)};
    while (cursor.more()) {
        CsvRecord record;
        record.line = cursor.line;
        if (!cursor.read_record(record, result)) return result;
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
