#include "ui/widgets/snackbar.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>

namespace rapport::ui {

bool snackbar_ui(ImVec2 min, ImVec2 max, std::string_view message, bool with_undo) {
    ctx().access.announce(message); // read out once, as it appears
    const std::string_view text = shown(message);
    const Palette& p = colors();
    ImFont* font = ctx().fonts.body;
    const float pad = em(metrics::kScreenPadding);
    const float width = ImMin(max.x - min.x - 2 * pad, em(34.0f));
    const float undo_w = with_undo ? text_width(font, "Undo") + em(2.0f) : 0.0f;
    // The whole message, wrapped: a phone's width must not cut off what
    // was saved or what is due.
    const float text_w = width - undo_w - em(1.5f);
    const ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, text_w, text.data(),
                                                 text.data() + text.size());
    const float height = ImMax(em(metrics::kHitTarget) + em(0.5f), text_size.y + em(1.5f));
    const ImVec2 a(min.x + (max.x - min.x - width) * 0.5f, max.y - pad - height);
    const ImVec2 b(a.x + width, a.y + height);
    // On screen, so in the screen reader's tree too while it shows.
    ctx().access.add_text(AccessRole::Text, message, a, b);
    // Its own window, above the screens, so the Undo target is not covered.
    ImGui::SetNextWindowPos(a);
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("##snackbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Inverse colours, as snackbars are: text on the text colour.
    draw->AddRectFilled(a, b, p.text, em(0.5f));
    draw->AddText(font, font->FontSize, ImVec2(a.x + em(1.0f), a.y + (height - text_size.y) * 0.5f),
                  p.background, text.data(), text.data() + text.size(), text_w);
    if (!with_undo) {
        ImGui::End();
        return false;
    }
    // A real button, so it is reachable by keyboard and by tests.
    ImGui::SetCursorScreenPos(ImVec2(b.x - undo_w, a.y));
    const bool tapped = ImGui::InvisibleButton("snackbar-undo", ImVec2(undo_w, height));
    ctx().hits.record("Undo", ImVec2(b.x - undo_w, a.y), b);
    if (ring_on_last_item())
        draw->AddRect(ImVec2(b.x - undo_w + em(0.2f), a.y + em(0.2f)),
                      ImVec2(b.x - em(0.2f), b.y - em(0.2f)), p.accent, em(0.4f), 0,
                      ImMax(2.0f, em(0.12f)));
    draw->AddText(font, font->FontSize,
                  ImVec2(b.x - undo_w + em(1.0f), a.y + (height - font->FontSize) * 0.5f),
                  mix(p.accent, p.background, 0.45f), "Undo");
    ImGui::End();
    return tapped;
}

} // namespace rapport::ui
