#pragma once
// How lists and enums are written into columns: lists as newline-separated
// text (values never contain newlines once trimmed), enums as stable codes.
#include "core/enum_names.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

std::string join_lines(const std::vector<std::string>& values);
std::vector<std::string> split_lines(std::string_view text);

template <class E> E decode(std::span<const core::EnumName<E>> names, std::string_view code) {
    return core::from_code(names, code).value_or(names.front().value);
}

// Local calendar date "2026-11-27" of an instant shifted by `offset_minutes`.
std::string iso_date(long long millis, int offset_minutes);

} // namespace rapport::store
