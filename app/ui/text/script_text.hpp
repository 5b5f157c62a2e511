#pragma once
// The text layer between the data and Dear ImGui: every string a widget
// measures or draws passes through shown(), which notes the glyphs it needs
// (ui/text/glyph_needs.hpp) and gives right-to-left text in visual order
// (ui/text/bidi.hpp). Lives in the frame's Context.
#include "ui/text/glyph_needs.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::ui {

class ScriptText {
  public:
    // What to measure and draw for one line of `text`. The view stays valid
    // until the next begin_frame().
    std::string_view shown(std::string_view text);
    // Notes glyphs only: for text Dear ImGui draws itself (input fields).
    void note(std::string_view text) { glyphs_.note(text); }
    void begin_frame();
    GlyphNeeds& glyphs() { return glyphs_; }

  private:
    GlyphNeeds glyphs_;
    std::unordered_map<std::string, std::string> visual_;
};

} // namespace rapport::ui
