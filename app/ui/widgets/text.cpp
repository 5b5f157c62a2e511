#include "ui/widgets/text.hpp"

#include "ui/context.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {

float text_width(ImFont* font, std::string_view text) {
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

void paragraph(ImFont* font, ImU32 colour, std::string_view text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    // Keep a wrap width set by an enclosing panel; otherwise wrap at the edge.
    const bool own_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f;
    if (own_wrap) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    if (own_wrap) ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void section_header(std::string_view text) {
    std::string upper(text);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(0.25f));
    paragraph(ctx().fonts.header, colors().muted, upper);
}

float draw_line(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
                float max_width) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    float width = text_width(font, text);
    if (width <= max_width) {
        draw->AddText(font, font->FontSize, pos, colour, begin, end);
        return width;
    }
    const char* ellipsis = "\xe2\x80\xa6";
    const float ellipsis_width = text_width(font, ellipsis);
    // Walk back by whole UTF-8 characters until the text plus "…" fits.
    while (end > begin && width + ellipsis_width > max_width) {
        do {
            --end;
        } while (end > begin && (static_cast<unsigned char>(*end) & 0xC0) == 0x80);
        width = text_width(font, std::string_view(begin, static_cast<size_t>(end - begin)));
    }
    std::string cut(begin, end);
    cut += ellipsis;
    draw->AddText(font, font->FontSize, pos, colour, cut.c_str());
    return width + ellipsis_width;
}

float draw_wrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
                   float wrap_width, int max_lines) {
    const char* cursor = text.data();
    const char* end = text.data() + text.size();
    float y = pos.y;
    for (int line = 0; line < max_lines && cursor < end; ++line) {
        const char* line_end = font->CalcWordWrapPositionA(1.0f, cursor, end, wrap_width);
        if (line_end == cursor) ++line_end; // a single glyph wider than the wrap
        const bool last = line == max_lines - 1;
        if (last && line_end < end) {
            draw_line(draw, font, ImVec2(pos.x, y), colour,
                      std::string_view(cursor, static_cast<size_t>(end - cursor)), wrap_width);
        } else {
            draw->AddText(font, font->FontSize, ImVec2(pos.x, y), colour, cursor, line_end);
        }
        y += font->FontSize * 1.3f;
        cursor = line_end;
        while (cursor < end && (*cursor == ' ' || *cursor == '\n'))
            ++cursor;
    }
    return y - pos.y;
}

} // namespace rapport::ui
