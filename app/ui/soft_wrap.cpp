#include "ui/soft_wrap.hpp"

#include <algorithm>

namespace rapport::ui {

std::string SoftWrapped::real() const {
    std::string text = display;
    for (size_t i = 0; i < text.size() && i < soft.size(); ++i)
        if (soft[i]) text[i] = ' ';
    return text;
}

bool SoftWrapped::holds(std::string_view text) const {
    if (text.size() != display.size() || soft.size() != display.size()) return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] != (soft[i] ? ' ' : display[i])) return false;
    return true;
}

SoftWrapped soft_wrap(std::string_view text, float width, const MeasureText& measure) {
    SoftWrapped out;
    out.display.assign(text);
    out.soft.assign(text.size(), false);
    out.width = width;
    const float space = measure(" ");
    size_t i = 0;
    while (i < text.size()) {
        // One hard line at a time.
        const size_t end = std::min(text.find('\n', i), text.size());
        float line = 0.0f;        // width of the visual line so far
        float since_space = 0.0f; // width after its last space
        size_t last_space = std::string_view::npos;
        size_t line_start = i;
        while (i < end) {
            if (text[i] == ' ') {
                last_space = i;
                line += space;
                since_space = 0.0f;
                ++i;
                continue;
            }
            size_t word_end = i;
            while (word_end < end && text[word_end] != ' ')
                ++word_end;
            const float word = measure(text.substr(i, word_end - i));
            if (line + word > width && last_space != std::string_view::npos &&
                last_space >= line_start) {
                out.display[last_space] = '\n';
                out.soft[last_space] = true;
                line_start = last_space + 1;
                line = since_space;
            }
            line += word;
            since_space += word;
            i = word_end;
        }
        i = end + 1;
    }
    return out;
}

std::string unwrap_edit(const SoftWrapped& before, std::string_view after) {
    const std::string_view old = before.display;
    size_t prefix = 0;
    while (prefix < old.size() && prefix < after.size() && old[prefix] == after[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < old.size() - prefix && suffix < after.size() - prefix &&
           old[old.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    std::string text(after);
    for (size_t i = 0; i < prefix; ++i)
        if (before.soft[i]) text[i] = ' ';
    for (size_t k = 1; k <= suffix; ++k)
        if (before.soft[old.size() - k]) text[after.size() - k] = ' ';
    return text;
}

} // namespace rapport::ui
