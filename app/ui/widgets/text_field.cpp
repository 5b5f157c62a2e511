#include "ui/widgets/text_field.hpp"

#include "ui/context.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/field_in_view.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace rapport::ui {

bool text_field(std::string_view label, std::string& text, std::string_view hint, bool take_focus,
                FieldKind kind) {
    paragraph(ctx().fonts.secondary, colors().muted, label);
    const std::string id = "##" + std::string(label);
    const ImGuiID widget_id = ImGui::GetID(id.c_str());
    if (ImGui::GetActiveID() == widget_id &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        ImGui::ClearActiveID(); // 1.86 would revert the text on Escape
    const bool active = ImGui::GetActiveID() == widget_id;
    const Palette& p = colors();
    ImFont* font = ctx().fonts.body;
    const float height = em(metrics::kHitTarget);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, active ? p.accent : p.line);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, p.muted);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, active ? ImMax(2.0f, em(0.12f)) : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.6f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(em(0.8f), (height - font->FontSize) * 0.5f));
    if (take_focus) request_keyboard(widget_id);
    ImGui::SetNextItemWidth(content_right() - ImGui::GetCursorScreenPos().x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string hint_text(hint);
    ctx().script_text.note(text); // what was typed or pasted last frame
    // The callback keeps the platform's text input in step (ui/text_bridge.hpp).
    const bool changed = bridged_input(id.c_str(), hint_text.c_str(), text,
                                       kind == FieldKind::Password ? ImGuiInputTextFlags_Password
                                                                   : ImGuiInputTextFlags_None,
                                       widget_id, active);
    Access access;
    access.role = kind == FieldKind::Password ? AccessRole::Password : AccessRole::TextField;
    access.value = text;
    ctx().hits.record(label, pos, ImGui::GetItemRectMax(), access);
    if (active && ImGui::IsItemActive()) keyboard_landed(widget_id); // and before this frame
    mark_keyboard_target();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(3);
    return changed;
}

bool text_field_entered() {
    return ctx().field_entered;
}

} // namespace rapport::ui
