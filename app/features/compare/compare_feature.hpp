#pragma once
// Compare answers: one question, every answer to it side by side
// (compare_screen.cpp), each one a tap from being filed under a career.
#include "store/store.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

class CompareFeature final : public Feature {
  public:
    explicit CompareFeature(Shell& shell) : shell_(shell) {}
    bool draws(Screen screen) const override { return screen == Screen::Compare; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const std::vector<store::Answer>& answers() const { return answers_; }
    const std::string& question() const { return question_; }

  private:
    Shell& shell_;
    std::vector<store::Answer> answers_; // to the question compared, newest first
    std::string question_;
};

} // namespace rapport::ui
