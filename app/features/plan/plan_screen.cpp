// Planning a conversation: when, how long (15 minutes unless agreed
// otherwise), how, where or which link, and the questions to bring.
#include "core/conversation.hpp"
#include "features/plan/plan_feature.hpp"
#include "features/plan/plan_questions.hpp"
#include "ui/context.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/widgets/when_picker.hpp"
#include "ui/wording.hpp"

#include <array>
#include <vector>

namespace rapport::ui {

void PlanFeature::draw(const Route&, ScreenContext& screen) {
    PlanEditor& plan = editor_;
    core::Conversation& c = plan.conversation;
    const BarResult bar =
        app_bar(c.id.empty() ? "Plan" : "Edit plan", Leading::Close, {{"Save", nullptr}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(SavePlan{});

    begin_body("plan");
    paragraph(ctx().fonts.body, colors().text, "Conversation with " + plan.person_name);
    if (!plan.error.empty()) paragraph(ctx().fonts.body, colors().late, plan.error);
    when_picker("when", plan.date, plan.time, today_of(screen.model), today_of(screen.model), {},
                screen.model.hour_clock);

    paragraph(ctx().fonts.secondary, colors().muted, "Length");
    static constexpr std::array<int, 4> kMinutes = {15, 20, 30, 45};
    static constexpr std::array<std::string_view, 4> kLabels = {"15 min", "20 min", "30 min",
                                                                "45 min"};
    int selected = -1;
    for (size_t i = 0; i < kMinutes.size(); ++i)
        if (kMinutes[i] == c.duration_minutes) selected = static_cast<int>(i);
    const int tapped = chip_row(kLabels.data(), 4, selected);
    if (tapped >= 0) c.duration_minutes = kMinutes[static_cast<size_t>(tapped)];
    if (c.duration_minutes > 20)
        paragraph(ctx().fonts.secondary, colors().warn,
                  "The guide suggests asking for about 15 minutes.");

    paragraph(ctx().fonts.secondary, colors().muted, "How");
    std::vector<std::string_view> modes;
    for (const auto& m : core::conversation_mode_names())
        modes.push_back(m.label);
    const int mode =
        chip_row(modes.data(), static_cast<int>(modes.size()), static_cast<int>(c.mode));
    if (mode >= 0) c.mode = static_cast<core::ConversationMode>(mode);
    text_field(c.mode == core::ConversationMode::VideoCall ? "Call link" : "Place", c.place,
               c.mode == core::ConversationMode::VideoCall ? "https://…" : "Where you will meet");
    if (text_field_entered()) screen.actions.add(SavePlan{}); // as Save does
    plan_questions(plan, bank_);
    end_body();
}

} // namespace rapport::ui
