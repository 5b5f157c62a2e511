#pragma once
// Help: the user guide shipped with Rapport (assets/guide/user-guide.md,
// also installed to /usr/share/doc/rapport/), its sections as cards, each
// opening to read (help_screen.cpp). Reached from Settings.
#include "core/guide.hpp"
#include "ui/feature.hpp"

#include <optional>

namespace rapport::ui {

class HelpFeature final : public Feature {
  public:
    explicit HelpFeature(Shell& shell) : shell_(shell) {}
    // A screenshot of the guide's section N ("help:N").
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Help; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const core::Guide& guide() const { return guide_; }

  private:
    void draw_contents(ScreenContext& screen);
    void draw_section(const core::GuideSection& section, ScreenContext& screen);

    Shell& shell_;
    bool read_ = false;
    core::Guide guide_;
};

} // namespace rapport::ui
