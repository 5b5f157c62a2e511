#include "ui/widgets/field_in_view.hpp"

#include "ui/context.hpp"
#include "ui/text_bridge.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace rapport::ui {

void keep_field_in_view(ImGuiID field, ImVec2 min, ImVec2 max, bool edited) {
    ImGui::KeepAliveID(field);
    if (!edited && !ctx().display_resized) return; // a person scrolling away is let be
    // The nearest window that scrolls: the screen's body, usually.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    while (window && window->ScrollMax.y <= 0.0f && (window->Flags & ImGuiWindowFlags_ChildWindow))
        window = window->ParentWindow;
    if (!window || window->ScrollMax.y <= 0.0f) return;
    const float view_top = window->InnerRect.Min.y;
    const float view_bottom = window->InnerRect.Max.y;
    float shift = 0.0f;
    if (max.y - min.y >= view_bottom - view_top || min.y < view_top)
        shift = min.y - view_top; // its top at the top of the view
    else if (max.y > view_bottom)
        shift = max.y - view_bottom; // just enough to show its bottom
    if (shift == 0.0f) return;
    ImGui::SetScrollY(window, ImClamp(window->Scroll.y + shift, 0.0f, window->ScrollMax.y));
    ctx().settling = true; // drawn there next frame, without waiting
}

bool bridged_input(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags,
                   ImGuiID widget_id, bool active) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGuiID bridged = widget_id;
    const bool changed = ImGui::InputTextWithHint(
        id, hint, &text, flags | ImGuiInputTextFlags_CallbackAlways,
        [](ImGuiInputTextCallbackData* data) {
            bridge_field(*static_cast<ImGuiID*>(data->UserData), data);
            return 0;
        },
        &bridged);
    ctx().field_entered = active && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (ImGui::GetActiveID() == widget_id)
        keep_field_in_view(widget_id, pos, ImGui::GetItemRectMax(), changed);
    return changed;
}

} // namespace rapport::ui
