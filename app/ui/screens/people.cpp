// People: everyone in the practice, searchable and filtered by stage.
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"

namespace rapport::ui {

void draw_people(ScreenContext& screen) {
    app_bar("People", Leading::None);
    begin_body("people");
    // The query is UI state, kept in the widget context between frames.
    std::string& query = ctx().people_query;
    search_field("##search", query, "Search people, notes, answers", icon::kSearch);
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    if (screen.model.people == 0) {
        empty_state("no-people", icon::kPeople, "No one yet — add a person or import contacts",
                    "Good first contacts, from the guide: faculty members, past supervisors or "
                    "co-workers, friends and family, people you met at career fairs, social "
                    "media followers and influencers, alumni, and LinkedIn alumni.");
    }
    end_body();
}

} // namespace rapport::ui
