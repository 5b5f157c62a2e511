#pragma once
// Text in the type scale: wrapped paragraphs, section headers, one-line
// labels clipped with an ellipsis.
#include "ui/accessible_mirror.hpp"

#include <imgui.h>
#include <string>
#include <string_view>

namespace rapport::ui {

// Wrapped text at the cursor in `font` and `colour`, full available width.
void paragraph(ImFont* font, ImU32 colour, std::string_view text);
// The same, read out in the accessible mirror as `role` (a heading at
// `level`) and as `spoken` when given.
void paragraph_as(AccessRole role, ImFont* font, ImU32 colour, std::string_view text,
                  std::string_view spoken = {}, int level = 2);
// "DUE", "UPCOMING": 14 bold uppercase muted, with room above.
void section_header(std::string_view text);
// Draws one line at `pos`, cut with "…" to fit `max_width`. Returns its width.
float draw_line(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
                float max_width);
// Draws text wrapped to `wrap_width`, at most `max_lines`, breaking at its
// own line ends too. Returns its height.
float draw_wrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
                   float wrap_width, int max_lines);
// The same for a search excerpt whose matches are wrapped in \x02 … \x03
// (store::make_snippet): each match is drawn in the text colour on a tint,
// so the eye finds why the result is there.
float draw_wrapped_marked(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour,
                          std::string_view marked, float wrap_width, int max_lines);
// Text with the marks \x02 … \x03 taken out.
std::string without_marks(std::string_view marked);
float text_width(ImFont* font, std::string_view text);

} // namespace rapport::ui
