// Writing a message: a template filled from what Rapport knows, edited
// freely, checked live against the guide when it asks for a conversation,
// then copied, opened in the mail app, and marked as sent.
#include "core/message_templates.hpp"
#include "core/outreach_check.hpp"
#include "features/compose/compose_feature.hpp"
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

#include <imgui_internal.h>
#include <vector>

namespace rapport::ui {
namespace {

constexpr const char* kGapHint =
    "Fill in the [bracketed] gaps first: they would be sent as they are.";

void outreach_hints(const core::Message& message, bool gap) {
    const auto hints = core::check_outreach(message.body);
    begin_panel("check");
    if (gap) paragraph(ctx().fonts.body, colors().warn, kGapHint);
    if (hints.empty() && !gap) {
        paragraph(ctx().fonts.body, colors().ok, "Looks good: specific, short and grateful.");
    } else {
        for (const core::OutreachHint& hint : hints)
            paragraph(ctx().fonts.secondary, colors().warn, "· " + hint.text);
    }
    paragraph(ctx().fonts.secondary, colors().muted,
              std::to_string(core::word_count(message.body)) + " words");
    end_panel();
}

} // namespace

void ComposeFeature::draw(const Route&, ScreenContext& screen) {
    ComposeEditor& editor = editor_;
    core::Message& message = editor.message;
    if (app_bar("Write to " + editor.person_name, Leading::Back).leading)
        screen.actions.add(GoBack{});

    begin_body("compose");
    std::vector<std::string_view> kinds;
    for (const auto& k : core::message_kind_names())
        kinds.push_back(k.label);
    const int tapped = chip_strip("kinds", kinds.data(), static_cast<int>(kinds.size()),
                                  static_cast<int>(message.kind));
    if (tapped >= 0 && tapped != static_cast<int>(message.kind))
        screen.actions.add(SetMessageKind{static_cast<core::MessageKind>(tapped)});

    // A LinkedIn note has no subject and 300 characters at most.
    const bool linkedin = message.kind == core::MessageKind::LinkedInNote;
    bool changed = !linkedin && text_field("Subject", message.subject);
    paragraph(ctx().fonts.secondary, colors().muted, linkedin ? "Note" : "Message");
    changed |=
        text_area("##body", message.body, ImVec2(ImGui::GetContentRegionAvail().x, em(14.0f)),
                  "Write your message", false)
            .changed;
    if (changed) {
        editor.autosave.edited(ImGui::GetTime());
    }
    // A [gap] left by the template would go out as it is: nothing leaves
    // until it is filled.
    const bool gap = core::has_gap(message.subject) || core::has_gap(message.body);
    const int characters = core::character_count(message.body);
    const bool too_long = linkedin && characters > core::kLinkedInNoteLimit;
    if (linkedin)
        paragraph(ctx().fonts.secondary, too_long ? colors().late : colors().muted,
                  std::to_string(characters) + " / " + std::to_string(core::kLinkedInNoteLimit) +
                      " characters" +
                      (too_long ? ": LinkedIn cuts the rest, so shorten it first" : ""));
    if (message.kind == core::MessageKind::Outreach || linkedin)
        outreach_hints(message, gap);
    else if (gap) {
        begin_panel("check");
        paragraph(ctx().fonts.body, colors().warn, kGapHint);
        end_panel();
    }

    ImGui::BeginDisabled(gap || too_long);
    // The message's body goes where a message is written; the subject goes
    // in its own line of the mail, so it has its own Copy.
    if (button("Copy")) screen.actions.add(CopyText{message.body});
    ImGui::SameLine();
    if (!linkedin && !message.subject.empty()) {
        if (button("Copy subject")) screen.actions.add(CopyText{message.subject});
        ImGui::SameLine();
    }
    if (linkedin) {
        if (!editor.linkedin.empty() && button("Open their LinkedIn"))
            screen.actions.add(OpenLink{editor.linkedin});
    } else if (!editor.email.empty() && button("Open in mail app")) {
        screen.actions.add(
            OpenLink{core::mailto_link(editor.email, message.subject, message.body)});
    }
    if (button("Mark as sent", ButtonKind::Filled, ImGui::GetContentRegionAvail().x))
        screen.actions.add(MarkSent{});
    ImGui::EndDisabled();
    end_body();
}

} // namespace rapport::ui
