#include "ui/widgets/text_area.hpp"

#include "ui/icons.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/field_in_view.hpp"

#include "ui/context.hpp"
#include "ui/metrics.hpp"

#include <algorithm>
#include <imgui_internal.h>
#include <imgui_stdlib.h>
#include <optional>

namespace rapport::ui {
namespace {

struct CaretState {
    ImGuiID id = 0;
    int cursor = 0;
    int* pending = nullptr;
    const SoftWrapped* wrap = nullptr; // what the field showed before this frame
    float width = 0.0f;
    // The field's buffer belongs to ImGui until it returns: a new wrap waits here.
    std::optional<SoftWrapped> rewrapped;
    bool to_end = false; // the caret goes to the end of the text (ctx().caret_to_end)
    bool placed = false; // and went there in this frame's callback
};

MeasureText measure_with(ImFont* font) {
    return [font](std::string_view s) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    };
}

// Rewraps the field's own buffer in place. Soft breaks replace spaces one for
// one, so the length, the caret and the selection stay as they are.
void rewrap_in_place(ImGuiInputTextCallbackData* data, CaretState& state) {
    const std::string_view shown(data->Buf, static_cast<size_t>(data->BufTextLen));
    const std::string real =
        state.wrap->display == shown ? state.wrap->real() : unwrap_edit(*state.wrap, shown);
    state.rewrapped = soft_wrap(real, state.width, measure_with(ImGui::GetFont()));
    const std::string& display = state.rewrapped->display;
    for (size_t i = 0; i < display.size(); ++i)
        if (data->Buf[i] != display[i]) {
            data->Buf[i] = display[i];
            data->BufDirty = true;
        }
}

// The real text the field's buffer holds now (its soft breaks as spaces).
std::string real_text(ImGuiInputTextCallbackData* data, const CaretState& state) {
    if (state.rewrapped) return state.rewrapped->real();
    const std::string_view shown(data->Buf, static_cast<size_t>(data->BufTextLen));
    return state.wrap->display == shown ? state.wrap->real() : unwrap_edit(*state.wrap, shown);
}

// Applies what the platform's text input changed (ui/text_bridge.hpp) to
// the real text, wraps the result and puts it in the buffer; then tells the
// bridge what the field holds.
void bridge_text_area(ImGuiInputTextCallbackData* data, CaretState& state) {
    TextBridge& bridge = ctx().text_bridge;
    std::string real = real_text(data, state);
    int sel_start = std::min(data->SelectionStart, data->SelectionEnd);
    int sel_end = std::max(data->SelectionStart, data->SelectionEnd);
    int caret = data->CursorPos;
    // No selection: ImGui leaves its ends wherever they were last (often
    // 0); the selection is then the caret.
    if (sel_start == sel_end) sel_start = sel_end = caret;
    if (bridge.take(state.id, real, sel_start, sel_end, caret, true)) {
        state.rewrapped = soft_wrap(real, state.width, measure_with(ImGui::GetFont()));
        const std::string& display = state.rewrapped->display;
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, display.data(), display.data() + display.size());
        data->SelectionStart = caret == sel_start ? sel_end : sel_start;
        data->SelectionEnd = caret;
        data->CursorPos = caret;
    }
    bridge.report(state.id, real, sel_start, sel_end, caret, true);
}

int caret_callback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<CaretState*>(data->UserData);
    // One event a frame: an edit replaces the "always" call, so both paths
    // go on to the caret.
    if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit || state->wrap->width != state->width)
        rewrap_in_place(data, *state);
    if (state->pending && *state->pending >= 0) {
        data->CursorPos = std::min(*state->pending, data->BufTextLen);
        data->SelectionStart = data->SelectionEnd = data->CursorPos;
        *state->pending = -1;
    } else if (state->to_end) {
        // ImGui 1.86 starts a field's caret at 0 when code gives it focus.
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        state->placed = true;
    }
    bridge_text_area(data, *state);
    state->cursor = data->CursorPos;
    return 0;
}

// 1.86 reverts a field to its starting text on Escape; leave the field first
// so the keystroke cannot discard what the user typed.
void guard_escape(ImGuiID id) {
    if (ImGui::GetActiveID() == id &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        ImGui::ClearActiveID();
}

void push_field_style(bool active) {
    const Palette& p = colors();
    ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, active ? p.accent : p.line);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, active ? ImMax(2.0f, em(0.12f)) : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.75f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, em2(0.9f, 0.75f));
}

void pop_field_style() {
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
}

} // namespace

