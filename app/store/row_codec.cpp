#include "store/row_codec.hpp"

#include <cstdio>
#include <ctime>

namespace rapport::store {

std::string join_lines(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& raw : values) {
        std::string value;
        for (char c : raw)
            value += (c == '\n' || c == '\r') ? ' ' : c;
        const size_t a = value.find_first_not_of(" \t");
        if (a == std::string::npos) continue;
        value = value.substr(a, value.find_last_not_of(" \t") - a + 1);
        if (!out.empty()) out += '\n';
        out += value;
    }
    return out;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> values;
    while (!text.empty()) {
        const size_t newline = text.find('\n');
        std::string_view value = text.substr(0, newline);
        if (!value.empty()) values.emplace_back(value);
        if (newline == std::string_view::npos) break;
        text.remove_prefix(newline + 1);
    }
    return values;
}

std::string iso_date(long long millis, int offset_minutes) {
    const std::time_t seconds =
        static_cast<std::time_t>(millis / 1000 + static_cast<long long>(offset_minutes) * 60);
    std::tm day{};
    gmtime_r(&seconds, &day);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.tm_year + 1900, day.tm_mon + 1,
                  day.tm_mday);
    return text;
}

} // namespace rapport::store
