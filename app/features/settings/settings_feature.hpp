#pragma once
// Settings: theme and text size (applied by the shell, which draws
// everything with them), the profile, where the data lives and its daily
// copies (restored from here, with Undo), import and export, the version
// (settings_screen.cpp).
#include "features/settings/settings_actions.hpp"
#include "store/store.hpp"
#include "store/sync_repository.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

class SettingsFeature final : public Feature {
  public:
    explicit SettingsFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Foot, Screen::Settings, icon::kSettings, 9}};
    }
    bool draws(Screen screen) const override { return screen == Screen::Settings; }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;

    const std::vector<store::Snapshot>& snapshots() const { return snapshots_; }
    const std::vector<store::Snapshot>& update_copies() const { return update_copies_; }

  private:
    void daily_copies(ScreenContext& screen);
    void copy_cards(ScreenContext& screen, const std::vector<store::Snapshot>& copies);
    void restore(const RestoreSnapshot& copy);
    // Puts back what was there before a restore (Undo).
    void undo_restore();

    Shell& shell_;
    std::vector<store::Snapshot> snapshots_;         // newest first, read when Settings opens
    std::vector<store::Snapshot> update_copies_;     // made before schema updates, newest first
    std::string confirming_;                         // the copy whose restore asks first
    std::optional<store::SyncAccount> sync_account_; // for the Sync row's line
};

} // namespace rapport::ui
