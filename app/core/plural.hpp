#pragma once
// Every count the interface says ("1 word", "3 notes in your inbox") takes
// its noun's form here: one place for the rule, where ngettext goes when the
// interface is translated (each language has its own plural forms).
#include <string>
#include <string_view>

namespace rapport::core {

// The form `n` takes: `one` for 1, else `many`.
constexpr std::string_view plural_form(long long n, std::string_view one, std::string_view many) {
    return n == 1 ? one : many;
}

// "1 word", "3 words".
inline std::string counted(long long n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(plural_form(n, one, many));
}

} // namespace rapport::core
