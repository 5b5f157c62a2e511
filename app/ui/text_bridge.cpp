#include "ui/text_bridge.hpp"

#include "ui/context.hpp"

#include <algorithm>
#include <utility>

namespace rapport::ui {
namespace {

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A place between two characters of `text` (never inside one's bytes).
bool at_boundary(std::string_view text, int at) {
    if (at < 0 || at > static_cast<int>(text.size())) return false;
    return at == static_cast<int>(text.size()) || !continuation_byte(text[static_cast<size_t>(at)]);
}

int clamp_to_boundary(std::string_view text, int at) {
    at = std::clamp(at, 0, static_cast<int>(text.size()));
    while (at > 0 && !at_boundary(text, at))
        --at;
    return at;
}

} // namespace

bool TextBridge::take(ImGuiID field, std::string& text, int& sel_start, int& sel_end, int& caret,
                      bool multiline) {
    bool changed = false;
    while (!pending_.empty() && pending_.front().field == field) {
        TextSplice splice = std::move(pending_.front());
        pending_.pop_front();
        applied_ = std::max(applied_, splice.serial);
        // A splice made against text the field no longer holds (cut short
        // by the field's own change) would land on the wrong letters: the
        // page takes the field's text again instead.
        if (splice.from > splice.to || !at_boundary(text, splice.from) ||
            !at_boundary(text, splice.to))
            continue;
        // A one-line field holds one line, whatever was pasted into it.
        if (!multiline)
            std::replace_if(
                splice.insert.begin(), splice.insert.end(),
                [](char c) { return c == '\n' || c == '\r'; }, ' ');
        text.replace(static_cast<size_t>(splice.from), static_cast<size_t>(splice.to - splice.from),
                     splice.insert);
        sel_start = clamp_to_boundary(text, std::min(splice.sel_start, splice.sel_end));
        sel_end = clamp_to_boundary(text, std::max(splice.sel_start, splice.sel_end));
        caret = splice.caret == splice.sel_start ? sel_start : sel_end;
        changed = true;
    }
    return changed;
}

void TextBridge::report(ImGuiID field, std::string_view text, int sel_start, int sel_end, int caret,
                        bool multiline) {
    drawing_.field = field;
    drawing_.text.assign(text);
    drawing_.sel_start = std::min(sel_start, sel_end);
    drawing_.sel_end = std::max(sel_start, sel_end);
    drawing_.caret = caret;
    drawing_.multiline = multiline;
    reported_ = true;
}

void TextBridge::end_frame() {
    if (reported_) {
        focused_ = drawing_;
        // What is left was typed for a field that has lost the keyboard.
        for (const TextSplice& splice : pending_)
            if (splice.field != focused_.field) applied_ = std::max(applied_, splice.serial);
        std::erase_if(pending_,
                      [this](const TextSplice& splice) { return splice.field != focused_.field; });
    } else {
        // No field drew with the keyboard (none has it, or one is opening:
        // ImGui runs no callback in a field's first frame). Its splices wait.
        focused_ = BridgedField{};
    }
    focused_.applied = applied_;
    reported_ = false;
}

void bridge_field(ImGuiID field, ImGuiInputTextCallbackData* data) {
    TextBridge& bridge = ctx().text_bridge;
    std::string text(data->Buf, static_cast<size_t>(data->BufTextLen));
    int sel_start = std::min(data->SelectionStart, data->SelectionEnd);
    int sel_end = std::max(data->SelectionStart, data->SelectionEnd);
    int caret = data->CursorPos;
    // No selection: ImGui leaves its ends wherever they were last (often
    // 0); the selection is then the caret.
    if (sel_start == sel_end) sel_start = sel_end = caret;
    if (bridge.take(field, text, sel_start, sel_end, caret, false)) {
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, text.data(), text.data() + text.size());
        data->SelectionStart = caret == sel_start ? sel_end : sel_start;
        data->SelectionEnd = caret;
        data->CursorPos = caret;
    }
    bridge.report(field, text, sel_start, sel_end, caret, false);
}

} // namespace rapport::ui
