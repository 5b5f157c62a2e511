// People: everyone in the practice. Search as you type across people, notes,
// conversations and answers; filter by stage and source; sort; tap to open.
#include "core/person.hpp"
#include "features/people/people_feature.hpp"
#include "features/person/person_actions.hpp"
#include "features/today/today_actions.hpp"
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
#include "ui/widgets/scroll_area.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>
#include <string>
#include <vector>

namespace rapport::ui {
namespace {

int count_at(const PeopleList& list, core::Stage stage) {
    for (const auto& c : list.counts)
        if (c.stage == stage) return c.count;
    return 0;
}

void stage_chips(ScreenContext& screen, const PeopleList& list) {
    // "All" and every stage that has someone in it, with counts.
    std::vector<std::string> labels = {"All " + std::to_string(screen.model.people_total)};
    std::vector<std::optional<core::Stage>> stages = {std::nullopt};
    int selected = 0;
    for (const auto& name : core::stage_names()) {
        const int count = count_at(list, name.value);
        if (count == 0 && list.filter.stage != name.value) continue;
        if (list.filter.stage == name.value) selected = static_cast<int>(labels.size());
        std::string label(name.label);
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        labels.push_back(label + " " + std::to_string(count));
        stages.push_back(name.value);
    }
    std::vector<std::string_view> views(labels.begin(), labels.end());
    const int tapped = chip_strip("stages", views.data(), static_cast<int>(views.size()), selected);
    if (tapped >= 0 && tapped != selected) {
        PeopleFilter next = list.filter;
        next.stage = stages[static_cast<size_t>(tapped)];
        screen.actions.add(SetFilter{next});
    }
}

void more_filters(ScreenContext& screen, const PeopleList& list) {
    const std::string_view sorts[] = {"Next action", "Recently met", "Name"};
    const int sort = static_cast<int>(list.filter.sort);
    const int sort_tap = chip_strip("sorts", sorts, 3, sort);
    if (sort_tap >= 0 && sort_tap != sort) {
        PeopleFilter next = list.filter;
        next.sort = static_cast<store::PeopleSort>(sort_tap);
        screen.actions.add(SetFilter{next});
    }
    std::vector<std::string_view> sources = {"Any source"};
    for (const auto& name : core::source_names())
        sources.push_back(name.label);
    const int source = list.filter.source ? static_cast<int>(*list.filter.source) + 1 : 0;
    const int source_tap =
        chip_strip("sources", sources.data(), static_cast<int>(sources.size()), source);
    if (source_tap >= 0 && source_tap != source) {
        PeopleFilter next = list.filter;
        if (source_tap == 0)
            next.source.reset();
        else
            next.source = static_cast<core::Source>(source_tap - 1);
        screen.actions.add(SetFilter{next});
    }
}

// The letter a name is filed under in the list (its initial's first
// character: "É" for Émilie, "王" for 王芳).
std::string first_letter(const std::string& name) {
    const std::string initials = core::initials(name);
    size_t end = initials.empty() ? 0 : 1;
    while (end < initials.size() && (static_cast<unsigned char>(initials[end]) & 0xC0) == 0x80)
        ++end;
    return initials.substr(0, end);
}

void person_card(ScreenContext& screen, const store::PersonSummary& p, bool selected) {
    const std::string initials = core::initials(p.name);
    const std::string subtitle = role_at(p.role, p.organisation);
    std::string detail;
    Tone detail_tone = Tone::Neutral;
    if (p.next_kind && p.next_due) {
        std::string what(core::label_of(core::follow_up_kind_names(), *p.next_kind));
        const core::DueState state = due_state_of(*p.next_due, screen.model);
        detail = what + " · " + when_due(*p.next_due, screen.model);
        detail_tone = due_tone(state);
    } else if (p.last_interaction_at) {
        detail = "Last in touch " + ago(*p.last_interaction_at, screen.model);
    } else {
        detail = std::string(core::source_label(p.source));
    }
    ListCard card;
    card.id = p.id;
    card.title = p.name;
    card.subtitle = subtitle.empty() ? std::string_view("No role yet") : subtitle;
    card.avatar = initials;
    card.pill = core::stage_label(p.stage);
    card.pill_tone = stage_tone(p.stage);
    card.detail = detail;
    card.detail_tone = detail_tone;
    card.selected = selected;
    card.height = list_card_height();
    if (list_card(card)) screen.actions.add(OpenFromList{{Screen::Person, p.id}});
}

// Results are shown grouped: people first, then notes, conversations, answers.
constexpr std::pair<const char*, const char*> kResultKinds[] = {{"person", "People"},
                                                                {"note", "Notes"},
                                                                {"conversation", "Conversations"},
                                                                {"answer", "Answers"}};

// A result opens what matched: the note (at the match), the conversation, the
// conversation an answer belongs to, the person.
void open_hit(const store::SearchHit& hit, const PeopleList& list, ScreenContext& screen) {
    const std::string& k = hit.kind;
    if (k == "note")
        screen.actions.add(OpenFromList{{Screen::Note, hit.ref_id, list.search_text}});
    else if (k == "conversation")
        screen.actions.add(OpenFromList{{Screen::Debrief, hit.ref_id}});
    else if (k == "answer")
        screen.actions.add(
            OpenFromList{{Screen::Debrief, hit.ref_id.substr(0, hit.ref_id.find(':'))}});
    else if (hit.person_id)
        screen.actions.add(OpenFromList{{Screen::Person, *hit.person_id}});
}

// The result drawn first, which Enter in the search field opens.
const store::SearchHit* first_shown(const std::vector<store::SearchHit>& results) {
    for (const auto& [kind, header] : kResultKinds)
        for (const store::SearchHit& hit : results)
            if (hit.kind == kind) return &hit;
    return nullptr;
}

void search_results(const PeopleList& list, ScreenContext& screen) {
    const auto& results = list.results;
    if (results.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted,
                  "Nothing matches \"" + list.search_text + "\".");
        return;
    }
    for (const auto& [kind, header] : kResultKinds) {
        bool any = false;
        for (const store::SearchHit& hit : results) {
            if (hit.kind != kind) continue;
            if (!any) section_header(header);
            any = true;
            const std::string initials = core::initials(hit.person_name);
            ListCard card;
            card.id = hit.ref_id;
            card.title = hit.kind == std::string("answer") ? hit.title : hit.person_name;
            if (card.title.empty()) card.title = "Inbox note";
            card.subtitle = hit.snippet;
            card.subtitle_marked = true;
            card.avatar = initials;
            if (hit.kind == std::string("answer")) card.pill = hit.person_name;
            if (list_card(card)) open_hit(hit, list, screen);
        }
    }
    if (static_cast<int>(results.size()) >= kSearchResults)
        paragraph(ctx().fonts.secondary, colors().muted,
                  "The " + std::to_string(kSearchResults) +
                      " best matches. Add a word to narrow them down.");
}

} // namespace

