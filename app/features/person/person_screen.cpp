// A person's page: who they are and where they stand, how to reach them,
// what you learned before meeting, what is due, who they connect you to,
// how often to keep in touch, and everything that happened, newest first.
#include "core/follow_up_rules.hpp"
#include "core/message_templates.hpp"
#include "core/person.hpp"
#include "core/text.hpp"
#include "features/capture/capture_actions.hpp"
#include "features/careers/careers_actions.hpp"
#include "features/compose/compose_actions.hpp"
#include "features/conversation/conversation_actions.hpp"
#include "features/follow_ups/follow_ups_actions.hpp"
#include "features/person/person_feature.hpp"
#include "features/plan/plan_actions.hpp"
#include "ui/conflict_panel.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/date_picker.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <array>
#include <cctype>
#include <imgui_internal.h>
#include <string>
#include <vector>

namespace rapport::ui {
namespace {

// Waiting for an answer: nudges are open, or the last one went unanswered.
bool awaiting_reply(const PersonModel& m) {
    if (m.person.stage == core::Stage::NoReply) return true;
    for (const store::DueFollowUp& due : m.open_follow_ups)
        if (due.follow_up.kind == core::FollowUpKind::Nudge ||
            due.follow_up.kind == core::FollowUpKind::LastNudge)
            return true;
    return false;
}

void header(ScreenContext& screen, const core::Person& p, bool waiting) {
    begin_panel("header");
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float avatar = em(metrics::kAvatar) * 1.3f;
    draw_avatar(ImGui::GetWindowDrawList(), ImVec2(pos.x + avatar * 0.5f, pos.y + avatar * 0.5f),
                avatar, core::initials(p.name), nullptr);
    const ImVec2 pill = pill_size(core::stage_label(p.stage));
    draw_pill(ImGui::GetWindowDrawList(), ImVec2(content_right() - pill.x, pos.y),
              core::stage_label(p.stage), stage_tone(p.stage));
    ImGui::Dummy(ImVec2(avatar, avatar));
    // The screen's title for a screen reader (the bar above has none).
    paragraph_as(AccessRole::Heading, ctx().fonts.title, colors().text, p.name, {}, 1);
    const std::string stage = "Stage: " + std::string(core::stage_label(p.stage));
    ctx().access.add_text(AccessRole::Text, stage, ImVec2(content_right() - pill.x, pos.y),
                          ImVec2(content_right(), pos.y + pill.y));
    const std::string line = role_at(p.role, p.organisation);
    if (!line.empty()) paragraph(ctx().fonts.secondary, colors().muted, line);
    std::string facts = std::string(core::source_label(p.source));
    if (!p.pronouns.empty()) facts = p.pronouns + " · " + facts;
    if (!p.location.empty()) facts += " · " + p.location;
    paragraph(ctx().fonts.secondary, colors().muted, facts);
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    // One tap says the answer came, and the nudges stop.
    if (waiting && button("They replied", ButtonKind::Filled))
        screen.actions.add(RecordReply{p.id});
    if (auto next = core::next_stage(p.stage)) {
        const std::string label = "Move to " + std::string(core::stage_label(*next));
        if (waiting) ImGui::SameLine(); // button() starts a new line when it does not fit
        if (button(label, waiting ? ButtonKind::Tonal : ButtonKind::Filled))
            screen.actions.add(SetStage{p.id, *next});
    }
    // Side states, one tap each; the current one is shown selected.
    const std::array<std::pair<std::string_view, core::Stage>, 3> sides = {
        {{"No reply", core::Stage::NoReply},
         {"Declined", core::Stage::Declined},
         {"Paused", core::Stage::Paused}}};
    std::array<std::string_view, 3> labels{};
    int selected = -1;
    for (size_t i = 0; i < sides.size(); ++i) {
        labels[i] = sides[i].first;
        if (p.stage == sides[i].second) selected = static_cast<int>(i);
    }
    const int tapped = chip_row(labels.data(), 3, selected);
    if (tapped >= 0 && tapped != selected)
        screen.actions.add(SetStage{p.id, sides[static_cast<size_t>(tapped)].second});
    end_panel();
}

void contact(ScreenContext& screen, const core::Person& p) {
    // The capture moment, one tap from the person it is about.
    const bool capture_tapped = button("Capture notes", ButtonKind::Filled);
    mark_keyboard_target();
    if (capture_tapped) {
        screen.actions.add(CapturePick{p.id, p.name});
        screen.actions.add(OpenScreen{{Screen::Capture, {}}});
    }
    ImGui::SameLine();
    if (button("Write")) screen.actions.add(Compose{p.id, core::message_kind_for(p.stage), ""});
    if (!p.emails.empty()) {
        ImGui::SameLine();
        if (button("Email")) screen.actions.add(OpenLink{"mailto:" + p.emails.front()});
    }
    if (!p.phones.empty()) {
        ImGui::SameLine();
        std::string number;
        for (char c : p.phones.front())
            if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') number += c;
        if (button("Call")) screen.actions.add(OpenLink{"tel:" + number});
    }
    if (!p.linkedin.empty()) {
        ImGui::SameLine();
        if (button("LinkedIn")) screen.actions.add(OpenLink{p.linkedin});
    }
}

void research(ScreenContext& screen, const core::Person& p,
              const std::optional<core::Organisation>& org) {
    section_header("Research");
    begin_panel("research");
    const std::pair<const char*, const std::string*> fields[] = {
        {"Education", &p.research.education},
        {"Areas of specialty", &p.research.specialty},
        {"Past careers", &p.research.past_careers},
        {"Sources of inspiration", &p.research.inspirations},
        {"Notes", &p.research.notes}};
    bool any = false;
    for (const auto& [label, value] : fields) {
        if (value->empty()) continue;
        any = true;
        paragraph(ctx().fonts.label, colors().muted, label);
        paragraph(ctx().fonts.body, colors().text, *value);
        ImGui::Dummy(ImVec2(0, em(0.2f)));
    }
    if (org && !org->principles.empty()) {
        any = true;
        paragraph(ctx().fonts.label, colors().muted, org->name + ": principles and beliefs");
        paragraph(ctx().fonts.body, colors().text, org->principles);
        ImGui::Dummy(ImVec2(0, em(0.2f)));
    }
    for (const std::string& link : p.research.links) {
        any = true;
        if (button(link, ButtonKind::Quiet)) screen.actions.add(OpenLink{link});
    }
    // Before the first conversation: what is still worth finding out.
    const auto missing = core::missing_research(p);
    if (!missing.empty() && core::pipeline_rank(p.stage) < core::pipeline_rank(core::Stage::Met)) {
        std::string list;
        for (const std::string& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        paragraph(ctx().fonts.label, colors().warn, "STILL TO LEARN");
        paragraph(ctx().fonts.secondary, colors().muted, list);
    } else if (!any) {
        paragraph(ctx().fonts.secondary, colors().muted, "Nothing noted yet.");
    }
    if (button("Edit research", ButtonKind::Quiet)) screen.actions.add(EditPerson{p.id});
    end_panel();
}

void referrals(ScreenContext& screen, const PersonModel& m) {
    if (m.referrer_name.empty() && m.referred.empty()) return;
    section_header("Referrals");
    if (!m.referrer_name.empty()) {
        ListCard card;
        card.id = *m.person.referred_by;
        const std::string title = "Referred by " + m.referrer_name;
        const std::string initials = core::initials(m.referrer_name);
        card.title = title;
        card.avatar = initials;
        if (list_card(card))
            screen.actions.add(OpenScreen{{Screen::Person, *m.person.referred_by}});
    }
    for (const core::Person& r : m.referred) {
        ImGui::PushID(r.id.c_str());
        const std::string initials = core::initials(r.name);
        const std::string subtitle =
            "Introduced by " + m.person.name + " · " + std::string(core::stage_label(r.stage));
        ListCard card;
        card.id = r.id;
        card.title = r.name;
        card.subtitle = subtitle;
        card.avatar = initials;
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Person, r.id}});
        ImGui::PopID();
    }
}

