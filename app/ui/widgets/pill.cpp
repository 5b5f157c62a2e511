#include "ui/widgets/pill.hpp"

#include "ui/context.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

ImU32 tone_colour(Tone tone) {
    const Palette& p = colors();
    switch (tone) {
    case Tone::Accent:
        return p.accent;
    case Tone::Ok:
        return p.ok;
    case Tone::Warn:
        return p.warn;
    case Tone::Late:
        return p.late;
    case Tone::Neutral:
        break;
    }
    return p.muted;
}

ImVec2 pill_size(std::string_view text) {
    ImFont* font = ctx().fonts.label;
    return ImVec2(text_width(font, text) + em(1.1f), font->FontSize + em(0.7f));
}

void draw_pill(ImDrawList* draw, ImVec2 pos, std::string_view text, Tone tone) {
    ImFont* font = ctx().fonts.label;
    const ImVec2 size = pill_size(text);
    const ImU32 ink = tone_colour(tone);
    // A faint wash of the ink over the card surface keeps the pair ≥ 4.5:1.
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                        mix(colors().surface, ink, 0.10f), size.y * 0.5f);
    const std::string_view seen = shown(text);
    draw->AddText(font, font->FontSize, ImVec2(pos.x + em(0.55f), pos.y + em(0.35f)), ink,
                  seen.data(), seen.data() + seen.size());
}

} // namespace rapport::ui