void PeopleFeature::draw_list(ScreenContext& screen, bool in_pane) {
    PeopleList& list = list_;
    if (app_bar("People", Leading::None, {{"Add a person", icon::kPersonAdd}}).action == 0)
        screen.actions.add(EditPerson{""});
    begin_body("people");
    if (search_field("##search", list.search_text, "Search people, notes, answers", icon::kSearch))
        screen.actions.add(Search{list.search_text});
    // Enter opens the first result, as a search box in any app does; typed
    // ahead of the results, once they arrive.
    if (text_field_entered() && !list.search_text.empty()) list.open_first = true;
    if (list.search_text.empty()) list.open_first = false;
    if (list.open_first && list.results_query == list.search_text) {
        list.open_first = false;
        if (const store::SearchHit* first = first_shown(list.results))
            open_hit(*first, list, screen);
    }

    if (!list.search_text.empty()) {
        search_results(list, screen);
        end_body();
        return;
    }
    if (screen.model.people_total == 0) {
        empty_state("no-people", icon::kPeople, "No one yet — add a person or import contacts",
                    "Good first contacts, from the guide: faculty members, past supervisors or "
                    "co-workers, friends and family, people you met at career fairs, social "
                    "media followers and influencers, alumni, and LinkedIn alumni.");
        if (button("Add a person", ButtonKind::Filled)) screen.actions.add(EditPerson{""});
        ImGui::SameLine();
        if (button("Import contacts")) screen.actions.add(OpenScreen{{Screen::Data, {}}});
        if (button("Try demo data", ButtonKind::Quiet)) screen.actions.add(LoadDemo{});
        end_body();
        return;
    }
    stage_chips(screen, list);
    bool& more = list.more_filters;
    if (button(more ? "Fewer filters" : "Sort and source", ButtonKind::Quiet)) more = !more;
    if (more) more_filters(screen, list);

    const auto& people = list.people;
    if (people.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted,
                  list.loading ? "Loading…" : "No one matches these filters.");
    }
    const std::string& selected = screen.navigator.current().screen == Screen::Person && in_pane
                                      ? screen.navigator.current().argument
                                      : std::string();
    const bool label_letters = list.filter.sort == store::PeopleSort::Name && scrubbing();
    // Cards have one height, so only the visible ones are laid out: 10k
    // people cost the same per frame as ten.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(people.size()),
                  list_card_height() + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const store::PersonSummary& p = people[static_cast<size_t>(i)];
            ImGui::PushID(i);
            if (label_letters) scrub_label_here(first_letter(p.name));
            person_card(screen, p, p.id == selected);
            ImGui::PopID();
        }
    end_body();
}

} // namespace rapport::ui

namespace rapport::ui {

// Wide display, People tab, no one picked yet: the detail pane says what
// will show there.
void PeopleFeature::draw_nothing_picked(ScreenContext& screen) {
    ImGui::Dummy(ImVec2(0, em(metrics::kAppBarHeight)));
    begin_body("pick");
    empty_state("pick", icon::kPeople,
                screen.model.people_total ? "Pick someone to see their story"
                                          : "No one yet — add a person or import contacts",
                "Their research, your conversations, notes and what is due next show here.");
    end_body();
}

} // namespace rapport::ui
