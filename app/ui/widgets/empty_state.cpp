#include "ui/widgets/empty_state.hpp"

#include "ui/context.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

void empty_state(std::string_view id, const char* glyph, std::string_view title,
                 std::string_view body) {
    begin_panel(id);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float circle = em(3.0f);
    draw_avatar(ImGui::GetWindowDrawList(), ImVec2(pos.x + circle * 0.5f, pos.y + circle * 0.5f),
                circle, "", glyph);
    ImGui::Dummy(ImVec2(circle, circle + em(0.25f)));
    paragraph(ctx().fonts.body, colors().text, title);
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    paragraph(ctx().fonts.secondary, colors().muted, body);
    end_panel();
}

} // namespace rapport::ui
