#include "features/careers/careers_feature.hpp"

#include "ui/screens/screen.hpp"

#include "ui/context.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

void CareersFeature::file_evidence(ScreenContext& screen, const std::string& key,
                                   FileEvidence evidence) {
    ImGui::PushID(key.c_str());
    if (filing_ != key) {
        if (button("File under a career", ButtonKind::Quiet)) filing_ = key;
        ImGui::PopID();
        return;
    }
    if (careers_.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted, "Add a career option in Careers first.");
        ImGui::PopID();
        return;
    }
    const std::string_view kinds[] = {"Pro", "Con", "Open question"};
    const int kind = chip_row(kinds, 3, filing_kind_);
    if (kind >= 0) filing_kind_ = kind;
    for (const CareerRow& row : careers_) {
        ImGui::PushID(row.option.id.c_str());
        if (button("File under " + row.option.title)) {
            evidence.career_id = row.option.id;
            evidence.kind = static_cast<core::EvidenceKind>(filing_kind_);
            screen.actions.add(evidence);
            filing_.clear();
        }
        ImGui::PopID();
    }
    if (button("Cancel", ButtonKind::Quiet)) filing_.clear();
    ImGui::PopID();
}

} // namespace rapport::ui
