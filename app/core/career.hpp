#pragma once
// Career options that come out of conversations, with evidence for and
// against each, linked to what was actually said.
#include "core/clock.hpp"
#include "core/enum_names.hpp"

#include <optional>
#include <span>
#include <string>

namespace rapport::core {

struct CareerOption {
    std::string id;
    std::string title;
    std::string field;
    int interest = 3; // 1..5
    std::string notes;
    Millis created_at = 0;
    Millis updated_at = 0;
    bool operator==(const CareerOption&) const = default;
};

enum class EvidenceKind { Pro, Con, OpenQuestion };
std::span<const EnumName<EvidenceKind>> evidence_kind_names();

struct Evidence {
    std::string id;
    std::string career_id;
    EvidenceKind kind = EvidenceKind::Pro;
    std::string text;
    // What it points at: an answer (conversation + question position) or a
    // note; typed freely, neither, and the person it came from if any.
    std::optional<std::string> conversation_id;
    std::optional<int> question_position;
    std::optional<std::string> note_id;
    std::optional<std::string> person_id;
    Millis created_at = 0;
    bool operator==(const Evidence&) const = default;
};

std::string validate_career(const CareerOption& career);

} // namespace rapport::core