void keep_in_touch(ScreenContext& screen, const core::Person& p) {
    section_header("Keep in touch");
    begin_panel("cadence");
    static constexpr std::array<int, 5> kDays = {0, 30, 60, 90, 180};
    static constexpr std::array<std::string_view, 5> kLabels = {"Off", "Monthly", "2 months",
                                                                "Quarterly", "6 months"};
    int selected = -1;
    for (size_t i = 0; i < kDays.size(); ++i)
        if (kDays[i] == p.cadence_days) selected = static_cast<int>(i);
    const int tapped = chip_row(kLabels.data(), static_cast<int>(kLabels.size()), selected);
    if (tapped >= 0 && tapped != selected)
        screen.actions.add(SetCadence{p.id, kDays[static_cast<size_t>(tapped)]});
    const core::KeepInTouch touch =
        core::keep_in_touch(p.last_interaction_at, p.cadence_days, screen.model.now);
    if (touch.due) {
        const Tone tone = touch.state == core::TouchState::Red     ? Tone::Late
                          : touch.state == core::TouchState::Amber ? Tone::Warn
                                                                   : Tone::Ok;
        const std::string text =
            touch.state == core::TouchState::Red
                ? "Overdue: last in touch " + ago(*p.last_interaction_at, screen.model)
                : "Next check-in " + when_due(*touch.due, screen.model);
        paragraph(ctx().fonts.secondary, tone_colour(tone), text);
    }
    if (button("Log contact today")) screen.actions.add(LogInteraction{p.id});
    end_panel();
}

