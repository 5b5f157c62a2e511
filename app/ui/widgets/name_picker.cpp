#include "ui/widgets/name_picker.hpp"

#include "core/text.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/text_field.hpp"

#include <imgui.h>

namespace rapport::ui {

std::optional<NamePick> name_picker(const char* id, const char* label, std::string& query,
                                    bool take_focus, const std::vector<store::PersonName>& names,
                                    PickKind kind) {
    std::optional<NamePick> picked;
    begin_panel(id);
    text_field(label, query, "Type a name", take_focus);
    const std::string name = core::trim(query);
    const std::string key = core::lower_ascii(name);
    int shown = 0;
    bool exact = false;
    const bool optional = kind == PickKind::Optional;
    for (const store::PersonName& p : names) {
        if (shown >= 6 || (optional && key.empty())) break;
        if (!key.empty() && p.key.find(key) == std::string::npos) continue;
        exact = exact || p.key == key;
        ImGui::PushID(p.id.c_str());
        if (button(p.name)) picked = NamePick{p.id, p.name};
        ImGui::PopID();
        ++shown;
    }
    if (!optional && !name.empty() && !exact && button("Add " + name, ButtonKind::Filled))
        picked = NamePick{"", name};
    end_panel();
    return picked;
}

} // namespace rapport::ui
