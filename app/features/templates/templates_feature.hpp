#pragma once
// Message templates: each kind's template as you want it, placeholders
// inserted by a tap where the caret was, and back to the built-in one
// (templates_screen.cpp). Compose fills in your version when there is one.
#include "core/message_templates.hpp"
#include "features/templates/templates_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

namespace rapport::ui {

struct TemplateEditor {
    core::MessageKind kind = core::MessageKind::Outreach;
    core::MessageDraft draft;
    bool own = false; // your version (else the built-in one, as it is)
    Autosave autosave;
    int caret = -1;         // where the caret was in the body: a placeholder goes there
    int pending_caret = -1; // where it goes once the body has the keyboard again
    bool refocus = false;   // give the body the keyboard back (after a placeholder tap)
};

class TemplatesFeature final : public Feature {
  public:
    explicit TemplatesFeature(Shell& shell);
    bool draws(Screen screen) const override { return screen == Screen::Templates; }
    void open(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void save(bool force) override;

    const TemplateEditor& editor() const { return editor_; }

  private:
    void edit(core::MessageKind kind);
    void insert(const std::string& key);
    void reset();

    Shell& shell_;
    TemplateEditor editor_;
};

} // namespace rapport::ui
