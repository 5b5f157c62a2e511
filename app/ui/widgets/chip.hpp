#pragma once
// Filter and choice chips: 36 px tall pills inside a 48 px hit area.
#include <string_view>

namespace rapport::ui {

// What a chip is to a screen reader: a choice that is on or off (a toggle
// with its state), or a one-shot action ("Tomorrow", a heading put in the
// note), which is a plain button.
enum class ChipKind { Choice, Action };

// Returns true when tapped. Lays out inline: call ImGui::SameLine yourself or
// use chip_row to wrap a set of chips.
bool chip(std::string_view label, bool selected, ChipKind kind = ChipKind::Choice);

// Lays out chips left to right, wrapping at the available width. Returns the
// index tapped, or -1.
int chip_row(const std::string_view* labels, int count, int selected,
             ChipKind kind = ChipKind::Choice);

// The same chips on one line that scrolls sideways: for long sets on phones.
int chip_strip(const char* id, const std::string_view* labels, int count, int selected,
               ChipKind kind = ChipKind::Choice);

} // namespace rapport::ui
