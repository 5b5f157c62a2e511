#include "ui/widgets/date_picker.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>

#include <array>
#include <string>

namespace rapport::ui {
namespace {

constexpr std::array<char, 7> kInitials = {'S', 'M', 'T', 'W', 'T', 'F', 'S'};

int month_index(core::LocalDate d) {
    return d.year * 12 + (d.month - 1);
}

void centred_text(ImFont* font, ImU32 colour, ImVec2 centre, std::string_view text) {
    const float w = text_width(font, text);
    ImGui::GetWindowDrawList()->AddText(
        font, font->FontSize, ImVec2(centre.x - w * 0.5f, centre.y - font->FontSize * 0.5f), colour,
        text.data(), text.data() + text.size());
}

} // namespace

std::optional<core::LocalDate> date_picker(const char* id, std::optional<core::LocalDate> selected,
                                           core::LocalDate today,
                                           std::optional<core::LocalDate> earliest,
                                           std::optional<core::LocalDate> latest) {
    std::optional<core::LocalDate> tapped;
    ImGui::PushID(id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID month_key = ImGui::GetID("month");
    int shown = storage->GetInt(month_key, month_index(selected.value_or(today)));
    const Palette& p = colors();
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // The grid's width: seven finger-sized columns at most, centred.
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = content_right() - left;
    const float cell = ImMin(width, date_picker_width()) / 7.0f;
    const float grid_left = left + (width - cell * 7.0f) * 0.5f;
    const float grid_width = cell * 7.0f;

    // Month header over the grid: ‹ December 2026 ›
    const float icon = em(metrics::kIconButton);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(grid_left, top.y));
    if (icon_button("Previous month", icon::kChevronLeft)) --shown;
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(grid_left + grid_width - icon, top.y));
    if (icon_button("Next month", icon::kChevronRight)) ++shown;
    storage->SetInt(month_key, shown);
    const int year = shown / 12, month = shown % 12 + 1;
    const std::string title = std::string(month_name(month)) + " " + std::to_string(year);
    centred_text(ctx().fonts.header, p.text,
                 ImVec2(grid_left + grid_width * 0.5f, top.y + icon * 0.5f), title);

    // Weekday initials, Monday first.
    const float head_y = top.y + icon + em(0.25f);
    for (int column = 0; column < 7; ++column) {
        const std::string initial(1, kInitials[static_cast<size_t>((column + 1) % 7)]);
        centred_text(
            ctx().fonts.label, p.muted,
            ImVec2(grid_left + cell * (static_cast<float>(column) + 0.5f), head_y + em(0.6f)),
            initial);
    }

    // The days, six rows at most.
    const core::LocalDate first{year, month, 1};
    const int lead = (core::weekday_of(first) + 6) % 7; // blanks before the 1st
    const int days = core::days_in_month(year, month);
    const float grid_top = head_y + em(1.4f);
    for (int day = 1; day <= days; ++day) {
        const int slot = lead + day - 1;
        const ImVec2 min(grid_left + cell * static_cast<float>(slot % 7),
                         grid_top + cell * static_cast<float>(slot / 7));
        const core::LocalDate date{year, month, day};
        const bool enabled = (!earliest || date >= *earliest) && (!latest || date <= *latest);
        ImGui::SetCursorScreenPos(min);
        ImGui::PushID(day);
        ImGui::BeginDisabled(!enabled);
        const bool pressed = ImGui::InvisibleButton("day", ImVec2(cell, cell));
        const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
        ImGui::EndDisabled();
        ImGui::PopID();
        if (enabled) ctx().hits.record(day_label(date), min, ImVec2(min.x + cell, min.y + cell));
        if (pressed && enabled) tapped = date;
        const ImVec2 centre(min.x + cell * 0.5f, min.y + cell * 0.5f);
        const float radius = cell * 0.5f - em(0.15f);
        const bool chosen = selected && *selected == date;
        if (chosen)
            draw->AddCircleFilled(centre, radius, p.accent);
        else if (held || hovered)
            draw->AddCircleFilled(centre, radius, mix(p.background, p.text, held ? 0.12f : 0.05f));
        if (date == today && !chosen)
            draw->AddCircle(centre, radius, p.accent, 0, ImMax(1.0f, ctx().scale * 1.5f));
        if (enabled && ring_on_last_item())
            draw->AddCircle(centre, radius + em(0.1f), p.text, 0, ImMax(2.0f, em(0.12f)));
        const ImU32 ink = chosen    ? p.on_accent
                          : enabled ? p.text
                                    : mix(p.background, p.muted, 0.5f);
        centred_text(ctx().fonts.secondary, ink, centre, std::to_string(day));
    }
    const int rows = (lead + days + 6) / 7;
    ImGui::SetCursorScreenPos(ImVec2(left, grid_top + cell * static_cast<float>(rows)));
    ImGui::Dummy(ImVec2(width, em(0.25f)));
    ImGui::PopID();
    return tapped;
}

float date_picker_width() {
    return em(metrics::kHitTarget) * 1.2f * 7.0f;
}

ChoiceOrDay choices_or_day(const char* id, std::vector<std::string_view> choices,
                           core::LocalDate today, core::LocalDate earliest) {
    ChoiceOrDay result;
    ImGui::PushID(id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID picking_key = ImGui::GetID("picking");
    const bool picking = storage->GetBool(picking_key, false);
    choices.push_back("Pick a day");
    const int count = static_cast<int>(choices.size());
    // "Tomorrow", "In 3 days"…: each acts at once (a button to a screen
    // reader); "Pick a day" shows its calendar while selected.
    const int tapped = chip_row(choices.data(), count, picking ? count - 1 : -1, ChipKind::Action);
    if (tapped == count - 1)
        storage->SetBool(picking_key, !picking);
    else
        result.choice = tapped;
    if (picking) {
        result.day = date_picker("month", std::nullopt, today, earliest);
        if (result.day) storage->SetBool(picking_key, false);
    }
    ImGui::PopID();
    return result;
}

} // namespace rapport::ui
