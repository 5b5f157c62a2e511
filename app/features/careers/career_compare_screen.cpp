// Two career options side by side: interest, then the pros, cons and open
// questions of each in two columns, so the difference reads at a glance.
#include "core/career.hpp"
#include "features/careers/careers_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

#include <cctype>
#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

// One column: its title and interest, then each kind of evidence.
void column(const core::CareerOption& option,
            const std::vector<CareersFeature::EvidenceRow>& evidence) {
    paragraph(ctx().fonts.title, colors().text, option.title);
    paragraph(ctx().fonts.secondary, colors().muted,
              "Interest " + std::to_string(option.interest) + "/5" +
                  (option.field.empty() ? "" : " · " + option.field));
    for (const auto& kind : core::evidence_kind_names()) {
        int count = 0;
        for (const CareersFeature::EvidenceRow& e : evidence)
            count += e.evidence.kind == kind.value;
        ImGui::Dummy(ImVec2(0, em(0.5f)));
        std::string heading = std::string(kind.label) + "s · " + std::to_string(count);
        heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
        paragraph(ctx().fonts.header, colors().text, heading);
        for (const CareersFeature::EvidenceRow& e : evidence) {
            if (e.evidence.kind != kind.value) continue;
            paragraph(ctx().fonts.body, colors().text, e.evidence.text);
            if (!e.who.empty()) paragraph(ctx().fonts.secondary, colors().muted, "— " + e.who);
        }
        if (count == 0) paragraph(ctx().fonts.secondary, colors().muted, "None yet");
    }
}

} // namespace

void CareersFeature::draw_compare(const Route& route, ScreenContext& screen) {
    if (app_bar("Side by side", Leading::Back).leading) screen.actions.add(GoBack{});
    const auto [left_id, right_id] = compared_ids(route);
    const CareerRow* left = nullptr;
    const CareerRow* right = nullptr;
    for (const CareerRow& row : careers_) {
        if (row.option.id == left_id) left = &row;
        if (row.option.id == right_id) right = &row;
    }
    begin_body("careers-compare");
    if (!left || !right) {
        empty_state("gone", icon::kWork, "One of these options is not here any more",
                    "It may have been deleted.");
        end_body();
        return;
    }
    // Two columns with a gap, each wrapping its own text.
    const float gap = em(1.0f);
    const float width = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::BeginGroup();
    begin_panel("left", width);
    column(left->option, left_evidence_);
    end_panel();
    ImGui::EndGroup();
    const float left_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start.x + width + gap, start.y));
    ImGui::BeginGroup();
    begin_panel("right", width);
    column(right->option, right_evidence_);
    end_panel();
    ImGui::EndGroup();
    ImGui::SetCursorPosY(ImMax(left_bottom, ImGui::GetCursorPosY()));
    end_body();
}

} // namespace rapport::ui
