#include "ui/context.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <imgui_internal.h>

namespace rapport::ui {
namespace {
constexpr float kMaxReadableWidth = 44.0f; // em: about 750 px of cards at scale 1
}

void begin_body(const char* id) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float pad = em(metrics::kScreenPadding);
    const float width = ImMin(avail.x, em(kMaxReadableWidth) + 2 * pad);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(metrics::kGap), em(metrics::kCardGap)));
    begin_scroll_area(id, ImVec2(width, avail.y));
    ImGui::PopStyleVar(2);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(metrics::kGap), em(metrics::kCardGap)));
}

void end_body() {
    // Room to scroll the last card clear of the screen edge.
    ImGui::Dummy(ImVec2(0, em(metrics::kScreenPadding)));
    ImGui::PopStyleVar();
    end_scroll_area();
}

} // namespace rapport::ui
