#include "core/career.hpp"

#include <array>

namespace rapport::core {
namespace {

constexpr std::array<EnumName<EvidenceKind>, 3> kEvidence = {{
    {EvidenceKind::Pro, "pro", "pro"},
    {EvidenceKind::Con, "con", "con"},
    {EvidenceKind::OpenQuestion, "open", "open question"},
}};

} // namespace

std::span<const EnumName<EvidenceKind>> evidence_kind_names() {
    return kEvidence;
}

std::string validate_career(const CareerOption& c) {
    if (c.title.find_first_not_of(" \t") == std::string::npos)
        return "A career option needs a title";
    if (c.interest < 1 || c.interest > 5) return "Interest is rated from 1 to 5";
    return {};
}

} // namespace rapport::core
