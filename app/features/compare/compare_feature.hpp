#pragma once
// Compare answers: one question, every answer to it side by side
// (compare_screen.cpp), each one a tap from being filed under a career.
#include "store/store.hpp"
#include "ui/feature.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::ui {

class CompareFeature final : public Feature {
  public:
    explicit CompareFeature(Shell& shell) : shell_(shell) {}
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Compare; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const std::vector<store::Answer>& answers() const { return answers_; }
    const std::string& question() const { return question_; }

  private:
    Shell& shell_;
    std::vector<store::Answer> answers_; // to the question compared, newest first
    std::string answers_question_;       // the question answers_ answer
    bool loading_ = false;
    std::string question_;
    std::string loaded_question_; // what was last asked for, and at which people version
    std::uint64_t loaded_people_ = 0;
};

} // namespace rapport::ui