void timeline(ScreenContext& screen, const PersonModel& m) {
    const ReadModel& model = screen.model;
    section_header("Timeline");
    if (m.timeline.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted, "Nothing yet.");
        return;
    }
    for (const store::TimelineEntry& e : m.timeline) {
        ImGui::PushID(e.id.c_str());
        const std::string title = timeline_title(e);
        const std::string when = ago(e.at, model);
        // Notes and conversations open whole; their card shows a few lines.
        const bool opens =
            e.kind == store::TimelineKind::Note || e.kind == store::TimelineKind::Conversation;
        const std::string excerpt =
            opens || e.kind == store::TimelineKind::Message ? first_lines(e.text, 3, 240) : "";
        ListCard card;
        card.id = e.id;
        card.title = title;
        card.subtitle = when;
        card.detail = excerpt;
        card.detail_lines = 4;
        card.icon = e.kind == store::TimelineKind::Note           ? icon::kDescription
                    : e.kind == store::TimelineKind::Conversation ? icon::kEvent
                    : e.kind == store::TimelineKind::Message      ? icon::kMail
                    : e.kind == store::TimelineKind::FollowUp     ? icon::kSchedule
                                                                  : icon::kCheck;
        if (list_card(card) && opens)
            screen.actions.add(OpenScreen{
                {e.kind == store::TimelineKind::Note ? Screen::Note : Screen::Debrief, e.id}});
        if (e.kind == store::TimelineKind::Note) {
            FileEvidence evidence;
            evidence.note_id = e.id;
            screen.actions.ask(FileEvidenceControl{screen, "note:" + e.id, evidence});
        }
        ImGui::PopID();
    }
    if (m.older_entries && button("Show older", ButtonKind::Tonal))
        screen.actions.add(ShowOlderTimeline{});
}

// "Remind me to send the article in two weeks": your own follow-up.
void reminder(ScreenContext& screen, const core::Person& p, std::string& text) {
    begin_panel("reminder");
    text_field("Remind me to", text, "send the article, ask about the internship…");
    // Enter sets it for tomorrow, the first choice, as tapping it would.
    const bool entered = text_field_entered() && !core::trim(text).empty();
    static constexpr std::array<std::pair<std::string_view, int>, 5> kWhen = {{{"Tomorrow", 1},
                                                                               {"In 3 days", 3},
                                                                               {"Next week", 7},
                                                                               {"In 2 weeks", 14},
                                                                               {"In a month", 30}}};
    // When: a quick choice, or a day picked in the month from tomorrow on.
    std::vector<std::string_view> labels;
    for (const auto& [label, days] : kWhen)
        labels.push_back(label);
    const core::LocalDate today = today_of(screen.model);
    const ChoiceOrDay when =
        choices_or_day("reminder", std::move(labels), today, core::add_days(today, 1));
    const int choice = entered ? 0 : when.choice;
    if (choice >= 0)
        screen.actions.add(
            AddReminder{p.id, core::trim(text), kWhen[static_cast<size_t>(choice)].second, {}});
    else if (when.day)
        screen.actions.add(AddReminder{p.id, core::trim(text), 1, when.day});
    if (choice >= 0 || when.day) text.clear();
    end_panel();
}

} // namespace

