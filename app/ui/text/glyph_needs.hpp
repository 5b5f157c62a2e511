#pragma once
// The characters drawn or typed that the font atlas has not got yet. Widgets
// pass what they draw through it; between frames the app rebuilds the atlas
// with them, so memory grows only with the scripts a person's data uses.
#include <bitset>
#include <string_view>
#include <vector>

namespace rapport::ui {

class GlyphNeeds {
  public:
    // Notes the characters of `text` that a script font can add.
    void note(std::string_view text);
    // Something new was noted since the atlas was last built.
    bool pending() const { return pending_; }
    // Every character wanted so far (Basic Multilingual Plane only: Dear
    // ImGui 1.86 is built with 16-bit ImWchar), in the order first seen.
    const std::vector<char32_t>& wanted() const { return wanted_; }
    // The atlas now holds everything wanted.
    void built() { pending_ = false; }
    // An atlas built elsewhere (at launch) holds these already.
    void already_built(const std::vector<char32_t>& characters);

  private:
    std::bitset<0x10000> seen_;
    std::vector<char32_t> wanted_;
    bool pending_ = false;
};

} // namespace rapport::ui
