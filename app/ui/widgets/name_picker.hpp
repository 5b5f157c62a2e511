#pragma once
// Picking a person by typing their name: a field, the first six people whose
// name holds what was typed, and "Add NAME" when no one has exactly that
// name. Used wherever something is filed under someone (capture, a note).
#include "store/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct NamePick {
    std::string person_id; // "" when the name is someone new, to add
    std::string name;
};

// Where a pick is optional (who a piece of evidence came from), no one is
// suggested before something is typed and no one new is offered.
enum class PickKind { Required, Optional };

// Draws inside its own panel `id`; returns the pick made this frame.
std::optional<NamePick> name_picker(const char* id, const char* label, std::string& query,
                                    bool take_focus, const std::vector<store::PersonName>& names,
                                    PickKind kind = PickKind::Required);

} // namespace rapport::ui
