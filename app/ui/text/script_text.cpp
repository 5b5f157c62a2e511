#include "ui/text/script_text.hpp"

#include "ui/text/bidi.hpp"

namespace rapport::ui {

std::string_view ScriptText::shown(std::string_view text) {
    glyphs_.note(text);
    if (!has_right_to_left(text)) return text;
    std::string key(text);
    auto found = visual_.find(key);
    if (found == visual_.end()) {
        found = visual_.emplace(key, visual_order(text)).first;
        glyphs_.note(found->second); // Arabic's joined forms are other characters
    }
    return found->second;
}

void ScriptText::begin_frame() {
    // A screen shows a few hundred lines at most; a cache far larger than
    // that only holds text scrolled past long ago.
    constexpr std::size_t kMostLines = 4096;
    if (visual_.size() > kMostLines) visual_.clear();
}

} // namespace rapport::ui
