// Settings → Sync: setting up the account, or its status, Sync now and the
// values that lost a conflict.
#include "features/sync/sync_feature.hpp"
#include "ui/conflict_panel.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <imgui.h>

namespace rapport::ui {
namespace {

void answer_line(const SyncAnswer& answer) {
    if (answer.text.empty()) return;
    paragraph(ctx().fonts.body, answer.good ? tone_colour(Tone::Ok) : colors().late, answer.text);
}

} // namespace

std::string SyncFeature::status_line(const ReadModel& model) const {
    if (job_.running()) return "Syncing…";
    if (needs_password_) return "Waiting for your password";
    return sync_status(account_->last_synced_at, account_->last_problem, model);
}

std::string SyncFeature::next_line(const ReadModel& model) const {
    if (job_.running() || needs_password_) return {};
    if (schedule_.waiting_for_person()) return "Tap Sync now once that is fixed";
    const auto next = schedule_.next();
    if (!next)
        return "Syncs by itself while Rapport is open: at launch, a few seconds after each "
               "change, and every 15 minutes";
    const core::Millis wait = *next - model.now;
    if (wait <= core::kMinute) return "Syncs again within a minute";
    const std::string minutes = std::to_string((wait + core::kMinute - 1) / core::kMinute);
    if (schedule_.failures() > 0) return "Trying again in " + minutes + " min";
    return "Syncs again in " + minutes + " min, and a few seconds after each change";
}

void SyncFeature::draw_setup(ScreenContext& screen) {
    section_header("Your server");
    paragraph(ctx().fonts.secondary, colors().muted,
              "Keep your phone and laptop in step through the contacts and calendar server you "
              "already use (Nextcloud, Radicale, Fastmail, mailbox.org…). People show in your "
              "phone's contacts, conversations in its calendar, follow-ups as reminders.");
    begin_panel("account");
    text_field("Server address", form_.address, "https://dav.example.org");
    text_field("User name", form_.user);
    text_field("Password", form_.password, {}, false, FieldKind::Password);
    const bool entered = text_field_entered();
    draw_remember_choice();
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    const bool busy = job_.running();
    if ((button(busy ? "Connecting…" : "Set up sync", ButtonKind::Filled) || entered) && !busy)
        screen.actions.add(SetUpSync{});
    ImGui::SameLine();
    if (button("Test connection", ButtonKind::Tonal) && !busy)
        screen.actions.add(TestSyncAccount{});
    answer_line(answer_);
    end_panel();
    paragraph(ctx().fonts.secondary, colors().muted,
              connection_.remember_is_a_choice
                  ? "The password is kept until you close this tab, unless you ask this browser "
                    "to remember it. Your server must allow this site (CORS): see the README."
                  : "The password is kept in this computer's keyring, never in Rapport's files.");
}

void SyncFeature::draw_remember_choice() {
    if (!connection_.remember_is_a_choice) return;
    if (chip("Remember on this device", form_.remember_here))
        form_.remember_here = !form_.remember_here;
}

void SyncFeature::draw_status(ScreenContext& screen) {
    section_header("Status");
    begin_panel("status");
    paragraph(ctx().fonts.title, colors().text, status_line(screen.model));
    paragraph(ctx().fonts.secondary, colors().muted, account_->user + " at " + account_->address);
    if (job_.running()) {
        sync::SyncProgress& progress = job_.progress();
        const int total = progress.total.load(), done = progress.done.load();
        if (total > 0)
            paragraph(ctx().fonts.body, colors().text,
                      std::to_string(done) + " of " + std::to_string(total) + " items");
        progress_bar(total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f);
    } else if (!account_->last_summary.empty()) {
        paragraph(ctx().fonts.body, colors().text, "Last sync: " + account_->last_summary);
    }
    if (const std::string next = next_line(screen.model); !next.empty())
        paragraph(ctx().fonts.secondary, colors().muted, next);
    if (needs_password_) {
        if (!keyring_problem_.empty() && !connection_.remember_is_a_choice)
            paragraph(ctx().fonts.secondary, colors().muted,
                      "The keyring gave no password (" + keyring_problem_ + ")");
        text_field("Password", form_.password, {}, false, FieldKind::Password);
        const bool entered = text_field_entered();
        draw_remember_choice();
        if (button("Use this password", ButtonKind::Filled) || entered)
            screen.actions.add(UseSyncPassword{});
    } else if (button(job_.running() ? "Syncing…" : "Sync now", ButtonKind::Filled) &&
               !job_.running()) {
        screen.actions.add(SyncNow{});
    }
    end_panel();
    draw_conflicts(screen);
    draw_calendars(screen);

    section_header("Account");
    if (!asking_stop_) {
        if (button("Stop syncing", ButtonKind::Quiet)) screen.actions.add(StopSyncing{false});
        return;
    }
    begin_panel("stop");
    paragraph(ctx().fonts.body, colors().text,
              "Stop syncing with this server? Everything stays on this device and on the server; "
              "the password leaves the keyring.");
    if (button("Stop syncing", ButtonKind::Filled)) screen.actions.add(StopSyncing{true});
    ImGui::SameLine();
    if (button("Keep syncing", ButtonKind::Tonal)) screen.actions.add(StopSyncing{false});
    end_panel();
}

void SyncFeature::draw_conflicts(ScreenContext& screen) {
    if (conflicts_.empty()) return;
    section_header("Changed in two places");
    paragraph(ctx().fonts.secondary, colors().muted,
              "Both sides changed the same thing before they synced. The later change is kept "
              "everywhere; the other value waits here, so nothing is lost. Take it back on the "
              "person's page, or here for a career option, the speech or a template.");
    for (size_t i = 0; i < conflicts_.size(); ++i) {
        const store::StoredConflict& c = conflicts_[i];
        const std::string id = c.table + c.id + c.conflict.field + std::to_string(i);
        const std::string title = conflict_titles_[i] + " · " + field_words(c.conflict.field);
        const ConflictWords words = conflict_words(c.conflict);
        // A person's page offers the choice for what is about them, and
        // the card opens it; a career option, the speech or a template has
        // no such page, so its choice is made here, in a panel of its own.
        const bool about_a_person =
            conflict_routes_[i] && conflict_routes_[i]->screen == Screen::Person;
        if (!about_a_person) {
            conflict_panel(screen, c, title);
            continue;
        }
        ListCard card;
        card.id = id;
        card.title = title;
        // The headline may take three lines on a phone: a subtitle gets one.
        card.subtitle = words.detail;
        card.detail = words.headline;
        card.title_lines = 2;
        card.detail_lines = 3;
        card.icon = icon::kSync;
        if (list_card(card)) screen.actions.add(OpenScreen{*conflict_routes_[i]});
    }
}

void SyncFeature::draw_calendars(ScreenContext& screen) {
    if (calendars_.empty()) return;
    section_header("Your calendars");
    paragraph(ctx().fonts.secondary, colors().muted,
              "Meetings with people in Rapport are read from these calendars, never changed, and "
              "Rapport asks for your notes when they end.");
    const std::string_view choices[] = {"Don't read", "Read"};
    for (const store::CalendarSource& calendar : calendars_) {
        ImGui::PushID(calendar.url.c_str());
        paragraph(ctx().fonts.body, colors().text, calendar.name);
        const int now = calendar.watched ? 1 : 0;
        const int chosen = chip_row(choices, 2, now);
        if (chosen >= 0 && chosen != now)
            screen.actions.add(WatchCalendar{calendar.url, chosen == 1});
        ImGui::PopID();
    }
}

void SyncFeature::draw(const Route&, ScreenContext& screen) {
    if (app_bar("Sync", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("sync");
    if (account_)
        draw_status(screen);
    else
        draw_setup(screen);
    end_body();
}

} // namespace rapport::ui
