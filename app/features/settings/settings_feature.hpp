#pragma once
// Settings: theme and text size (applied by the shell, which draws
// everything with them), the profile, where the data lives, import and
// export, the version (settings_screen.cpp).
#include "ui/feature.hpp"

namespace rapport::ui {

class SettingsFeature final : public Feature {
  public:
    explicit SettingsFeature(Shell& shell) : shell_(shell) {}
    bool draws(Screen screen) const override { return screen == Screen::Settings; }
    void open(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;

  private:
    Shell& shell_;
};

} // namespace rapport::ui
