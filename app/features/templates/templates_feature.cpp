// Message templates: loading a kind's, saving your version as you type,
// inserting placeholders and going back to the built-in one.
#include "features/templates/templates_feature.hpp"

#include "store/store.hpp"
#include "ui/action_bus.hpp"

#include <algorithm>
#include <imgui.h>

namespace rapport::ui {

TemplatesFeature::TemplatesFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<EditTemplate>([this](EditTemplate& a) { edit(a.kind); });
    bus.handle<InsertPlaceholder>([this](InsertPlaceholder& a) { insert(a.key); });
    bus.handle<ResetTemplate>([this](ResetTemplate&) { reset(); });
}

void TemplatesFeature::open(const Route&) {
    edit(core::MessageKind::Outreach);
}

void TemplatesFeature::edit(core::MessageKind kind) {
    save(true); // the kind being left keeps what was typed
    editor_ = TemplateEditor{};
    editor_.kind = kind;
    const auto own = shell_.store().prepare().message_template(kind);
    editor_.own = own.has_value();
    editor_.draft = own ? *own : core::template_for(kind);
}

void TemplatesFeature::insert(const std::string& key) {
    std::string& body = editor_.draft.body;
    const size_t at =
        editor_.caret < 0 ? body.size() : std::min(body.size(), static_cast<size_t>(editor_.caret));
    const std::string text = "{" + key + "}";
    body.insert(at, text);
    editor_.caret = static_cast<int>(at + text.size());
    editor_.pending_caret = editor_.caret;
    editor_.refocus = true;
    editor_.autosave.edited(ImGui::GetTime());
}

void TemplatesFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    if (editor_.draft.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return editor_.autosave.saved(); // blank: the screen says so; the last version stays
    if (store::Error e =
            shell_.store().prepare().save_message_template(editor_.kind, editor_.draft))
        return shell_.show_error(e);
    editor_.own = true;
    editor_.autosave.saved();
}

void TemplatesFeature::reset() {
    const core::MessageKind kind = editor_.kind;
    const core::MessageDraft mine = editor_.draft;
    if (store::Error e = shell_.store().prepare().reset_message_template(kind))
        return shell_.show_error(e);
    editor_ = TemplateEditor{};
    edit(kind);
    shell_.notify("Back to the built-in template", [this, kind, mine] {
        if (store::Error e = shell_.store().prepare().save_message_template(kind, mine))
            return shell_.show_error(e);
        edit(kind);
    });
}

} // namespace rapport::ui
