// What I've heard: one section a topic, the items most people mentioned
// first, each naming who said it and opening the conversation it came from.
#include "features/heard/heard_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

#include <string>

namespace rapport::ui {
namespace {

// "Amara Osei", "Amara Osei and Dana Kim", "3 people: Amara Osei, Dana Kim, …".
std::string who_said(const std::vector<std::string>& people) {
    if (people.size() == 1) return people.front();
    if (people.size() == 2) return people[0] + " and " + people[1];
    std::string list = std::to_string(people.size()) + " people: ";
    for (size_t i = 0; i < people.size(); ++i)
        list += (i ? ", " : "") + people[i];
    return list;
}

} // namespace

void HeardFeature::draw(const Route&, ScreenContext& screen) {
    if (app_bar("What I've heard", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("heard");
    bool any = false;
    for (const core::HeardSection& section : sections_)
        any = any || !section.items.empty();
    if (!any) {
        empty_state("heard-empty", icon::kDescription, "Nothing heard yet",
                    "After a conversation, tap Courses, Certifications, Mentors or Advice in "
                    "capture and write what they said under it. Every conversation adds up "
                    "here: what people in your field recommend, and how often.");
        end_body();
        return;
    }
    paragraph(ctx().fonts.secondary, colors().muted,
              "From your debriefs, across every conversation. What more people said comes "
              "first.");
    for (const core::HeardSection& section : sections_) {
        if (section.items.empty()) continue;
        section_header(section.title);
        ImGui::PushID(section.title);
        for (size_t i = 0; i < section.items.size(); ++i) {
            const core::HeardItem& item = section.items[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string who = who_said(item.people);
            ListCard card;
            card.id = item.text;
            card.title = item.text;
            card.title_lines = 2;
            card.subtitle = who;
            if (item.people.size() > 1) {
                card.pill = item.people.size() > 2 ? "often" : "twice";
                card.pill_tone = Tone::Ok;
            }
            if (list_card(card))
                screen.actions.add(OpenScreen{{Screen::Debrief, item.conversation_id}});
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    end_body();
}

} // namespace rapport::ui
