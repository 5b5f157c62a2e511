#include "ui/context.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/scroll_area.hpp"

#include <imgui_internal.h>

namespace rapport::ui {

void begin_root_window(const char* id) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    // No backdrop of its own: the platform clears the frame to the theme's
    // background (ImGuiCol_WindowBg), one full-screen fill fewer per frame,
    // which a phone's GPU pays for at its 3x pixel ratio.
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
}

void begin_body(const char* id) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float pad = em(metrics::kScreenPadding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(metrics::kGap), em(metrics::kCardGap)));
    // A page opens at its top, or where it was when it is gone back to. The
    // window keeps last frame's content height for one frame, which may
    // clamp a place gone back to: that is set again on the next frame too.
    Context::BodyShows& shows = ctx().bodies[ImGui::GetID(id)];
    const bool new_page = shows.page != ctx().page.serial;
    if (new_page) shows = {ctx().page.serial, ctx().page.scroll, ctx().page.scroll > 0.0f ? 1 : 0};
    if (new_page || shows.settle_frames-- > 0) {
        ImGui::SetNextWindowScroll(ImVec2(0.0f, shows.place));
        ctx().settling = true;
    }
    begin_scroll_area(id, ImVec2(avail.x, avail.y));
    if (new_page) ctx().scrolls.erase(ImGui::GetCurrentWindow()->ID); // no fling carried over
    ImGui::PopStyleVar(2);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(metrics::kGap), em(metrics::kCardGap)));
}

void end_body() {
    // Room to scroll the last card clear of the screen edge.
    ImGui::Dummy(ImVec2(0, em(metrics::kScreenPadding)));
    ImGui::PopStyleVar();
    ctx().page.scroll = ImGui::GetScrollY();
    end_scroll_area();
}

} // namespace rapport::ui
