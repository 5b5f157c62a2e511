#include "ui/widgets/when_picker.hpp"

#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/date_picker.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>

#include <array>
#include <vector>

namespace rapport::ui {
namespace {

constexpr int kStepMinutes = 15;
constexpr int kDayChips = 5;

std::string chip_label(core::LocalDate day, core::LocalDate today) {
    if (day == today) return "Today";
    if (day == core::add_days(today, 1)) return "Tomorrow";
    if (day == core::add_days(today, -1)) return "Yesterday";
    const std::string label = day_label(day); // "Thu 24 December"
    return label.substr(0, label.rfind(' ')); // "Thu 24"
}

// ‹ 14:30 ›: a quarter of an hour each way.
bool time_stepper(std::string& time, core::HourClock hours) {
    const int minutes = core::parse_time(time).value_or(9 * 60);
    // As wide as the month above it, centred.
    const float full = content_right() - ImGui::GetCursorScreenPos().x;
    const float width = ImMin(full, date_picker_width());
    const float left = ImGui::GetCursorScreenPos().x + (full - width) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
    const float icon = em(metrics::kIconButton);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    bool changed = false;
    // Steps land on the quarter hours: 14:37 goes to 14:30 or 14:45.
    if (icon_button("15 minutes earlier", icon::kChevronLeft)) {
        time = core::time_text(
            (minutes + kStepMinutes - 1) / kStepMinutes * kStepMinutes - kStepMinutes, hours);
        changed = true;
    }
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(left + width - icon, top.y));
    if (icon_button("15 minutes later", icon::kChevronRight)) {
        time = core::time_text(minutes / kStepMinutes * kStepMinutes + kStepMinutes, hours);
        changed = true;
    }
    const std::string shown = core::time_text(core::parse_time(time).value_or(minutes), hours);
    ImFont* font = ctx().fonts.title;
    const float w = text_width(font, shown);
    ImGui::GetWindowDrawList()->AddText(
        font, font->FontSize,
        ImVec2(left + (width - w) * 0.5f, top.y + (icon - font->FontSize) * 0.5f), colors().text,
        shown.c_str());
    return changed;
}

} // namespace

bool when_picker(const char* id, std::string& date, std::string& time, core::LocalDate today,
                 std::optional<core::LocalDate> earliest, std::optional<core::LocalDate> latest,
                 core::HourClock hours) {
    ImGui::PushID(id);
    bool changed = false;
    const std::optional<core::LocalDate> chosen = core::parse_date(date);

    std::vector<core::LocalDate> days;
    std::vector<std::string> names;
    // The next days, or for a time that has passed, the last ones.
    const int direction = latest && *latest <= today ? -1 : 1;
    for (int i = 0; static_cast<int>(days.size()) < kDayChips && i < 14; ++i) {
        const core::LocalDate day = core::add_days(today, i * direction);
        if ((earliest && day < *earliest) || (latest && day > *latest)) continue;
        days.push_back(day);
        names.push_back(chip_label(day, today));
    }
    std::vector<std::string_view> labels(names.begin(), names.end());
    int selected = -1;
    for (size_t i = 0; i < days.size(); ++i)
        if (chosen && *chosen == days[i]) selected = static_cast<int>(i);
    const int tapped = chip_row(labels.data(), static_cast<int>(labels.size()), selected);
    if (tapped >= 0) {
        date = core::date_text(days[static_cast<size_t>(tapped)]);
        changed = true;
    }
    if (auto day = date_picker("month", chosen, today, earliest, latest)) {
        date = core::date_text(*day);
        changed = true;
    }
    changed = time_stepper(time, hours) || changed;
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    // Typing stays possible: a date far off, an exact minute.
    changed = text_field("Date", date, "2026-12-02") || changed;
    changed = text_field("Time", time, "14:30") || changed;
    ImGui::PopID();
    return changed;
}

} // namespace rapport::ui
