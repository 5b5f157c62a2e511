// Settings: theme, text size, who you are, where the data lives and its
// daily copies, and the version.
#include "core/calendar.hpp"
#include "features/settings/settings_feature.hpp"
#include "features/speech/speech_actions.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/wording.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::ui {
namespace {

constexpr std::array<float, 5> kTextSizes = {0.85f, 1.0f, 1.15f, 1.3f, 1.6f};
constexpr std::array<std::string_view, 5> kTextSizeLabels = {"85%", "100%", "115%", "130%", "160%"};

// "Mon 30 November" for "2026-11-30".
std::string copy_day(const std::string& iso_day) {
    const auto date = core::parse_date(iso_day);
    return date ? day_label(*date) : iso_day;
}

std::string size_text(long long bytes) {
    if (bytes < 1024 * 1024) return std::to_string(std::max(1LL, bytes / 1024)) + " KB";
    const long long tenths = bytes * 10 / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

} // namespace

void SettingsFeature::copy_cards(ScreenContext& screen,
                                 const std::vector<store::Snapshot>& copies) {
    for (const store::Snapshot& copy : copies) {
        const std::string day = copy_day(copy.day);
        const std::string size = size_text(copy.bytes);
        // A daily copy is named by its day; one made before an update by the
        // version it came before, with its day beside the size.
        const bool update = copy.before_version > 0;
        const std::string title =
            update ? "Before version " + std::to_string(copy.before_version) : day;
        const std::string subtitle = update ? day + " · " + size : size;
        ListCard card;
        card.id = copy.path;
        card.title = title;
        card.subtitle = subtitle;
        card.icon = icon::kHistory;
        card.selected = confirming_ == copy.path;
        if (list_card(card)) confirming_ = confirming_ == copy.path ? "" : copy.path;
        if (confirming_ != copy.path) continue;
        const std::string named =
            update ? "from before version " + std::to_string(copy.before_version) : "from " + day;
        begin_panel("confirm-restore");
        paragraph(ctx().fonts.body, colors().text,
                  "Replace everything with the copy " + named + "?");
        if (button("Restore this copy", ButtonKind::Filled))
            screen.actions.add(RestoreSnapshot{copy.path, named});
        ImGui::SameLine();
        if (button("Keep what is here")) confirming_.clear();
        end_panel();
    }
}

void SettingsFeature::daily_copies(ScreenContext& screen) {
    if (!snapshots_.empty()) {
        section_header("Daily copies");
        paragraph(ctx().fonts.secondary, colors().muted,
                  "A copy of everything is kept each day you open Rapport, for a week. Restoring "
                  "one replaces what is here now; Undo puts it back.");
        copy_cards(screen, snapshots_);
    }
    if (!update_copies_.empty()) {
        section_header("Copies before an update");
        paragraph(ctx().fonts.secondary, colors().muted,
                  "Rapport copies everything before an update changes how it is stored.");
        copy_cards(screen, update_copies_);
    }
}

namespace {

struct QuietChoice {
    std::string_view label;
    int from, until; // minutes after midnight; equal: none
};
constexpr QuietChoice kQuietChoices[] = {
    {"22:00–08:00", 22 * 60, 8 * 60}, {"23:00–07:00", 23 * 60, 7 * 60}, {"None", 0, 0}};

// Follow-ups that fall due while Rapport is closed, or not looked at; in
// the browser (`while_open`), while the page is open but not looked at.
void reminders_panel(ScreenContext& screen, bool while_open) {
    const Preferences& prefs = screen.preferences;
    section_header("Reminders");
    begin_panel("reminders");
    paragraph(ctx().fonts.body, colors().text, "Notify me when a follow-up falls due");
    const std::string_view when = while_open ? "while this page is open in another tab or behind "
                                               "another window"
                                             : "while Rapport is closed or in the background";
    paragraph(ctx().fonts.secondary, colors().muted,
              "A thank-you the day after, a nudge after 3 and 7 business days: shown as a "
              "notification " +
                  std::string(when) + ". Tap it to open the person.");
    const std::string_view switches[] = {"Off", "On"};
    const int on = prefs.reminders ? 1 : 0;
    const int tapped = chip_row(switches, 2, on);
    if (tapped >= 0 && tapped != on)
        screen.actions.add(SetReminders{tapped == 1, prefs.quiet_from, prefs.quiet_until});
    if (prefs.reminders) {
        ImGui::Dummy(ImVec2(0, em(0.25f)));
        paragraph(ctx().fonts.body, colors().text, "Quiet hours");
        std::vector<std::string_view> labels;
        int chosen = -1;
        for (int i = 0; i < static_cast<int>(std::size(kQuietChoices)); ++i) {
            const QuietChoice& c = kQuietChoices[i];
            labels.push_back(c.label);
            const bool none = c.from == c.until && prefs.quiet_from == prefs.quiet_until;
            if (none || (c.from == prefs.quiet_from && c.until == prefs.quiet_until)) chosen = i;
        }
        const int quiet = chip_row(labels.data(), static_cast<int>(labels.size()), chosen);
        if (quiet >= 0 && quiet != chosen) {
            const QuietChoice& c = kQuietChoices[quiet];
            screen.actions.add(SetReminders{true, c.from, c.until});
        }
        ImGui::Dummy(ImVec2(0, em(0.25f)));
        paragraph(ctx().fonts.body, colors().text, "Ask for notes when a conversation ends");
        paragraph(ctx().fonts.secondary, colors().muted,
                  "“How did it go?” within a minute of its planned end, with Capture notes, "
                  "Not now and It didn't happen.");
        const std::string_view asks[] = {"Don't ask", "Ask"};
        const int asking = prefs.ask_when_ended ? 1 : 0;
        const int asked = chip_row(asks, 2, asking);
        if (asked >= 0 && asked != asking) screen.actions.add(SetAskWhenEnded{asked == 1});
    }
    if (!screen.model.reminders_problem.empty())
        paragraph(ctx().fonts.secondary, colors().warn,
                  while_open ? screen.model.reminders_problem
                             : "While Rapport is open they show; for when it is closed: " +
                                   screen.model.reminders_problem);
    end_panel();
}

} // namespace

void SettingsFeature::draw(const Route&, ScreenContext& screen) {
    if (app_bar("Settings", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("settings");

    section_header("Appearance");
    begin_panel("appearance");
    paragraph(ctx().fonts.body, colors().text, "Theme");
    const std::string_view themes[] = {"Light", "Dark"};
    const int theme_index = screen.preferences.theme == ThemeKind::Dark ? 1 : 0;
    const int theme_tap = chip_row(themes, 2, theme_index);
    if (theme_tap >= 0 && theme_tap != theme_index)
        screen.actions.add(SetTheme{theme_tap == 1 ? ThemeKind::Dark : ThemeKind::Light});

    ImGui::Dummy(ImVec2(0, em(0.25f)));
    paragraph(ctx().fonts.body, colors().text, "Text size");
    int size_index = 1;
    for (size_t i = 0; i < kTextSizes.size(); ++i)
        if (std::fabs(kTextSizes[i] - screen.preferences.text_size) < 0.01f)
            size_index = static_cast<int>(i);
    const int size_tap =
        chip_row(kTextSizeLabels.data(), static_cast<int>(kTextSizes.size()), size_index);
    if (size_tap >= 0 && size_tap != size_index)
        screen.actions.add(SetTextSize{kTextSizes[static_cast<size_t>(size_tap)]});

    ImGui::Dummy(ImVec2(0, em(0.25f)));
    paragraph(ctx().fonts.body, colors().text, "Time of day");
    const std::string_view clocks[] = {"As the system has it", "14:30", "2:30 PM"};
    const int clock_index = static_cast<int>(screen.preferences.clock);
    const int clock_tap = chip_row(clocks, 3, clock_index);
    if (clock_tap >= 0 && clock_tap != clock_index)
        screen.actions.add(SetClock{static_cast<ClockChoice>(clock_tap)});
    end_panel();

    reminders_panel(screen, shell_.services().reminders_while_open);

    section_header("About you");
    begin_panel("profile");
    screen.actions.ask(ProfileFields{screen});
    end_panel();
    // A card that opens a page of its own.
    const auto page = [](const char* title, const char* subtitle, const char* glyph) {
        return link_card(title, title, subtitle, glyph);
    };
    if (page("Elevator speech",
             "Strengths, skills, what you are exploring, and a speech per audience", icon::kEdit))
        screen.actions.add(OpenSpeech{});
    if (page("Message templates",
             "The outreach, nudge, thank-you and LinkedIn note Write starts from", icon::kMail))
        screen.actions.add(OpenScreen{{Screen::Templates, {}}});
    if (page("Help", "How every screen works, reminders, sync and your data", icon::kHelp))
        screen.actions.add(OpenScreen{{Screen::Help, {}}});

    section_header("Your data");
    begin_panel("data");
    if (const AppServices& services = shell_.services(); services.storage_status) {
        paragraph(ctx().fonts.body, colors().text, "Stored in this browser only");
        paragraph(ctx().fonts.secondary, colors().muted, services.storage_status());
    } else {
        paragraph(ctx().fonts.body, colors().text,
                  sync_account_ ? "Stored on this device, synced with your server"
                                : "Stored on this device only");
        paragraph(ctx().fonts.secondary, colors().muted, screen.model.database_path);
    }
    end_panel();
    if (link_card("data", "Import and export",
                  "LinkedIn, vCard and Google contacts in; vCard, calendar, CSV, Markdown and "
                  "backups out",
                  icon::kUpload))
        screen.actions.add(OpenScreen{{Screen::Data, {}}});
    if (shell_.shows(Screen::Sync)) {
        std::string line = "Off. Keep phone and laptop in step through your contacts and "
                           "calendar server";
        if (sync_account_) {
            line = sync_status(sync_account_->last_synced_at, sync_account_->last_problem,
                               screen.model);
            line += " · " + sync_account_->address;
        }
        if (link_card("sync", "Sync", line, icon::kSync))
            screen.actions.add(OpenScreen{{Screen::Sync, {}}});
    }
    daily_copies(screen);

    section_header("About");
    begin_panel("about");
    paragraph(ctx().fonts.body, colors().text, "Rapport " + screen.model.version);
    paragraph(ctx().fonts.secondary, colors().muted,
              "Informational interviews, from the first hello to the thank-you note.");
    end_panel();
    end_body();
}

} // namespace rapport::ui
