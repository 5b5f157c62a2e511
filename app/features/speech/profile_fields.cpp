#include "features/speech/speech_feature.hpp"
#include "ui/widgets/text_field.hpp"

#include <imgui.h>

namespace rapport::ui {

void SpeechFeature::profile_fields() {
    core::Profile& p = editor_.profile;
    bool changed = text_field("Your name", p.name);
    changed |= text_field("What you study or have done", p.major, "a junior studying …");
    changed |= text_field("Future goals", p.goals, "work in …");
    if (changed) editor_.autosave.edited(ImGui::GetTime());
}

} // namespace rapport::ui
