// Capture: the moment after a meeting. The text box has focus on arrival,
// the likely person is already chosen, prompts add headings, names under
// "People to contact" become referral leads, and every keystroke is saved
// within a second. There is no save to forget.
#include "core/debrief.hpp"
#include "core/links.hpp"
#include "core/outreach_check.hpp"
#include "core/person.hpp"
#include "core/plural.hpp"
#include "features/capture/capture_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/name_picker.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"

#include <algorithm>
#include <imgui_internal.h>
#include <utility>
#include <vector>

namespace rapport::ui {
namespace {

// Where Done will put the note, said before Done is tapped.
std::string destination(const CaptureEditor& editor) {
    if (!editor.person_id) return "Done puts it in your inbox";
    if (editor.conversation_id)
        return "Done files it as your conversation with " + editor.person_name;
    if (editor.met) return "Done records that you met " + editor.person_name + " today";
    return "Done files it on " + editor.person_name;
}

void who_card(ScreenContext& screen, CaptureEditor& editor) {
    const float change_w = text_width(ctx().fonts.body, "Change") + em(2.0f);
    const std::string initials = core::initials(editor.person_name);
    ListCard card;
    card.id = "who";
    card.title = editor.person_id ? std::string_view(editor.person_name)
                                  : std::string_view("Who did you meet?");
    card.subtitle = editor.person_id ? std::string_view(editor.reason)
                                     : std::string_view("Optional: notes can wait in the inbox");
    card.avatar = editor.person_id ? std::string_view(initials) : std::string_view();
    card.icon = editor.person_id ? nullptr : icon::kPeople;
    // The button beside the card, or under it where that would squeeze it.
    const bool beside = fits_beside_card(change_w);
    card.width = beside ? ImGui::GetContentRegionAvail().x - change_w - em(metrics::kGap) : 0.0f;
    bool toggle = list_card(card);
    const ImVec2 next = beside ? beside_card(em(metrics::kButtonHeight)) : ImVec2();
    toggle |= button(editor.person_id ? "Change" : "Pick", ButtonKind::Tonal, change_w);
    if (beside) ImGui::SetCursorScreenPos(next);
    if (toggle) {
        editor.picking = !editor.picking;
        editor.pick_focus = editor.picking;
        editor.pick_query.clear();
    }
    // A suggestion is only that: one tap sends the note to the inbox instead.
    if (editor.person_id && button("No one · inbox", ButtonKind::Quiet))
        screen.actions.add(CaptureToInbox{});
}

void picker(ScreenContext& screen, CaptureEditor& editor) {
    if (auto pick = name_picker("picker", "Name", editor.pick_query,
                                std::exchange(editor.pick_focus, false), screen.model.names))
        screen.actions.add(CapturePick{pick->person_id, pick->name});
}

// The conversation's planned questions still unanswered: a tap puts one in
// the note as a heading, and what is typed under it becomes its answer.
void open_questions(ScreenContext& screen, const CaptureEditor& editor) {
    if (editor.open_questions.empty()) return;
    // A chip names its question in its first words, cut at a space (never
    // inside a character); the heading it puts in the note is whole.
    constexpr size_t kChipBytes = 40;
    std::vector<std::string> shortened;
    for (const std::string& q : editor.open_questions) {
        const size_t space = q.size() <= kChipBytes ? std::string::npos : q.rfind(' ', kChipBytes);
        shortened.push_back(space == std::string::npos ? q : q.substr(0, space) + "…");
    }
    std::vector<std::string_view> chips(shortened.begin(), shortened.end());
    const int tapped =
        chip_strip("questions", chips.data(), static_cast<int>(chips.size()), -1, ChipKind::Action);
    if (tapped >= 0)
        screen.actions.add(InsertPrompt{editor.open_questions[static_cast<size_t>(tapped)]});
}

void prompts(ScreenContext& screen) {
    std::vector<std::string_view> chips;
    for (const core::DebriefPrompt& p : core::debrief_prompts())
        chips.push_back(p.chip);
    // Each puts its heading in the note: an action, not a choice kept.
    const int tapped =
        chip_strip("prompts", chips.data(), static_cast<int>(chips.size()), -1, ChipKind::Action);
    if (tapped >= 0)
        screen.actions.add(
            InsertPrompt{core::debrief_prompts()[static_cast<size_t>(tapped)].heading});
}

void leads(ScreenContext& screen, const CaptureEditor& editor) {
    if (!editor.person_id) return; // a referral needs someone who referred
    const auto found = core::referral_leads(editor.text);
    std::vector<const core::ReferralLead*> open;
    for (const core::ReferralLead& lead : found) {
        bool known = std::find(editor.added_leads.begin(), editor.added_leads.end(), lead.name) !=
                     editor.added_leads.end();
        const std::string key = core::lower_ascii(lead.name);
        for (const store::PersonName& p : screen.model.names)
            known = known || p.key == key;
        if (!known) open.push_back(&lead);
    }
    if (open.empty()) return;
    section_header("Referral leads");
    for (const core::ReferralLead* lead : open) {
        ImGui::PushID(lead->name.c_str());
        if (button("Add " + lead->name, ButtonKind::Tonal))
            screen.actions.add(AddLead{lead->name, lead->context});
        ImGui::PopID();
    }
}

} // namespace

void CaptureFeature::draw(const Route&, ScreenContext& screen) {
    CaptureEditor& editor = editor_;
    const BarResult bar = app_bar("Capture", Leading::Close, {{"Done", nullptr}});
    // Ctrl+Enter is Done from the keyboard, in the box or out of it (ImGui
    // inserts no line break for it in a multi-line field).
    const bool ctrl_enter =
        ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (bar.action == 0 || ctrl_enter) screen.actions.add(FinishCapture{});
    if (bar.leading) screen.actions.add(CloseCapture{});

    begin_body("capture");
    who_card(screen, editor);
    if (editor.picking) picker(screen, editor);
    if (editor.person_id && !editor.conversation_id && !editor.picking) {
        // No conversation to debrief: a plain note unless they say they met.
        if (chip("We met", editor.met)) screen.actions.add(ToggleMet{});
    }
    open_questions(screen, editor);
    prompts(screen);
    const float reserve = em(4.6f); // the status line (up to two lines) and the end padding
    // Nine lines at least, unless the view is short (a phone turned with
    // its keyboard up): then a box that fits in it beside the bar.
    const float least = ImMin(em(9.0f), ImGui::GetIO().DisplaySize.y * 0.45f);
    const float height = ImMax(least, ImGui::GetContentRegionAvail().y - reserve);
    const bool focus = editor.focus_requested && !editor.picking;
    const TextAreaResult result = text_area(
        "##capture", editor.text, ImVec2(ImGui::GetContentRegionAvail().x, height),
        "What did you hear? Start typing — it saves as you go.", focus, &editor.pending_cursor);
    if (focus) editor.focus_requested = false;
    editor.box_active = result.active;
    if (result.changed) editor.autosave.edited(ImGui::GetTime());
    if (result.active && result.cursor != editor.cursor) {
        editor.cursor = result.cursor; // the caret is part of the draft
        if (!result.changed) editor.autosave.edited(ImGui::GetTime());
    }

    std::string status;
    ImU32 tone = colors().muted;
    if (!editor.save_problem.empty()) {
        status = editor.save_problem + " — your text is kept and will be retried.";
        tone = colors().late;
    } else if (editor.text.empty()) {
        status = !editor.person_id        ? "Saved to your inbox when you are done"
                 : editor.conversation_id ? "Done files this as your conversation's debrief"
                 : editor.met             ? "Done records that you met today and schedules the "
                                            "thank-you"
                                          : "A note on them. Tap We met if you just talked";
    } else {
        const int words = core::word_count(editor.text);
        status = std::string(editor.autosave.dirty() ? "Saving… · " : "Saved · ") +
                 core::counted(words, "word", "words") + " · " + destination(editor);
    }
    paragraph(ctx().fonts.secondary, tone, status);
    leads(screen, editor);
    end_body();
}

} // namespace rapport::ui
