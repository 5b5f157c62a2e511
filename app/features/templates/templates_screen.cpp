// Message templates: a kind at a time, its subject and body edited freely,
// the placeholders a tap inserts, and Reset.
#include "core/enum_names.hpp"
#include "features/templates/templates_feature.hpp"
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

#include <imgui.h>
#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

void TemplatesFeature::draw(const Route&, ScreenContext& screen) {
    TemplateEditor& e = editor_;
    if (app_bar("Message templates", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("templates");
    std::vector<std::string_view> kinds;
    for (const auto& k : core::message_kind_names())
        kinds.push_back(k.label);
    const int tapped =
        chip_strip("kinds", kinds.data(), static_cast<int>(kinds.size()), static_cast<int>(e.kind));
    if (tapped >= 0 && tapped != static_cast<int>(e.kind))
        screen.actions.add(EditTemplate{static_cast<core::MessageKind>(tapped)});
    paragraph(ctx().fonts.secondary, colors().muted,
              e.own ? "Your version: Write fills it in for each person."
                    : "The built-in template. Change anything: Write will use your version.");

    bool changed = false;
    const bool linkedin = e.kind == core::MessageKind::LinkedInNote;
    if (!linkedin) changed |= text_field("Subject", e.draft.subject);
    paragraph(ctx().fonts.secondary, colors().muted, "Message");
    const TextAreaResult body = text_area(
        "##template-body", e.draft.body, ImVec2(ImGui::GetContentRegionAvail().x, em(12.0f)),
        "Write the template", std::exchange(e.refocus, false), &e.pending_caret);
    changed |= body.changed;
    if (body.active) e.caret = body.cursor;
    if (changed) e.autosave.edited(ImGui::GetTime());
    if (e.draft.body.find_first_not_of(" \t\r\n") == std::string::npos)
        paragraph(ctx().fonts.secondary, colors().late,
                  "A template needs some text; Reset brings back the built-in one.");

    section_header("Placeholders");
    paragraph(ctx().fonts.secondary, colors().muted,
              "Tap one to put it where the caret is. Write fills each in from the person, "
              "your profile and your last conversation; what it cannot fill shows as a "
              "[bracketed] gap.");
    const auto& all = core::placeholders();
    std::vector<std::string> labels;
    for (const core::Placeholder& p : all)
        labels.push_back("{" + std::string(p.key) + "}");
    std::vector<std::string_view> views(labels.begin(), labels.end());
    const int placeholder = chip_row(views.data(), static_cast<int>(views.size()), -1);
    if (placeholder >= 0)
        screen.actions.add(InsertPlaceholder{all[static_cast<size_t>(placeholder)].key});

    ImGui::Dummy(ImVec2(0, em(0.5f)));
    ImGui::BeginDisabled(!e.own);
    if (button("Reset to the built-in template")) screen.actions.add(ResetTemplate{});
    ImGui::EndDisabled();
    end_body();
}

} // namespace rapport::ui
