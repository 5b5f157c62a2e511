#include "ui/context.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <imgui_internal.h>

namespace rapport::ui {

void begin_root_window(const char* id) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colors().background);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleColor();
}

void begin_body(const char* id) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float pad = em(metrics::kScreenPadding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(metrics::kGap), em(metrics::kCardGap)));
    begin_scroll_area(id, ImVec2(avail.x, avail.y));
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
