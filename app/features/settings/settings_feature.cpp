// Settings' actions: restoring a daily copy, and undoing that.
#include "features/settings/settings_feature.hpp"

#include "features/speech/speech_actions.hpp"
#include "ui/action_bus.hpp"

#include <filesystem>

namespace rapport::ui {

SettingsFeature::SettingsFeature(Shell& shell) : shell_(shell) {
    shell_.actions().handle<RestoreSnapshot>([this](RestoreSnapshot& a) { restore(a); });
}

void SettingsFeature::open(const Route&) {
    shell_.actions().ask(ReloadProfile{}); // the profile is edited here
    confirming_.clear();
}

void SettingsFeature::load(const Route&) {
    // A folder of a week's files: cheap to list each time the screen reads.
    const std::string& folder = shell_.services().snapshot_folder;
    snapshots_ = folder.empty() ? std::vector<store::Snapshot>{} : shell_.store().snapshots(folder);
    update_copies_ = shell_.store().update_copies();
    sync_account_ = shell_.store().sync().account();
}

void SettingsFeature::restore(const RestoreSnapshot& copy) {
    confirming_.clear();
    // The profile is edited on this screen: what was typed is kept first,
    // so Undo brings it back too.
    shell_.actions().ask(SaveProfile{});
    if (store::Error e = shell_.store().restore_snapshot(copy.path)) return shell_.show_error(e);
    shell_.people_changed();
    shell_.actions().ask(ReloadProfile{});
    shell_.notify("Restored the copy " + copy.named, [this] { undo_restore(); });
}

void SettingsFeature::undo_restore() {
    // restore_snapshot keeps what it replaced beside the database; it
    // writes that file again as it restores, so it reads from a copy.
    const std::string kept = shell_.store().path() + ".before-restore.bak";
    const std::string reading = kept + ".undo";
    std::error_code error;
    std::filesystem::copy_file(kept, reading, std::filesystem::copy_options::overwrite_existing,
                               error);
    if (error)
        return shell_.show_error(
            {store::ErrorKind::CannotOpen, "What was here before the restore could not be read (" +
                                               error.message() + "); it is still kept at " + kept});
    const store::Error e = shell_.store().restore_snapshot(reading);
    std::filesystem::remove(reading, error);
    if (e) return shell_.show_error(e);
    shell_.people_changed();
    shell_.actions().ask(ReloadProfile{});
    shell_.notify("Put back what was there before the restore");
}

} // namespace rapport::ui
