#pragma once
// "What I've heard": across every conversation held, the courses,
// certifications and training people recommended (with how many and who),
// the mentors they named, their advice, likes and dislikes — the guide's
// research on your major, built from your own debriefs (heard_screen.cpp).
#include "core/heard.hpp"
#include "ui/feature.hpp"

#include <vector>

namespace rapport::ui {

class HeardFeature final : public Feature {
  public:
    explicit HeardFeature(Shell& shell) : shell_(shell) {}
    bool draws(Screen screen) const override { return screen == Screen::Heard; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const std::vector<core::HeardSection>& sections() const { return sections_; }

  private:
    Shell& shell_;
    std::vector<core::HeardSection> sections_;
};

} // namespace rapport::ui
