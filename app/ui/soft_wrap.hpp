#pragma once
// Word wrap for multi-line fields. Dear ImGui 1.86's multi-line input does
// not wrap, so a long note would run off a phone's screen. The field edits a
// display copy of the text in which the space at each wrap point is replaced
// by a line break ("soft" break). A soft break stands for exactly one space,
// so the display and the real text have the same length and every caret and
// selection position means the same in both.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::ui {

using MeasureText = std::function<float(std::string_view)>;

struct SoftWrapped {
    std::string display;
    std::vector<bool> soft; // per byte: a '\n' here is a wrapped space
    float width = 0.0f;     // the width it was wrapped for

    // The text as the user wrote it: soft breaks back to spaces.
    std::string real() const;
    // Whether this wraps `text`, compared in place (it runs every frame).
    bool holds(std::string_view text) const;
};

// Greedy word wrap at spaces: no visual line wider than `width` unless a
// single word is. Hard line breaks stay as they are.
SoftWrapped soft_wrap(std::string_view text, float width, const MeasureText& measure);

// The real text after an edit turned `before.display` into `after`: breaks
// in the unchanged start and end keep what they were; breaks in the edited
// middle were typed or pasted, so they are real.
std::string unwrap_edit(const SoftWrapped& before, std::string_view after);

} // namespace rapport::ui
