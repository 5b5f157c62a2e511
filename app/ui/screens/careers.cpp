// Careers: options that came out of conversations, with their evidence.
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/empty_state.hpp"

namespace rapport::ui {

void draw_careers(ScreenContext&) {
    app_bar("Careers", Leading::None);
    begin_body("careers");
    empty_state("no-careers", icon::kWork, "No career options yet",
                "After a few conversations, add the paths you are weighing. Rapport collects "
                "what you heard — likes, dislikes, advice, recommended courses — as evidence for "
                "and against each one, so you can compare them side by side.");
    end_body();
}

} // namespace rapport::ui
