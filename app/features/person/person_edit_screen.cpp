// Add or edit a person. Only the name is needed: a contact goes in within
// ten seconds, the rest can follow. Saving checks for duplicates first.
#include "core/links.hpp"
#include "core/person.hpp"
#include "features/person/person_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"

#include <algorithm>
#include <imgui_internal.h>
#include <vector>

namespace rapport::ui {
namespace {

void duplicates(ScreenContext& screen, PersonEditor& e) {
    begin_panel("duplicates");
    paragraph(ctx().fonts.body, colors().warn, "Already here?");
    for (const store::Duplicate& d : e.duplicates) {
        ImGui::PushID(d.person_id.c_str());
        paragraph(ctx().fonts.body, colors().text, d.name);
        paragraph(ctx().fonts.secondary, colors().muted, d.reason);
        if (button("Open " + d.name)) screen.actions.add(OpenScreen{{Screen::Person, d.person_id}});
        ImGui::SameLine();
        if (button("Merge into " + d.name, ButtonKind::Filled))
            screen.actions.add(MergeInto{d.person_id});
        ImGui::PopID();
    }
    if (button("Add as a new person", ButtonKind::Quiet)) screen.actions.add(SavePerson{true});
    end_panel();
}

void source_chips(core::Person& p) {
    paragraph(ctx().fonts.secondary, colors().muted, "How you know them");
    std::vector<std::string_view> labels;
    for (const auto& name : core::source_names())
        labels.push_back(name.label);
    const int tapped =
        chip_row(labels.data(), static_cast<int>(labels.size()), static_cast<int>(p.source));
    if (tapped >= 0) p.source = static_cast<core::Source>(tapped);
}

void referrer_picker(ScreenContext& screen, PersonEditor& e) {
    if (e.draft.referred_by) {
        paragraph(ctx().fonts.secondary, colors().muted, "Referred by");
        if (button(e.referrer_name + "  ×")) {
            e.draft.referred_by.reset();
            e.referrer_name.clear();
        }
        return;
    }
    text_field("Referred by", e.referrer_query, "Type a name");
    if (e.referrer_query.size() < 2) return;
    // Suggestions from everyone loaded; five at most.
    const std::string query = core::lower_ascii(e.referrer_query);
    int shown = 0;
    for (const store::PersonName& p : screen.model.names) {
        if (shown >= 5) break;
        if (p.id == e.draft.id || p.key.find(query) == std::string::npos) continue;
        ImGui::PushID(p.id.c_str());
        if (button(p.name)) {
            e.draft.referred_by = p.id;
            e.referrer_name = p.name;
            e.referrer_query.clear();
            if (e.draft.source == core::Source::Other) e.draft.source = core::Source::Referral;
        }
        ImGui::PopID();
        ++shown;
    }
}

} // namespace

void PersonFeature::draw_edit(ScreenContext& screen) {
    PersonEditor& e = editor_;
    core::Person& p = e.draft;
    const bool is_new = p.id.empty();
    const BarResult bar =
        app_bar(is_new ? "New person" : "Edit", Leading::Close, {{"Save", nullptr}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(SavePerson{false});

    begin_body("edit");
    if (!e.duplicates.empty()) duplicates(screen, e);
    if (!e.error.empty()) paragraph(ctx().fonts.body, colors().late, e.error);
    const bool focus = e.focus_requested;
    e.focus_requested = false;
    // Enter in any one-line field saves, as a form on the web or a phone does.
    bool entered = false;
    const auto field = [&](std::string_view label, std::string& text, std::string_view hint = {},
                           bool take_focus = false) {
        text_field(label, text, hint, take_focus);
        entered = entered || text_field_entered();
    };
    field("Name", p.name, "Full name", focus);
    field("Role", p.role, "What they do");
    field("Organisation", p.organisation, "Where");
    field("Email", e.emails, "name@example.org");
    field("Phone", e.phones);
    field("LinkedIn", p.linkedin, "linkedin.com/in/…");
    // What the last Save said is about what was typed then: a change to it
    // takes the message (and the duplicates found for that name) away.
    if (p.name != e.checked_name || e.emails != e.checked_emails ||
        p.linkedin != e.checked_linkedin) {
        e.error.clear();
        e.duplicates.clear();
    }
    source_chips(p);
    referrer_picker(screen, e);

    ImGui::Dummy(ImVec2(0, em(0.25f)));
    if (button(e.show_research ? "Hide research and details" : "Research and details",
               ButtonKind::Quiet))
        e.show_research = !e.show_research;
    if (e.show_research || !is_new) {
        field("Education", p.research.education);
        field("Areas of specialty", p.research.specialty);
        field("Past careers", p.research.past_careers);
        field("Sources of inspiration", p.research.inspirations);
        field("Research links", e.links, "Separate with commas");
        if (!p.organisation.empty()) {
            paragraph(ctx().fonts.secondary, colors().muted,
                      p.organisation + ": principles and core beliefs");
            text_area("##principles", e.organisation.principles,
                      ImVec2(ImGui::GetContentRegionAvail().x, em(5.0f)),
                      "What the organisation stands for", false);
        }
        paragraph(ctx().fonts.secondary, colors().muted, "Research notes");
        text_area("##research-notes", p.research.notes,
                  ImVec2(ImGui::GetContentRegionAvail().x, em(6.0f)),
                  "What you found about their path", false);
        field("Field", p.field);
        field("Location", p.location);
        field("Pronouns", p.pronouns);
        field("Tags", e.tags, "Separate with commas");
    }
    if (entered) screen.actions.add(SavePerson{false});
    if (!is_new) {
        ImGui::Dummy(ImVec2(0, em(0.5f)));
        if (!e.confirm_delete) {
            if (button("Delete " + p.name, ButtonKind::Tonal)) e.confirm_delete = true;
        } else {
            paragraph(ctx().fonts.secondary, colors().late,
                      "Delete " + p.name +
                          "? Their notes and conversations go with them; you "
                          "can undo right after.");
            if (button("Yes, delete", ButtonKind::Filled)) screen.actions.add(DeletePerson{p.id});
            ImGui::SameLine();
            if (button("Keep")) e.confirm_delete = false;
        }
    }
    end_body();
}

} // namespace rapport::ui
