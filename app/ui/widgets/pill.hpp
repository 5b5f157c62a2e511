#pragma once
// Status pills ("met", "overdue"): 13 px bold on a tinted, fully rounded pill.
#include <imgui.h>
#include <string_view>

namespace rapport::ui {

enum class Tone { Neutral, Accent, Ok, Warn, Late };

ImVec2 pill_size(std::string_view text);
// The ink of a tone (late = red, warn = amber, ok = green…).
ImU32 tone_colour(Tone tone);
// Draws at `pos` (top-left) without taking layout space.
void draw_pill(ImDrawList* draw, ImVec2 pos, std::string_view text, Tone tone);

} // namespace rapport::ui
