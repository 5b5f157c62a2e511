#include "ui/screens/profile_fields.hpp"

#include "ui/widgets/text_field.hpp"

#include <imgui.h>

namespace rapport::ui {

void profile_fields(SpeechEditor& editor) {
    core::Profile& p = editor.profile;
    bool changed = text_field("Your name", p.name);
    changed |= text_field("What you study or have done", p.major, "a junior studying …");
    changed |= text_field("Future goals", p.goals, "work in …");
    if (changed) {
        editor.dirty = true;
        editor.last_edit_at = ImGui::GetTime();
    }
}

} // namespace rapport::ui
