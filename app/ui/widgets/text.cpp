#include "ui/widgets/text.hpp"

#include "ui/context.hpp"
#include "ui/text/bidi.hpp"

#include <cstring>
#include <imgui_internal.h>
#include <string>

namespace rapport::ui {

namespace {

// The width of text already in visual order.
float measure(ImFont* font, std::string_view text) {
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

} // namespace

float text_width(ImFont* font, std::string_view logical) {
    return measure(font, shown(logical));
}

void paragraph(ImFont* font, ImU32 colour, std::string_view text) {
    paragraph_as(AccessRole::Text, font, colour, text);
}

void paragraph_as(AccessRole role, ImFont* font, ImU32 colour, std::string_view text,
                  std::string_view spoken, int level) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float right = top.x + ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    // Keep a wrap width set by an enclosing panel; otherwise wrap at the edge.
    const bool own_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f;
    if (own_wrap) ImGui::PushTextWrapPos(0.0f);
    if (!has_right_to_left(text)) {
        shown(text); // its glyphs
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
    } else {
        // Wrapped in reading order first, then each line turned to the
        // order it is seen in: reversing the whole paragraph would put its
        // last line first.
        const float wrap_x = ImGui::GetCurrentWindow()->DC.TextWrapPos;
        const float wrap_width = ImMax(1.0f, (wrap_x > 0.0f ? wrap_x - ImGui::GetCursorPosX()
                                                            : ImGui::GetContentRegionAvail().x));
        const char* cursor = text.data();
        const char* end = text.data() + text.size();
        while (cursor < end) {
            const char* line_end = font->CalcWordWrapPositionA(1.0f, cursor, end, wrap_width);
            if (line_end == cursor) ++line_end;
            const char* newline = static_cast<const char*>(
                std::memchr(cursor, '\n', static_cast<size_t>(line_end - cursor)));
            if (newline) line_end = newline;
            const std::string_view line =
                shown(std::string_view(cursor, static_cast<size_t>(line_end - cursor)));
            ImGui::TextUnformatted(line.data(), line.data() + line.size());
            cursor = line_end;
            while (cursor < end && (*cursor == ' ' || *cursor == '\n'))
                ++cursor;
        }
    }
    if (own_wrap) ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ctx().access.add_text(role, spoken.empty() ? text : spoken, top,
                          ImVec2(right, ImGui::GetItemRectMax().y),
                          role == AccessRole::Heading ? level : 0);
}

void section_header(std::string_view text) {
    std::string upper(text);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(0.25f));
    // Read as written, not letter by letter as capitals may be.
    paragraph_as(AccessRole::Heading, ctx().fonts.header, colors().muted, upper, text);
}

float draw_line(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view logical,
                float max_width) {
    const std::string_view text = shown(logical);
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    float width = measure(font, text);
    if (width <= max_width) {
        draw->AddText(font, font->FontSize, pos, colour, begin, end);
        return width;
    }
    const char* ellipsis = "\xe2\x80\xa6";
    const float ellipsis_width = measure(font, ellipsis);
    // Walk back by whole UTF-8 characters until the text plus "…" fits.
    while (end > begin && width + ellipsis_width > max_width) {
        do {
            --end;
        } while (end > begin && (static_cast<unsigned char>(*end) & 0xC0) == 0x80);
        width = measure(font, std::string_view(begin, static_cast<size_t>(end - begin)));
    }
    std::string cut(begin, end);
    int kept = 0;
    for (const char* c = begin; c < end; ++c)
        kept += (static_cast<unsigned char>(*c) & 0xC0) != 0x80;
    ctx().shortened.push_back({std::string(logical), kept});
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
            const std::string_view seen =
                shown(std::string_view(cursor, static_cast<size_t>(line_end - cursor)));
            draw->AddText(font, font->FontSize, ImVec2(pos.x, y), colour, seen.data(),
                          seen.data() + seen.size());
        }
        y += font->FontSize * 1.3f;
        cursor = line_end;
        while (cursor < end && (*cursor == ' ' || *cursor == '\n'))
            ++cursor;
    }
    return y - pos.y;
}

} // namespace rapport::ui
