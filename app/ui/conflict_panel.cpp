#include "ui/conflict_panel.hpp"

#include "ui/conflict_actions.hpp"
#include "ui/context.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text.hpp"
#include "ui/wording.hpp"

namespace rapport::ui {

void conflict_panel(ScreenContext& screen, const store::StoredConflict& conflict,
                    std::string_view what) {
    ImGui::PushID(static_cast<int>(conflict.row));
    begin_panel("conflict");
    const ConflictWords words = conflict_words(conflict.conflict);
    paragraph(ctx().fonts.secondary, colors().muted, what);
    paragraph(ctx().fonts.body, colors().text, words.headline);
    paragraph(ctx().fonts.secondary, colors().muted, words.detail);
    if (button("Take it back")) screen.actions.add(TakeBackValue{conflict.row});
    ImGui::SameLine();
    if (button("Keep as it is", ButtonKind::Quiet)) screen.actions.add(LetGoValue{conflict.row});
    end_panel();
    ImGui::PopID();
}

} // namespace rapport::ui
