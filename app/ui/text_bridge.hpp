#pragma once
// The platform's own text input, kept in step with the focused field.
//
// A phone keyboard types into the web page's hidden input, never into the
// canvas. Its corrections, suggestions, swipe words, dictation and emoji
// replace characters around the caret of *that* input, so the input must
// hold exactly what the field holds (text, caret, selection) or a correction
// lands on the wrong letters. The page sends each change it sees as a splice
// of the field's text; the field applies them in order inside its ImGui
// callback, then says what it holds and which splice it applied last. The
// page takes the field's own changes (a caret moved by a tap, a heading put
// in) only once it has caught up, so nothing typed is ever written over.
#include <imgui.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace rapport::ui {

// One change made in the platform's input to the text of `field`: bytes
// [from, to) replaced by `insert`, after which the selection is
// [sel_start, sel_end) with the caret at `caret`. Offsets are UTF-8 bytes.
struct TextSplice {
    std::uint64_t serial = 0; // increasing; the page counts what was applied
    ImGuiID field = 0;
    int from = 0, to = 0;
    std::string insert;
    int sel_start = 0, sel_end = 0, caret = 0;
};

// What the field with the keyboard holds, for the platform's input.
struct BridgedField {
    ImGuiID field = 0; // 0: no field has the keyboard
    std::string text;  // the real text (a multi-line field's soft breaks are spaces)
    int sel_start = 0, sel_end = 0, caret = 0;
    bool multiline = false;
    std::uint64_t applied = 0; // the last splice applied, or dropped
    bool operator==(const BridgedField&) const = default;
};

class TextBridge {
  public:
    void submit(TextSplice splice) { pending_.push_back(std::move(splice)); }
    // In a field's callback, every frame it has the keyboard: applies the
    // splices waiting for it to `text` and the selection; true when the text
    // or the selection changed.
    bool take(ImGuiID field, std::string& text, int& sel_start, int& sel_end, int& caret,
              bool multiline);
    // The field drew holding this.
    void report(ImGuiID field, std::string_view text, int sel_start, int sel_end, int caret,
                bool multiline);
    // After the frame: splices for a field that no longer has the keyboard
    // are dropped (counted as applied, so the page catches up and takes the
    // new field's text).
    void end_frame();
    // What the last frame's field held.
    const BridgedField& focused() const { return focused_; }

  private:
    std::deque<TextSplice> pending_;
    BridgedField focused_;
    BridgedField drawing_; // this frame's report
    bool reported_ = false;
    std::uint64_t applied_ = 0;
};

// Applies the waiting splices to an ImGui field's buffer (holding `text`
// as the user wrote it) and reports it: for callbacks whose buffer is the
// text itself (one-line fields).
void bridge_field(ImGuiID field, ImGuiInputTextCallbackData* data);

} // namespace rapport::ui
