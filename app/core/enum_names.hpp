#pragma once
// Stable text codes for enums, used in the database and in exports so that
// reordering an enum never changes stored data.
#include <optional>
#include <span>
#include <string_view>

namespace rapport::core {

template <class E> struct EnumName {
    E value;
    std::string_view code;  // stored: "reached_out"
    std::string_view label; // shown: "reached out"
};

template <class E> std::string_view code_of(std::span<const EnumName<E>> names, E value) {
    for (const auto& n : names)
        if (n.value == value) return n.code;
    return names.front().code;
}

template <class E> std::string_view label_of(std::span<const EnumName<E>> names, E value) {
    for (const auto& n : names)
        if (n.value == value) return n.label;
    return names.front().label;
}

template <class E>
std::optional<E> from_code(std::span<const EnumName<E>> names, std::string_view code) {
    for (const auto& n : names)
        if (n.code == code) return n.value;
    return std::nullopt;
}

} // namespace rapport::core
