// The elevator speech: the profile it is made from, a version per audience
// (career fair, alumni, faculty, other) edited freely, how long it takes to
// say, and a rehearsal timer.
#include "core/elevator_speech.hpp"
#include "core/outreach_check.hpp"
#include "features/speech/speech_feature.hpp"
#include "ui/context.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"

#include <vector>

namespace rapport::ui {

void SpeechFeature::draw(const Route&, ScreenContext& screen) {
    SpeechEditor& editor = editor_;
    if (app_bar("Elevator speech", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("speech");
    bool changed = false;

    section_header("About you");
    begin_panel("profile");
    core::Profile& p = editor.profile;
    profile_fields();
    changed |= text_field("Strengths", p.strengths);
    changed |= text_field("A weakness you are working on", p.weaknesses);
    changed |= text_field("Skills", p.skills);
    changed |= text_field("What you are exploring", p.exploring);
    end_panel();

    section_header("Your speech");
    std::vector<std::string_view> audiences;
    for (const auto& a : core::audience_names())
        audiences.push_back(a.label);
    const int tapped = chip_row(audiences.data(), static_cast<int>(audiences.size()),
                                static_cast<int>(editor.audience));
    if (tapped >= 0) editor.audience = static_cast<core::Audience>(tapped);
    core::ElevatorSpeech& version = editor.versions[static_cast<size_t>(editor.audience)];
    ImGui::PushID(static_cast<int>(editor.audience));
    changed |=
        text_area("##speech", version.text, ImVec2(ImGui::GetContentRegionAvail().x, em(9.0f)),
                  "Tap \"Build from my answers\", then make it yours", false)
            .changed;
    ImGui::PopID();
    if (changed) {
        editor.autosave.edited(ImGui::GetTime());
    }
    const int seconds = core::spoken_seconds(version.text);
    const bool in_range = seconds >= core::kSpeechMinSeconds && seconds <= core::kSpeechMaxSeconds;
    paragraph(ctx().fonts.secondary, in_range ? colors().ok : colors().warn,
              std::to_string(core::word_count(version.text)) + " words · about " +
                  std::to_string(seconds) + " s to say (aim for 30–60 s)");
    if (button("Build from my answers")) screen.actions.add(AssembleSpeech{});

    section_header("Rehearse");
    begin_panel("rehearse");
    if (editor.rehearsal_started) {
        const int elapsed =
            static_cast<int>((screen.model.now_precise - *editor.rehearsal_started) / 1000);
        paragraph(ctx().fonts.title,
                  elapsed > core::kSpeechMaxSeconds ? colors().late : colors().text,
                  std::to_string(elapsed) + " s");
        if (button("Stop", ButtonKind::Filled)) screen.actions.add(Rehearse{false});
    } else {
        if (editor.last_rehearsal_seconds >= 0)
            paragraph(ctx().fonts.body, colors().text,
                      "Last time: " + std::to_string(editor.last_rehearsal_seconds) + " s");
        if (button("Start rehearsal", ButtonKind::Filled)) screen.actions.add(Rehearse{true});
    }
    end_panel();
    end_body();
}

} // namespace rapport::ui
