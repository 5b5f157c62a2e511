#pragma once
// Writing a message (outreach, nudge, thank-you, telling a referrer, keeping
// in touch) from a template filled with what Rapport knows; kept as a draft
// while it is written, marked sent when it went out (compose_screen.cpp).
#include "core/message_templates.hpp"
#include "core/records.hpp"
#include "features/compose/compose_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

#include <string>

namespace rapport::ui {

// The draft as typed, kept as a message draft in the store while it is written.
struct ComposeEditor {
    core::Message message; // id set once the draft was first saved
    std::string person_name;
    std::string email;
    std::string linkedin;        // their profile, where a LinkedIn note is sent
    core::TemplateValues values; // for refilling when the kind changes
    std::string template_body;   // what the template gave, to know if it was edited
    Autosave autosave;
};

class ComposeFeature final : public Feature {
  public:
    explicit ComposeFeature(Shell& shell);
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Compose; }
    bool launch(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void save(bool force) override;
    const ComposeEditor& editor() const { return editor_; }

  private:
    void begin(const Compose& a);
    void set_kind(core::MessageKind kind);
    void mark_sent();

    Shell& shell_;
    ComposeEditor editor_;
};

} // namespace rapport::ui
