#include "ui/widgets/stat_tile.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {

namespace {

// The widest single word of a label: it must fit a tile's line whole.
float widest_word(ImFont* font, std::string_view label) {
    float widest = 0.0f;
    size_t start = 0;
    while (start < label.size()) {
        size_t end = label.find(' ', start);
        if (end == std::string_view::npos) end = label.size();
        widest = ImMax(widest, text_width(font, label.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

// A tile's card at the cursor, from `min` to `max`: tappable, named for a
// screen reader ("3 due today", made only where one may hear it), pressed
// and focused as a card is. True when tapped.
bool tile(const Stat& stat, int index, const std::string& number, ImVec2 min, ImVec2 max) {
    ImGui::PushID(index);
    const bool tapped = ImGui::InvisibleButton("tile", ImVec2(max.x - min.x, max.y - min.y));
    ImGui::PopID();
    const std::string spoken =
        ctx().access.enabled ? number + " " + std::string(stat.label) : std::string();
    Access access;
    access.name = spoken; // a view: `spoken` outlives the record
    ctx().hits.record(stat.label, min, max, access);
    const Palette& p = colors();
    ImU32 fill = p.surface;
    if (ImGui::IsItemActive())
        fill = mix(fill, p.text, 0.08f);
    else if (ImGui::IsItemHovered())
        fill = mix(fill, p.text, 0.03f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, fill, em(metrics::kCardRadius));
    draw->AddRect(min, max, p.line, em(metrics::kCardRadius), 0, ImMax(1.0f, ctx().scale));
    if (ring_on_last_item()) draw_focus_ring(draw, min, max, em(metrics::kCardRadius));
    return tapped;
}

// One tile a line: the number, then its label, on one row each.
int stat_column(const Stat* stats, int count) {
    ImFont* number_font = ctx().fonts.title;
    ImFont* label_font = ctx().fonts.secondary;
    const float pad = em(0.75f);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height =
        ImMax(em(metrics::kHitTarget), em(0.4f) * 2 + number_font->FontSize * 1.2f);
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    int tapped = -1;
    for (int i = 0; i < count; ++i) {
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 max(min.x + width, min.y + height);
        const std::string number = std::to_string(stats[i].value);
        if (tile(stats[i], i, number, min, max)) tapped = i;
        draw->AddText(number_font, number_font->FontSize,
                      ImVec2(min.x + pad, min.y + (height - number_font->FontSize) * 0.5f), p.text,
                      number.c_str());
        const float label_x = min.x + pad + text_width(number_font, number) + em(0.6f);
        draw_line(draw, label_font, ImVec2(label_x, min.y + (height - label_font->FontSize) * 0.5f),
                  p.muted, stats[i].label, max.x - pad - label_x);
    }
    return tapped;
}

} // namespace

int stat_row(const Stat* stats, int count) {
    const float gap = em(metrics::kCardGap);
    ImFont* number_font = ctx().fonts.title;
    ImFont* label_font = ctx().fonts.secondary;
    const float pad = em(0.75f);
    const float full = ImGui::GetContentRegionAvail().x;
    float needed = 0.0f;
    for (int i = 0; i < count; ++i)
        needed = ImMax(needed, widest_word(label_font, stats[i].label) + 2 * pad);
    // Side by side while each word of each label fits its tile; else (a
    // narrow phone at a large text size) one tile a line, its number
    // beside its label, so "due today" never reads "du… e…".
    if ((full - gap * (count - 1)) / count < needed) return stat_column(stats, count);
    const float width = (full - gap * (count - 1)) / count;
    // A label wraps to a second line rather than losing its end on a narrow
    // phone ("met this mo…"); every tile in the row gets the same height.
    const float label_width = width - 2 * pad;
    int label_lines = 1;
    for (int i = 0; i < count; ++i) {
        const std::string_view label = stats[i].label;
        const float wrapped = label_font
                                  ->CalcTextSizeA(label_font->FontSize, FLT_MAX, label_width,
                                                  label.data(), label.data() + label.size())
                                  .y;
        label_lines = ImMax(label_lines, wrapped > label_font->FontSize * 1.5f ? 2 : 1);
    }
    const float height = pad * 2 + number_font->FontSize * 1.2f +
                         label_font->FontSize * (label_lines == 1 ? 1.3f : 2.3f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = colors();
    int tapped = -1;
    for (int i = 0; i < count; ++i) {
        const ImVec2 min(origin.x + i * (width + gap), origin.y);
        const ImVec2 max(min.x + width, min.y + height);
        ImGui::SetCursorScreenPos(min);
        const std::string number = std::to_string(stats[i].value);
        if (tile(stats[i], i, number, min, max)) tapped = i;
        draw->AddText(number_font, number_font->FontSize, ImVec2(min.x + pad, min.y + pad), p.text,
                      number.c_str());
        draw_wrapped(draw, label_font,
                     ImVec2(min.x + pad, min.y + pad + number_font->FontSize * 1.2f), p.muted,
                     stats[i].label, label_width, 2);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, height));
    return tapped;
}

} // namespace rapport::ui
