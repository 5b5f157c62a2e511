#include "ui/widgets/progress_bar.hpp"

#include "ui/context.hpp"
#include "ui/widgets/card.hpp"

#include <algorithm>
#include <imgui.h>

namespace rapport::ui {

void progress_bar(float fraction) {
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = content_right() - pos.x;
    const float height = em(0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), colors().surface2, height);
    draw->AddRectFilled(pos, ImVec2(pos.x + width * fraction, pos.y + height), colors().accent,
                        height);
    ImGui::Dummy(ImVec2(width, height + em(0.5f)));
    ctx().animating = true; // keep drawing while work goes on
}

} // namespace rapport::ui
