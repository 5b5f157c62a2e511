// Conversation mode: one question card at a time in the planned order, an
// answer note under each, and the agreed length counting down in sight.
#include "core/conversation_timer.hpp"
#include "features/conversation/conversation_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"

#include <algorithm>
#include <cmath>
#include <imgui_internal.h>
#include <string>
#include <utility>

namespace rapport::ui {
namespace {

void timer_line(const core::TimerReading& timer, int minutes) {
    const Tone tone = timer.phase == core::TimerPhase::Over      ? Tone::Late
                      : timer.phase == core::TimerPhase::Closing ? Tone::Warn
                                                                 : Tone::Neutral;
    ImFont* font = ctx().fonts.title;
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(tone));
    ImGui::TextUnformatted(timer.text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    // Read on demand as it stands; announced as the minutes go by.
    ctx().access.add_text(AccessRole::Timer, timer.text, ImGui::GetItemRectMin(),
                          ImGui::GetItemRectMax());
    ctx().access.announce(core::spoken_time_left(timer));
    ctx().hits.record("timer:" + std::string(tone == Tone::Late   ? "over"
                                             : tone == Tone::Warn ? "closing"
                                                                  : "running"),
                      ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    paragraph(ctx().fonts.secondary, colors().muted,
              "of the " + std::to_string(minutes) + " minutes you asked for");
}

// A horizontal swipe across `min..max` ending this frame: -1 back, +1 on.
int swipe_in(ImVec2 min, ImVec2 max) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMouseReleased(0)) return 0;
    const ImVec2 from = io.MouseClickedPos[0];
    if (from.x < min.x || from.x > max.x || from.y < min.y || from.y > max.y) return 0;
    const float dx = io.MousePos.x - from.x, dy = io.MousePos.y - from.y;
    if (std::fabs(dx) < em(4.0f) || std::fabs(dx) < 2 * std::fabs(dy)) return 0;
    return dx < 0 ? 1 : -1;
}

} // namespace

void ConversationFeature::draw(const Route&, ScreenContext& screen) {
    ConversationEditor& editor = editor_;
    const core::Conversation& c = editor.conversation;
    const BarResult bar = app_bar(editor.person_name, Leading::Close, {{"End", nullptr}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(EndConversation{});

    begin_body("conversation");
    const core::TimerReading timer =
        core::read_timer(editor.started_at, c.duration_minutes, screen.model.now_precise);
    timer_line(timer, c.duration_minutes);

    if (timer.phase == core::TimerPhase::Over && !editor.time_up_dismissed) {
        begin_panel("time-up");
        paragraph(ctx().fonts.body, colors().text, "Time's up");
        paragraph(ctx().fonts.secondary, colors().muted,
                  "You asked for " + std::to_string(c.duration_minutes) +
                      " minutes. Offer to end here, or ask if they have a few more minutes.");
        if (button("End and capture", ButtonKind::Filled)) screen.actions.add(EndConversation{});
        ImGui::SameLine();
        if (button("Continue")) screen.actions.add(ContinueOvertime{});
        end_panel();
    }

    const int count = static_cast<int>(c.questions.size());
    if (count == 0) {
        paragraph(ctx().fonts.body, colors().muted, "No questions planned.");
        end_body();
        return;
    }
    const int index = std::clamp(editor.index, 0, count - 1);
    paragraph(ctx().fonts.header, colors().muted,
              "QUESTION " + std::to_string(index + 1) + " OF " + std::to_string(count));
    const ImVec2 card_min = ImGui::GetCursorScreenPos();
    begin_panel("question");
    paragraph(ctx().fonts.title, colors().text, c.questions[static_cast<size_t>(index)].text);
    end_panel();
    const ImVec2 card_max(card_min.x + ImGui::GetContentRegionAvail().x,
                          ImGui::GetCursorScreenPos().y);
    if (const int swipe = swipe_in(card_min, card_max)) screen.actions.add(StepQuestion{swipe});

    ImGui::PushID(index);
    std::string& answer = editor.conversation.questions[static_cast<size_t>(index)].answer;
    const TextAreaResult result =
        text_area("##answer", answer, ImVec2(ImGui::GetContentRegionAvail().x, em(7.0f)),
                  "Their answer, in a few words", std::exchange(editor.focus_answer, false));
    ImGui::PopID();
    // Still answering through a press that began while the box had the
    // keyboard (on Next, say), up to its release, which steps to a card whose
    // box then takes the typing.
    editor.answering =
        result.active || (editor.answering && (ImGui::IsMouseDown(0) || ImGui::IsMouseReleased(0)));
    if (result.changed) {
        editor.autosave.edited(ImGui::GetTime());
    }
    // Arrow keys move between cards while no answer is being typed.
    if (!ImGui::GetIO().WantTextInput) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow)))
            screen.actions.add(StepQuestion{+1});
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow)))
            screen.actions.add(StepQuestion{-1});
    }
    const float half = (ImGui::GetContentRegionAvail().x - em(metrics::kGap)) * 0.5f;
    if (index > 0) {
        if (button("Previous", ButtonKind::Tonal, half)) screen.actions.add(StepQuestion{-1});
    } else {
        ImGui::Dummy(ImVec2(half, em(metrics::kButtonHeight)));
    }
    ImGui::SameLine(0, em(metrics::kGap));
    if (index + 1 < count) {
        if (button("Next", ButtonKind::Filled, half)) screen.actions.add(StepQuestion{+1});
    } else if (button("End and capture", ButtonKind::Filled, half)) {
        screen.actions.add(EndConversation{});
    }
    end_body();
}

} // namespace rapport::ui
