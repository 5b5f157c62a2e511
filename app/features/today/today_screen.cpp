// Today: what is due, what is coming, who is slipping away, and a big way to
// capture. With nothing in the store yet it teaches the first steps.
#include "core/person.hpp"
#include "core/plural.hpp"
#include "features/conversation/conversation_actions.hpp"
#include "features/follow_ups/follow_ups_actions.hpp"
#include "features/people/people_actions.hpp"
#include "features/person/person_actions.hpp"
#include "features/speech/speech_actions.hpp"
#include "features/today/today_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/stat_tile.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <cstdlib>
#include <string>
#include <vector>

namespace rapport::ui {
namespace {

void first_run(ScreenContext& screen) {
    section_header("Start here");
    empty_state("first-steps", icon::kPersonAdd, "Start with one person",
                "Think of someone whose work you are curious about: a professor, a past "
                "supervisor, a friend of the family, an alumna you found on LinkedIn. Add them, "
                "learn a little about their path, then ask for a 15-minute conversation. "
                "Rapport reminds you when to follow up.");
    if (button("Add a person", ButtonKind::Filled)) screen.actions.add(EditPerson{""});
    ImGui::SameLine();
    if (button("Try demo data")) screen.actions.add(LoadDemo{});
}

// First run: who you are fills messages and the elevator speech. Skippable,
// and below the capture button so it never slows a capture.
void welcome(ScreenContext& screen) {
    section_header("Welcome");
    begin_panel("welcome");
    paragraph(ctx().fonts.title, colors().text, "A little about you");
    paragraph(ctx().fonts.secondary, colors().muted,
              "Your name, background and goals fill in your messages and your elevator "
              "speech. You can change them any time in Settings.");
    screen.actions.ask(ProfileFields{screen});
    const bool entered = text_field_entered(); // Enter in the last field saves
    if (button("Save", ButtonKind::Filled) || entered) screen.actions.add(FinishWelcome{});
    ImGui::SameLine();
    if (button("Skip for now", ButtonKind::Quiet)) screen.actions.add(FinishWelcome{});
    end_panel();
}

// Notes captured about nobody wait here until they are filed.
void inbox_card(ScreenContext& screen, int count) {
    const std::string title = core::counted(count, "note in your inbox", "notes in your inbox");
    ListCard card;
    card.id = "inbox";
    card.title = title;
    card.subtitle = "File each under a person, or delete it";
    card.icon = icon::kDescription;
    if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Inbox, {}}});
}

// A note typed and not filed yet (closed before Done, or Done lost as the
// page went away): it waits in capture, and Today says so until it is filed.
void unfiled_card(ScreenContext& screen, const std::string& draft) {
    const std::string words = first_lines(draft, 1, 60);
    if (link_card("unfiled", "A note waits to be filed", words, icon::kDescription))
        screen.actions.add(OpenScreen{{Screen::Capture, {}}});
}

// What is scheduled beyond the week, counted, with when the next comes: a
// follow-up snoozed to next Monday is still in sight, one tap from its list.
void later_card(ScreenContext& screen, const TodayModel& today) {
    if (today.later <= 0 || !today.next_later) return;
    const std::string next =
        short_day_label(core::local_date(*today.next_later, clock_of(screen.model)));
    const std::string title = std::to_string(today.later) + " more later";
    const std::string subtitle = "Next on " + next + " · see everything scheduled";
    ListCard card; // views the strings above
    card.id = "later";
    card.title = title;
    card.subtitle = subtitle;
    card.icon = icon::kEvent;
    if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Scheduled, {}}});
}

