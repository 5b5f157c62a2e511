#include "ui/screens/file_evidence.hpp"

#include "ui/context.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

void file_evidence(ScreenContext& screen, const std::string& key, FileEvidence evidence) {
    ImGui::PushID(key.c_str());
    if (ctx().filing != key) {
        if (button("File under a career", ButtonKind::Quiet)) ctx().filing = key;
        ImGui::PopID();
        return;
    }
    if (screen.model.careers.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted, "Add a career option in Careers first.");
        ImGui::PopID();
        return;
    }
    const std::string_view kinds[] = {"Pro", "Con", "Open question"};
    const int kind = chip_row(kinds, 3, ctx().filing_kind);
    if (kind >= 0) ctx().filing_kind = kind;
    for (const ReadModel::CareerRow& row : screen.model.careers) {
        ImGui::PushID(row.option.id.c_str());
        if (button("File under " + row.option.title)) {
            evidence.career_id = row.option.id;
            evidence.kind = static_cast<core::EvidenceKind>(ctx().filing_kind);
            screen.actions.add(evidence);
            ctx().filing.clear();
        }
        ImGui::PopID();
    }
    if (button("Cancel", ButtonKind::Quiet)) ctx().filing.clear();
    ImGui::PopID();
}

} // namespace rapport::ui