TextAreaResult text_area(const char* id, std::string& text, ImVec2 size, std::string_view hint,
                         bool take_focus, int* pending_cursor) {
    TextAreaResult result;
    const ImGuiID widget_id = ImGui::GetID(id);
    guard_escape(widget_id);
    const bool was_active = ImGui::GetActiveID() == widget_id;
    push_field_style(was_active);
    if (take_focus) {
        request_keyboard(widget_id);
        if (!pending_cursor || *pending_cursor < 0) ctx().caret_to_end.insert(widget_id);
    }
    // A tap places the caret where it lands.
    if (!was_active && ImGui::IsMouseClicked(0)) ctx().caret_to_end.erase(widget_id);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // Wrap inside the padding, leaving room for the scrollbar and the caret.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap_width = size.x - 2 * style.FramePadding.x - style.ScrollbarSize - 2.0f;
    SoftWrapped& wrap = ctx().soft_wraps[widget_id];
    // While the field is active, ImGui edits its own copy of the display
    // text, which still has the old wrap: a new width is applied by the
    // callback, in place, from that old wrap. Rewrapping here instead would
    // leave ImGui's copy with breaks that the next edit takes as typed ones
    // (a note captured at phone width, then widened, was stored broken).
    if (!wrap.holds(text) || (!was_active && wrap.width != wrap_width))
        wrap = soft_wrap(text, wrap_width, measure_with(ImGui::GetFont()));
    // ImGui writes into wrap.display only after its callbacks have run, so
    // they see the wrap as it was before this frame's edit.
    ctx().script_text.note(text); // what was typed or pasted last frame
    CaretState caret{
        widget_id, static_cast<int>(text.size()), pending_cursor, &wrap, wrap_width, {}, false,
        false};
    caret.to_end = ctx().caret_to_end.count(widget_id) > 0;
    result.changed = ImGui::InputTextMultiline(id, &wrap.display, size,
                                               ImGuiInputTextFlags_CallbackAlways |
                                                   ImGuiInputTextFlags_CallbackEdit |
                                                   ImGuiInputTextFlags_NoHorizontalScroll,
                                               caret_callback, &caret);
    if (caret.rewrapped && caret.rewrapped->display == wrap.display) {
        wrap = std::move(*caret.rewrapped);
    } else if (result.changed) {
        // A change the callback did not see: map it back from the old wrap,
        // which `text` (not yet assigned) still gives.
        const SoftWrapped before = soft_wrap(text, wrap_width, measure_with(ImGui::GetFont()));
        wrap = soft_wrap(unwrap_edit(before, wrap.display), wrap_width,
                         measure_with(ImGui::GetFont()));
    }
    if (result.changed) text = wrap.real();
    if (caret.placed) ctx().caret_to_end.erase(widget_id);
    result.cursor = caret.cursor;
    result.active = ImGui::IsItemActive();
    if (ImGui::GetActiveID() == widget_id)
        keep_field_in_view(widget_id, pos, ImVec2(pos.x + size.x, pos.y + size.y), result.changed);
    mark_keyboard_target();
    // Ready for held keys once it was active before this frame (1.86 runs
    // no callback in the frame a field activates) and its caret is placed:
    // otherwise the first characters land where ImGui's caret starts.
    if (result.active && was_active && (!pending_cursor || *pending_cursor < 0) &&
        !ctx().caret_to_end.count(widget_id))
        keyboard_landed(widget_id);
    Access access;
    access.role = AccessRole::TextArea;
    access.value = text;
    ctx().hits.record(hint, pos, ImVec2(pos.x + size.x, pos.y + size.y), access);
    pop_field_style();
    if (text.empty() && !hint.empty()) {
        // 1.86 has hints for one-line fields only.
        // The field is a child window drawn after this one, so the hint goes
        // on the foreground list, clipped to the field.
        const ImVec2 padding = em2(0.9f, 0.75f);
        ImDrawList* draw = ImGui::GetForegroundDrawList();
        draw->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
        ImFont* font = ImGui::GetFont();
        draw->AddText(font, font->FontSize, ImVec2(pos.x + padding.x, pos.y + padding.y),
                      colors().muted, hint.data(), hint.data() + hint.size(),
                      size.x - 2 * padding.x);
        draw->PopClipRect();
    }
    return result;
}

bool search_field(const char* id, std::string& text, std::string_view hint, const char* glyph) {
    const ImGuiID widget_id = ImGui::GetID(id);
    guard_escape(widget_id);
    const bool active = ImGui::GetActiveID() == widget_id;
    const float height = em(metrics::kHitTarget);
    ImFont* font = ctx().fonts.body;
    const float pad_y = (height - font->FontSize) * 0.5f;
    push_field_style(active);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(2.6f), pad_y));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, height * 0.5f);
    // With text in it, a clear button sits beside the field (never on it:
    // 1.86 needs the pointer a frame early for overlapping targets).
    const bool clearable = !text.empty();
    const float clear_w = clearable ? em(metrics::kIconButton) + em(metrics::kGap) : 0.0f;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - clear_w);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string hint_text(hint);
    ctx().script_text.note(text);
    bool changed =
        bridged_input(id, hint_text.c_str(), text, ImGuiInputTextFlags_None, widget_id, active);
    mark_keyboard_target();
    Access access;
    access.role = AccessRole::TextField;
    access.value = text;
    ctx().hits.record(hint, pos, ImGui::GetItemRectMax(), access);
    ImGui::PopStyleVar(2);
    pop_field_style();
    ImFont* icon_font = ctx().fonts.icon;
    ImGui::GetWindowDrawList()->AddText(
        icon_font, icon_font->FontSize,
        ImVec2(pos.x + em(0.85f), pos.y + (height - icon_font->FontSize) * 0.5f), colors().muted,
        glyph);
    if (clearable) {
        ImGui::SameLine(0, em(metrics::kGap));
        ImGui::PushID(id);
        if (icon_button("Clear search", icon::kClose)) {
            text.clear();
            changed = true;
        }
        ImGui::PopID();
    }
    return changed;
}

} // namespace rapport::ui
