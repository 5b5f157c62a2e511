#include "features/speech/speech_feature.hpp"

#include "store/store.hpp"

#include <imgui.h>

namespace rapport::ui {

SpeechFeature::SpeechFeature(Shell& shell) : shell_(shell) {
    if (shell_.model().welcome) reload(); // Today asks for the profile
    ActionBus& bus = shell_.actions();
    bus.serve<ProfileFields>([this](ProfileFields&) { profile_fields(); });
    bus.serve<ReloadProfile>([this](ReloadProfile&) { reload(); });
    bus.serve<SaveProfile>([this](SaveProfile&) { save(true); });
    bus.handle<OpenSpeech>([this](OpenSpeech&) {
        reload();
        shell_.open({Screen::Speech, {}});
    });
    bus.handle<FinishWelcome>([this](FinishWelcome&) {
        // Saving (even an empty profile) answers the first-run question.
        if (store::Error e = shell_.store().prepare().save_profile(editor_.profile))
            return shell_.show_error(e);
        editor_.autosave.saved();
        shell_.model().welcome = false;
        if (!editor_.profile.name.empty())
            shell_.notify("Thanks, " +
                          editor_.profile.name.substr(0, editor_.profile.name.find(' ')));
    });
    bus.handle<AssembleSpeech>([this](AssembleSpeech&) {
        core::ElevatorSpeech& version = editor_.versions[static_cast<size_t>(editor_.audience)];
        version.text = core::assemble_speech(editor_.profile);
        editor_.autosave.edited(ImGui::GetTime());
        save(true);
    });
    bus.handle<Rehearse>([this](Rehearse& a) {
        const core::Millis now = shell_.store().clock().now();
        if (a.start) {
            editor_.rehearsal_started = now;
        } else if (editor_.rehearsal_started) {
            editor_.last_rehearsal_seconds =
                static_cast<int>((now - *editor_.rehearsal_started) / 1000);
            editor_.rehearsal_started.reset();
        }
    });
}

bool SpeechFeature::launch(const Route&) {
    reload();
    shell_.open({Screen::Speech, {}});
    return true;
}

void SpeechFeature::reload() {
    save(true); // what was typed elsewhere first
    store::Store& store = shell_.store();
    editor_ = SpeechEditor{};
    editor_.profile = store.prepare().profile();
    for (size_t i = 0; i < editor_.versions.size(); ++i)
        editor_.versions[i].audience = static_cast<core::Audience>(i);
    for (const core::ElevatorSpeech& s : store.prepare().speeches())
        editor_.versions[static_cast<size_t>(s.audience)] = s;
}

void SpeechFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    store::Store& store = shell_.store();
    if (store::Error e = store.prepare().save_profile(editor_.profile)) return shell_.show_error(e);
    for (core::ElevatorSpeech& version : editor_.versions)
        if (!version.text.empty() || !version.id.empty())
            if (store::Error e = store.prepare().save_speech(version)) return shell_.show_error(e);
    editor_.autosave.saved();
}

void SpeechFeature::report(const Route& route, FrameReport& report) const {
    if (route.screen != Screen::Speech || !editor_.rehearsal_started) return;
    // The timer shows whole seconds: wake at the next one.
    const core::Millis now = shell_.store().clock().now();
    report.wake_within((1000 - (now - *editor_.rehearsal_started) % 1000) / 1000.0);
}

} // namespace rapport::ui
