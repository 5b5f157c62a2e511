// Capture: the moment after a meeting. The text box has focus on arrival and
// every keystroke is saved within a second; there is no save to forget.
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"

#include <imgui_internal.h>

namespace rapport::ui {
namespace {

int count_words(const std::string& text) {
    int words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

} // namespace

void draw_capture(ScreenContext& screen) {
    CaptureEditor& editor = screen.capture;
    const BarResult bar = app_bar("Capture", Leading::Close, {{"Done", nullptr}});
    if (bar.leading || bar.action == 0) screen.actions.add(FinishCapture{});

    begin_body("capture");
    // Leave room below the box for the status line and the body's end padding.
    const float reserve = em(3.4f);
    const float height = ImMax(em(8.0f), ImGui::GetContentRegionAvail().y - reserve);
    const TextAreaResult result =
        text_area("##capture", editor.text, ImVec2(ImGui::GetContentRegionAvail().x, height),
                  "What did you hear? Start typing — it saves as you go.", editor.focus_requested);
    editor.focus_requested = false;
    if (result.changed) {
        editor.dirty = true;
        editor.last_edit_at = ImGui::GetTime();
    }
    if (result.active) editor.cursor = result.cursor;

    std::string status;
    ImU32 tone = colors().muted;
    if (!screen.model.last_error.empty()) {
        status = screen.model.last_error + " — your text is kept and will be retried.";
        tone = colors().late;
    } else if (editor.text.empty()) {
        status = "Saved to your inbox when you are done";
    } else {
        const int words = count_words(editor.text);
        status = std::string(editor.dirty ? "Saving… · " : "Saved · ") + std::to_string(words) +
                 (words == 1 ? " word" : " words");
    }
    paragraph(ctx().fonts.secondary, tone, status);
    end_body();
}

} // namespace rapport::ui
