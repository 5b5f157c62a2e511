// What an import will do, before it does it: who is new, who is already
// here (and how we know), what changed since the last import; merge or skip
// each match; then one tap imports, with progress and a way to stop.
#include "core/person.hpp"
#include "core/plural.hpp"
#include "features/data/data_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/stat_tile.hpp"
#include "ui/widgets/text.hpp"

#include <cctype>
#include <imgui.h>
#include <string>

namespace rapport::ui {
namespace {

using Kind = store::ImportRow::Kind;

std::string file_name(const std::string& path) {
    return path.substr(path.find_last_of('/') + 1);
}

// How the row is known to be someone already here, the why first so a
// narrow card cuts the name, not the reason: "Same email as Jordan Lee".
std::string match_words(const store::ImportRow& row) {
    std::string why = row.reason.empty() ? std::string("already here") : row.reason;
    why[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why[0])));
    return why + " as " + row.person_name;
}

void row_card(ScreenContext& screen, const store::ImportRow& row, int index) {
    std::string subtitle, detail;
    Tone tone = Tone::Neutral;
    switch (row.kind) {
    case Kind::New:
        subtitle = row.contact.role.empty() && row.contact.organisation.empty()
                       ? "New"
                       : "New · " + core::position_at(row.contact.role, row.contact.organisation);
        break;
    case Kind::Same:
        subtitle =
            row.person_id.empty() ? "Skipped: " + row.reason : match_words(row) + ", nothing new";
        break;
    case Kind::Duplicate:
    case Kind::Changed:
        subtitle = match_words(row);
        tone = row.kind == Kind::Changed ? Tone::Warn : Tone::Neutral;
        for (const std::string& c : row.changes)
            detail += (detail.empty() ? "" : "; ") + c;
        break;
    }
    const bool choice = row.kind == Kind::Duplicate || row.kind == Kind::Changed;
    const float chips = text_width(ctx().fonts.body, "Merge") + em(2.5f);
    ListCard card;
    card.id = row.contact.name;
    card.title = row.contact.name;
    card.subtitle = subtitle;
    card.detail = detail;
    card.detail_tone = tone;
    card.avatar = "";
    card.icon = row.kind == Kind::New ? icon::kPersonAdd : icon::kPeople;
    card.height = list_card_height();
    if (choice) card.width = ImGui::GetContentRegionAvail().x - chips - em(metrics::kGap);
    list_card(card);
    if (!choice) return;
    // One chip, on while the row will be merged: tap to skip it instead.
    const ImVec2 next = beside_card(em(metrics::kHitTarget));
    ImGui::PushID(index);
    if (chip("Merge", row.merge)) screen.actions.add(SetImportMerge{index, !row.merge});
    ImGui::PopID();
    ImGui::SetCursorScreenPos(next);
    ImGui::Dummy(ImVec2(0, 0));
}

void contacts_preview(ScreenContext& screen, const ImportJob& job) {
    const store::ImportPlan& plan = job.plan();
    const Stat stats[] = {{plan.count(Kind::New), "new"},
                          {plan.count(Kind::Duplicate) + plan.count(Kind::Changed), "already here"},
                          {plan.count(Kind::Same), "unchanged"}};
    stat_row(stats, 3);
    int importing = 0;
    for (const store::ImportRow& r : plan.rows)
        importing += r.kind == Kind::New ||
                     ((r.kind == Kind::Duplicate || r.kind == Kind::Changed) && r.merge);
    if (importing == 0) {
        paragraph(ctx().fonts.body, colors().text,
                  "Nothing to import: everyone in this file is already here as it is.");
    } else if (button("Import " + core::counted(importing, "person", "people"), ButtonKind::Filled,
                      ImGui::GetContentRegionAvail().x)) {
        screen.actions.add(ConfirmImport{});
    }
    if (plan.count(Kind::Changed))
        paragraph(ctx().fonts.secondary, colors().warn,
                  std::to_string(plan.count(Kind::Changed)) +
                      std::string(core::plural_form(plan.count(Kind::Changed), " has", " have")) +
                      " another organisation or role in this file than here; merging takes the "
                      "file's and keeps the one here in a note.");
    section_header(std::to_string(plan.rows.size()) + " in " + file_name(job.file()));
    // One card height, so only the visible rows are laid out: 50,000 rows
    // cost a frame what fifty do.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(plan.rows.size()),
                  list_card_height() + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::PushID(i);
            row_card(screen, plan.rows[static_cast<size_t>(i)], i);
            ImGui::PopID();
        }
}

void backup_preview(ScreenContext& screen, const ImportJob& job) {
    begin_panel("backup");
    paragraph(ctx().fonts.title, colors().text, "A Rapport backup");
    paragraph(ctx().fonts.body, colors().text,
              std::to_string(job.backup_people()) + " people, with their notes, conversations, "
                                                    "follow-ups, questions and careers.");
    if (job.replaces_data())
        paragraph(ctx().fonts.body, colors().late,
                  "Restoring replaces everything in this database. A copy of what is here now "
                  "is kept beside it.");
    end_panel();
    if (button(job.replaces_data() ? "Replace everything" : "Restore", ButtonKind::Filled,
               ImGui::GetContentRegionAvail().x))
        screen.actions.add(ConfirmImport{});
}

} // namespace

void DataFeature::draw_preview(ScreenContext& screen) {
    const ImportJob& job = import_job_;
    if (app_bar("Import", Leading::Close).leading) screen.actions.add(CancelImport{});
    begin_body("import");
    switch (job.state()) {
    case ImportJob::State::Idle:
    case ImportJob::State::Reading:
        paragraph(ctx().fonts.body, colors().text, "Reading " + file_name(job.file()) + "…");
        progress_bar(0.0f);
        break;
    case ImportJob::State::Failed:
        paragraph(ctx().fonts.title, colors().text, "Could not import " + file_name(job.file()));
        paragraph(ctx().fonts.body, colors().late, job.error());
        if (button("Choose another file", ButtonKind::Filled)) {
            // Back to Import and straight into the picker (the browser's, or
            // the system's dialog), as the button says.
            screen.actions.add(CancelImport{});
            if (screen.model.browser_files)
                screen.actions.add(PickImportFile{});
            else if (shell_.services().choose_file)
                screen.actions.add(ChooseImportFile{});
        }
        break;
    case ImportJob::State::Previewed:
        paragraph(ctx().fonts.secondary, colors().muted,
                  job.is_backup() ? file_name(job.file()) : job.plan().format);
        if (job.is_backup())
            backup_preview(screen, job);
        else
            contacts_preview(screen, job);
        break;
    case ImportJob::State::Applying:
    case ImportJob::State::Done: {
        const int done = job.progress().done, total = std::max(1, job.progress().total.load());
        const std::string counted = std::to_string(done) + " of " + std::to_string(total);
        paragraph(ctx().fonts.body, colors().text,
                  job.is_backup() ? "Restoring " + counted + " rows…"
                                  : "Importing " + counted + "…");
        progress_bar(static_cast<float>(done) / static_cast<float>(total));
        if (button("Stop", ButtonKind::Tonal)) screen.actions.add(CancelImport{});
        paragraph(ctx().fonts.secondary, colors().muted,
                  job.is_backup() ? "Stopping keeps everything as it was: it is all or nothing."
                                  : "Stopping imports no one: it is all or nothing.");
        break;
    }
    }
    end_body();
}

} // namespace rapport::ui