// A conversation that just ended: the moment Rapport is for. Its notes are
// one tap away, on top of Today, until they are captured or the card is let
// go; at most the three latest.
void just_ended(ScreenContext& screen, const TodayModel& today) {
    constexpr size_t kShown = 3;
    for (size_t i = 0; i < today.just_ended.size() && i < kShown; ++i) {
        const store::EndedConversation& e = today.just_ended[i];
        ImGui::PushID(e.conversation_id.c_str());
        begin_panel("just-ended");
        paragraph(ctx().fonts.header, colors().accent,
                  "Just ended · " + ago(e.ended, screen.model));
        paragraph(ctx().fonts.body, colors().text, "How did it go with " + e.person_name + "?");
        const bool capture = button("Capture notes", ButtonKind::Filled);
        mark_keyboard_target();
        if (capture) screen.actions.add(OpenScreen{{Screen::Capture, e.conversation_id}});
        ImGui::SameLine();
        if (button("It didn't happen", ButtonKind::Quiet))
            screen.actions.add(DidNotHappen{e.conversation_id});
        ImGui::SameLine();
        if (button("Dismiss", ButtonKind::Quiet)) screen.actions.add(LetGoEnded{e.conversation_id});
        end_panel();
        ImGui::PopID();
    }
}

void upcoming(ScreenContext& screen, const TodayModel& today) {
    const auto& list = today.upcoming;
    if (list.empty()) return;
    section_header("Upcoming");
    for (const store::UpcomingConversation& u : list) {
        ImGui::PushID(u.conversation.id.c_str());
        const std::string title =
            u.person_name + " · " + std::to_string(u.conversation.duration_minutes) + " min";
        // A meeting read from another calendar says which, in place of a
        // mode that calendar does not know.
        std::string subtitle =
            day_and_time(u.conversation.when, screen.model) + " · " +
            (u.from_calendar.empty()
                 ? std::string(core::label_of(core::conversation_mode_names(), u.conversation.mode))
                 : "from your " + u.from_calendar + " calendar");
        if (u.planned_questions > 0)
            subtitle += " · " + std::to_string(u.planned_questions) + " questions planned";
        const float prepare_w = text_width(ctx().fonts.body, "Start") + em(2.0f);
        ListCard card;
        card.id = u.conversation.id;
        card.title = title;
        card.subtitle = subtitle;
        card.icon =
            u.conversation.mode == core::ConversationMode::Phone ? icon::kPhone : icon::kEvent;
        const std::string when = when_due(u.conversation.when, screen.model); // the card views it
        card.pill = when;
        card.width = ImGui::GetContentRegionAvail().x - prepare_w - em(metrics::kGap);
        // The conversation itself: its plan, its time, Move or Cancel, the person.
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Debrief, u.conversation.id}});
        const ImVec2 next = beside_card(em(metrics::kButtonHeight));
        if (button("Start", ButtonKind::Tonal, prepare_w))
            screen.actions.add(StartConversation{u.conversation.id});
        ImGui::SetCursorScreenPos(next);
        ImGui::PopID();
    }
}

void losing_touch(ScreenContext& screen, const TodayModel& today) {
    const auto& list = today.losing_touch;
    if (list.empty()) return;
    section_header("Losing touch");
    for (const store::LosingTouch& l : list) {
        ImGui::PushID(l.person_id.c_str());
        const std::string initials = core::initials(l.person_name);
        const std::string subtitle = "Last spoke " + ago(l.last_interaction_at, screen.model) +
                                     " · every " + std::to_string(l.cadence_days) + " days";
        ListCard card;
        card.id = l.person_id;
        card.title = l.person_name;
        card.subtitle = subtitle;
        card.avatar = initials;
        card.pill = "late";
        card.pill_tone = Tone::Late;
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Person, l.person_id}});
        ImGui::PopID();
    }
}

void pipeline(ScreenContext& screen, const TodayModel& today) {
    section_header("Pipeline");
    std::vector<std::string> labels;
    std::vector<core::Stage> stages;
    for (const store::StageCount& c : today.counts) {
        if (c.count == 0) continue;
        labels.push_back(std::string(core::stage_label(c.stage)) + " " + std::to_string(c.count));
        stages.push_back(c.stage);
    }
    std::vector<std::string_view> views(labels.begin(), labels.end());
    const int tapped = chip_strip("pipeline", views.data(), static_cast<int>(views.size()), -1);
    if (tapped >= 0) {
        PeopleFilter filter;
        filter.stage = stages[static_cast<size_t>(tapped)];
        screen.actions.add(SetFilter{filter});
        screen.actions.add(SwitchTab{Screen::People});
    }
}

} // namespace

