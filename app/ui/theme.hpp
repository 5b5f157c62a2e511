#pragma once
// Colour tokens of the design (app/README.md, "The look") for both themes, and the
// WCAG contrast maths a unit test uses to keep every text pair readable.
#include <imgui.h>
#include <string_view>

namespace rapport::ui {

enum class ThemeKind { Light, Dark };

struct Palette {
    ImU32 background, surface, surface2, line, text, muted, accent, on_accent, ok, warn, late;
};

const Palette& palette_for(ThemeKind kind);
std::string_view theme_name(ThemeKind kind);

// Applies colours, rounding and spacing to an ImGui style. `scale` is the
// product of the display's content scale and the user's text size.
void apply_style(ImGuiStyle& style, const Palette& palette, float scale);

// WCAG 2.x relative luminance and contrast ratio of two opaque colours.
double relative_luminance(ImU32 colour);
double contrast_ratio(ImU32 a, ImU32 b);

// Mixes `over` onto `under` by `amount` (0..1): hover and press tints.
ImU32 mix(ImU32 under, ImU32 over, float amount);

} // namespace rapport::ui
