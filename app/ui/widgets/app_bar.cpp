#include "ui/widgets/app_bar.hpp"

#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/text.hpp"

#include <vector>

namespace rapport::ui {

BarResult app_bar(std::string_view title, Leading leading,
                  std::initializer_list<BarAction> actions) {
    BarResult result;
    const float height = em(metrics::kAppBarHeight);
    const float pad = em(metrics::kScreenPadding);
    const float icon_size = em(metrics::kIconButton);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float centre_y = origin.y + height * 0.5f;
    // The screen's name comes first when read out, before Back and Done.
    ctx().access.add_text(AccessRole::Heading, title, origin,
                          ImVec2(origin.x + width, origin.y + height), 1);

    float title_x = origin.x + pad;
    if (leading != Leading::None) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + em(0.25f), centre_y - icon_size * 0.5f));
        const bool back = leading == Leading::Back;
        result.leading =
            icon_button(back ? "Back" : "Close", back ? icon::kArrowBack : icon::kClose);
        title_x = origin.x + em(0.25f) + icon_size + em(0.25f);
    }

    // Actions right-aligned; measure first so the title can be clipped. A
    // title that would not fit even in body text beside "Done" or "Save" (a
    // 320 px phone at 160 %) keeps its room: the action becomes a round
    // check button, named as before.
    const auto measure_actions = [&](bool compact) {
        std::vector<float> widths;
        for (const BarAction& action : actions)
            widths.push_back(action.glyph || compact
                                 ? icon_size
                                 : text_width(ctx().fonts.body, action.label) + em(2));
        return widths;
    };
    const auto total = [](const std::vector<float>& widths) {
        float sum = 0.0f;
        for (const float w : widths)
            sum += w + em(0.25f);
        return sum;
    };
    std::vector<float> widths = measure_actions(false);
    float actions_w = total(widths);
    const bool compact =
        text_width(ctx().fonts.body, title) > origin.x + width - actions_w - em(0.75f) - title_x;
    if (compact) {
        widths = measure_actions(true);
        actions_w = total(widths);
    }
    float x = origin.x + width - em(0.5f) - actions_w;
    int index = 0;
    for (const BarAction& action : actions) {
        const float w = widths[static_cast<size_t>(index)];
        x += em(0.25f);
        if (action.glyph) {
            ImGui::SetCursorScreenPos(ImVec2(x, centre_y - icon_size * 0.5f));
            if (icon_button(action.label, action.glyph)) result.action = index;
        } else if (compact) {
            ImGui::SetCursorScreenPos(ImVec2(x, centre_y - icon_size * 0.5f));
            if (icon_button(action.label, icon::kCheck, true)) result.action = index;
        } else {
            ImGui::SetCursorScreenPos(ImVec2(x, centre_y - em(metrics::kButtonHeight) * 0.5f));
            if (button(action.label, ButtonKind::Filled, w)) result.action = index;
        }
        x += w;
        ++index;
    }

    // A title too long for the bar at this text size steps down to body text
    // before it is cut ("Capture" on a 320 px phone at 160 %, beside Done).
    const float room = origin.x + width - actions_w - em(0.75f) - title_x;
    ImFont* font = ctx().fonts.title;
    if (text_width(font, title) > room) font = ctx().fonts.body;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_line(draw, font, ImVec2(title_x, centre_y - font->FontSize * 0.55f), colors().text, title,
              room);
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    return result;
}

} // namespace rapport::ui