void TodayFeature::draw(const Route& route, ScreenContext& screen) {
    if (route.screen == Screen::Scheduled) return draw_scheduled(screen);
    const BarResult bar = screen.layout.compact
                              ? app_bar("Today", Leading::None, {{"Settings", icon::kSettings}})
                              : app_bar("Today", Leading::None);
    if (bar.action == 0) screen.actions.add(OpenScreen{{Screen::Settings, {}}});

    begin_body("today");
    const TodayModel& today = today_;
    just_ended(screen, today);
    // "met in Nov": "met this month" does not fit a third of a phone.
    constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string& date = screen.model.today_text; // "2026-11-27"
    const int month = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 0;
    const std::string met =
        month >= 1 && month <= 12 ? std::string("met in ") + kMonths[month - 1] : "met this month";
    const Stat stats[] = {{today.due_today, "due today"},
                          {today.due_this_week, "this week"},
                          {today.met_this_month, met}};
    switch (stat_row(stats, 3)) {
    case 0:
        screen.actions.add(ShowTodaySection{TodaySection::Due});
        break;
    case 1:
        screen.actions.add(ShowTodaySection{TodaySection::Soon});
        break;
    case 2: {
        PeopleFilter filter;
        filter.sort = store::PeopleSort::RecentlyMet;
        screen.actions.add(SetFilter{filter});
        screen.actions.add(SwitchTab{Screen::People});
        break;
    }
    default:
        break;
    }
    // The big capture button, unless a just-ended conversation's card above
    // already has one (two alike would leave the eye, and a screen reader,
    // to guess which is which; + and Ctrl+N still capture anything).
    if (today.just_ended.empty()) {
        const bool capture_tapped =
            button("Capture notes", ButtonKind::Filled, ImGui::GetContentRegionAvail().x);
        mark_keyboard_target();
        if (capture_tapped) screen.actions.add(OpenScreen{{Screen::Capture, {}}});
    }
    if (screen.model.welcome) welcome(screen);

    if (screen.model.people_total == 0) {
        first_run(screen);
        end_body();
        return;
    }
    // A tapped tile brings its section to the top of the page.
    const auto scroll_here_if = [this](TodaySection section) {
        if (scroll_to_ != section) return;
        ImGui::SetScrollHereY(0.0f);
        scroll_to_ = TodaySection::None;
    };
    if (!today.unfiled_draft.empty()) unfiled_card(screen, today.unfiled_draft);
    if (today.inbox > 0) inbox_card(screen, today.inbox);
    section_header("Due");
    scroll_here_if(TodaySection::Due);
    if (today.due.empty())
        paragraph(ctx().fonts.secondary, colors().muted,
                  today.soon.empty()
                      ? "Nothing due today. Keep going: research someone new, or reach out."
                      : "Nothing due today. Coming up below.");
    for (const store::DueFollowUp& due : today.due)
        screen.actions.ask(FollowUpCard{screen, due});
    if (const int more = today.due_today - static_cast<int>(today.due.size()); more > 0)
        paragraph(ctx().fonts.secondary, colors().muted,
                  "And " + std::to_string(more) +
                      " more, oldest first above. People, sorted by next action, lists them all.");
    if (!today.soon.empty() || today.later > 0 || scroll_to_ == TodaySection::Soon) {
        section_header("Due soon");
        scroll_here_if(TodaySection::Soon);
        if (today.soon.empty())
            paragraph(ctx().fonts.secondary, colors().muted, "Nothing in the next six days.");
        for (const store::DueFollowUp& due : today.soon)
            screen.actions.ask(FollowUpCard{screen, due});
        later_card(screen, today);
    }
    upcoming(screen, today);
    losing_touch(screen, today);
    pipeline(screen, today);
    if (screen.model.has_notes && !screen.model.read_only.empty()) {
        section_header("Read-only");
        paragraph(ctx().fonts.secondary, colors().late, screen.model.read_only);
    }
    end_body();
}

} // namespace rapport::ui