namespace {

// Fields changed here and on another device before they synced: the later
// change is kept on both; the other value waits here, on both devices, to be
// taken back or let go. A note's or a conversation's are here too.
void sync_conflicts(ScreenContext& screen, const PersonModel& m) {
    if (m.conflicts.empty()) return;
    section_header("Changed on two devices");
    for (const store::StoredConflict& c : m.conflicts) {
        std::string what = field_words(c.conflict.field);
        if (c.table != "person") what = field_words(c.table) + " · " + what;
        what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
        conflict_panel(screen, c, what);
    }
}

} // namespace

void PersonFeature::draw_person(ScreenContext& screen) {
    const bool in_pane = screen.layout.list_detail && screen.navigator.tab() == Screen::People;
    if (!person_) {
        if (app_bar("Person", in_pane ? Leading::None : Leading::Back).leading)
            screen.actions.add(GoBack{});
        begin_body("gone");
        empty_state("gone", icon::kPeople, "This person is not here any more",
                    "They may have been deleted or merged into someone else.");
        end_body();
        return;
    }
    const PersonModel& m = *person_;
    const core::Person& p = m.person;
    const BarResult bar =
        app_bar("", in_pane ? Leading::None : Leading::Back, {{"Edit", icon::kEdit}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(EditPerson{p.id});
    begin_body("person");
    header(screen, p, awaiting_reply(m));
    contact(screen, p);
    sync_conflicts(screen, m);
    if (m.planned) {
        section_header("Conversation");
        begin_panel("planned");
        const core::Conversation& c = m.planned->conversation;
        paragraph(ctx().fonts.body, colors().text,
                  day_and_time(c.when, screen.model) + " · " + std::to_string(c.duration_minutes) +
                      " min · " +
                      std::string(core::label_of(core::conversation_mode_names(), c.mode)));
        if (!c.place.empty()) paragraph(ctx().fonts.secondary, colors().muted, c.place);
        paragraph(ctx().fonts.secondary, colors().muted,
                  m.planned->planned_questions
                      ? std::to_string(m.planned->planned_questions) + " questions planned"
                      : "The six starter questions will be used");
        // Its time is the other calendar's: moved or cancelled there, it
        // follows here at the next sync.
        const std::string& calendar = m.planned->from_calendar;
        if (!calendar.empty())
            paragraph(ctx().fonts.secondary, colors().muted,
                      "From your " + calendar + " calendar · move or cancel it there");
        if (button("Start conversation", ButtonKind::Filled))
            screen.actions.add(StartConversation{c.id});
        if (button("Edit plan")) screen.actions.add(PlanConversation{p.id, c.id});
        if (calendar.empty()) {
            ImGui::SameLine();
            if (button("Move or cancel")) screen.actions.add(OpenScreen{{Screen::Debrief, c.id}});
            if (button("Export invite (.ics)")) screen.actions.add(ExportInvite{c.id});
        }
        end_panel();
    } else {
        if (button("Plan a conversation")) screen.actions.add(PlanConversation{p.id, ""});
    }
    section_header("Next");
    for (const store::DueFollowUp& due : m.open_follow_ups)
        screen.actions.ask(FollowUpCard{screen, due});
    reminder(screen, p, reminder_text_);
    research(screen, p, m.organisation);
    referrals(screen, m);
    keep_in_touch(screen, p);
    timeline(screen, m);
    end_body();
}

} // namespace rapport::ui
