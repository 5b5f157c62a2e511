#include "ui/widgets/chip.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/scroll_area.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

float chip_width(std::string_view label) {
    // Never narrower than a finger, even for "1".
    return ImMax(text_width(ctx().fonts.secondary, label) + em(2.0f), em(metrics::kHitTarget));
}

} // namespace

bool chip(std::string_view label, bool selected, ChipKind kind) {
    ImFont* font = ctx().fonts.secondary;
    const float hit_h = em(metrics::kHitTarget);
    const float chip_h = em(metrics::kChipHeight);
    const float width = chip_width(label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string id = "chip:" + std::string(label);
    const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, hit_h));
    Access access;
    access.role = kind == ChipKind::Action ? AccessRole::Button : AccessRole::Toggle;
    access.checked = selected;
    ctx().hits.record(label, pos, ImVec2(pos.x + width, pos.y + hit_h), access);
    const Palette& p = colors();
    const ImVec2 a(pos.x, pos.y + (hit_h - chip_h) * 0.5f);
    const ImVec2 b(pos.x + width, a.y + chip_h);
    ImU32 fill = selected ? p.accent : p.surface;
    if (ImGui::IsItemActive())
        fill = mix(fill, p.text, 0.12f);
    else if (ImGui::IsItemHovered())
        fill = mix(fill, p.text, 0.05f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(a, b, fill, chip_h * 0.5f);
    if (!selected) draw->AddRect(a, b, p.line, chip_h * 0.5f, 0, ImMax(1.0f, ctx().scale));
    if (ring_on_last_item()) {
        // A selected chip is accent-filled: its ring is a background-coloured
        // line just inside the edge, or it would not show.
        const float in = selected ? em(0.15f) : 0.0f;
        draw->AddRect(ImVec2(a.x + in, a.y + in), ImVec2(b.x - in, b.y - in),
                      selected ? p.background : p.accent, chip_h * 0.5f - in, 0, em(0.12f));
    }
    draw->AddText(font, font->FontSize,
                  ImVec2(a.x + (width - text_width(font, label)) * 0.5f,
                         a.y + (chip_h - font->FontSize) * 0.5f),
                  selected ? p.on_accent : p.text, shown(label).data(),
                  shown(label).data() + shown(label).size());
    return pressed;
}

int chip_row(const std::string_view* labels, int count, int selected, ChipKind kind) {
    int tapped = -1;
    const float right = content_right();
    const float gap = em(metrics::kGap);
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            ImGui::SameLine(0, gap);
            if (ImGui::GetCursorScreenPos().x + chip_width(labels[i]) > right) ImGui::NewLine();
        }
        if (chip(labels[i], i == selected, kind)) tapped = i;
    }
    return tapped;
}

int chip_strip(const char* id, const std::string_view* labels, int count, int selected,
               ChipKind kind) {
    int tapped = -1;
    begin_strip(id, em(metrics::kHitTarget));
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine(0, em(metrics::kGap));
        if (chip(labels[i], i == selected, kind)) tapped = i;
    }
    end_strip();
    return tapped;
}

} // namespace rapport::ui
