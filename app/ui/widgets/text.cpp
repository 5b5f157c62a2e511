#include "ui/widgets/text.hpp"

#include "ui/context.hpp"
#include "ui/text/bidi.hpp"

#include <cstring>
#include <imgui_internal.h>
#include <string>
#include <vector>

namespace rapport::ui {

namespace {

// The width of text already in visual order.
float measure(ImFont* font, std::string_view text) {
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

constexpr const char* kEllipsis = "\xe2\x80\xa6";

// Where `text` (in visual order) is cut so that it and "…" fit `max_width`,
// at a whole UTF-8 character, and how wide what is kept is. The cut is noted
// for the layout tests (ctx().shortened), as `logical`.
struct Cut {
    size_t bytes;
    float width;
};
Cut cut_to_fit(ImFont* font, std::string_view text, float max_width, std::string_view logical) {
    const float room = max_width - measure(font, kEllipsis);
    size_t end = text.size();
    float width = measure(font, text);
    while (end > 0 && width > room) {
        do {
            --end;
        } while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        width = measure(font, text.substr(0, end));
    }
    int kept = 0;
    for (size_t c = 0; c < end; ++c)
        kept += (static_cast<unsigned char>(text[c]) & 0xC0) != 0x80;
    ctx().shortened.push_back({std::string(logical), kept});
    return {end, width};
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
    // One line: ImGui would start a second one at a line end, over
    // whatever is drawn under this.
    if (logical.find('\n') != std::string_view::npos) {
        std::string joined(logical);
        for (char& c : joined)
            if (c == '\n') c = ' ';
        return draw_line(draw, font, pos, colour, joined, max_width);
    }
    const std::string_view text = shown(logical);
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    float width = measure(font, text);
    if (width <= max_width) {
        draw->AddText(font, font->FontSize, pos, colour, begin, end);
        return width;
    }
    const Cut cut = cut_to_fit(font, text, max_width, logical);
    const std::string kept = std::string(text.substr(0, cut.bytes)) + kEllipsis;
    draw->AddText(font, font->FontSize, pos, colour, kept.c_str());
    return cut.width + measure(font, kEllipsis);
}

namespace {

// A match's bytes [begin, end) in text without marks.
struct Mark {
    size_t begin;
    size_t end;
};

// The next line of `text` from `cursor`: up to the wrap or its own line end
// (CalcWordWrapPositionA runs on past a '\n', and AddText would then draw
// the rest of it over the next line).
const char* line_end_of(ImFont* font, const char* cursor, const char* end, float wrap_width) {
    const char* line_end = font->CalcWordWrapPositionA(1.0f, cursor, end, wrap_width);
    if (line_end == cursor) ++line_end; // a single glyph wider than the wrap
    const char* newline =
        static_cast<const char*>(std::memchr(cursor, '\n', static_cast<size_t>(line_end - cursor)));
    return newline ? newline : line_end;
}

const char* skip_blanks(const char* cursor, const char* end) {
    while (cursor < end && (*cursor == ' ' || *cursor == '\n'))
        ++cursor;
    return cursor;
}

// One left-to-right line [from, to) of `text`, its marked parts on a tint.
void draw_marked_run(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour,
                     std::string_view text, size_t from, size_t to,
                     const std::vector<Mark>& marks) {
    const Palette& p = colors();
    float x = pos.x;
    size_t at = from;
    auto draw_part = [&](size_t until, bool marked) {
        if (until <= at) return;
        const std::string_view part = text.substr(at, until - at);
        const float w = measure(font, part);
        if (marked) {
            const float pad = font->FontSize * 0.1f;
            draw->AddRectFilled(ImVec2(x - pad, pos.y), ImVec2(x + w + pad, pos.y + font->FontSize),
                                mix(p.surface, p.accent, 0.22f), pad * 2);
            ctx().marked.emplace_back(part);
        }
        draw->AddText(font, font->FontSize, ImVec2(x, pos.y), marked ? p.text : colour, part.data(),
                      part.data() + part.size());
        x += w;
        at = until;
    };
    for (const Mark& m : marks) {
        if (m.end <= from || m.begin >= to) continue;
        draw_part(ImMax(m.begin, from), false);
        draw_part(ImMin(m.end, to), true);
    }
    draw_part(to, false);
}

// What is left of `text` from `from`, on one line cut with "…", its marks
// tinted up to the cut.
void draw_cut_marked(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour,
                     std::string_view text, size_t from, float max_width,
                     const std::vector<Mark>& marks) {
    const std::string_view rest = text.substr(from);
    const Cut cut = cut_to_fit(font, rest, max_width, rest);
    shown(rest.substr(0, cut.bytes)); // its glyphs
    draw_marked_run(draw, font, pos, colour, text, from, from + cut.bytes, marks);
    draw->AddText(font, font->FontSize, ImVec2(pos.x + cut.width, pos.y), colour, kEllipsis);
}

float draw_wrapped_with(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour,
                        std::string_view text, const std::vector<Mark>& marks, float wrap_width,
                        int max_lines) {
    const char* begin = text.data();
    const char* cursor = begin;
    const char* end = begin + text.size();
    float y = pos.y;
    for (int line = 0; line < max_lines && cursor < end; ++line) {
        const char* line_end = line_end_of(font, cursor, end, wrap_width);
        const bool last = line == max_lines - 1;
        const std::string_view rest(cursor, static_cast<size_t>(end - cursor));
        const std::string_view own(cursor, static_cast<size_t>(line_end - cursor));
        if (last && line_end < end && (marks.empty() || has_right_to_left(rest))) {
            draw_line(draw, font, ImVec2(pos.x, y), colour, rest, wrap_width); // cut with "…"
        } else if (last && line_end < end) {
            draw_cut_marked(draw, font, ImVec2(pos.x, y), colour, text,
                            static_cast<size_t>(cursor - begin), wrap_width, marks);
        } else if (marks.empty() || has_right_to_left(own)) {
            const std::string_view seen = shown(own);
            draw->AddText(font, font->FontSize, ImVec2(pos.x, y), colour, seen.data(),
                          seen.data() + seen.size());
        } else {
            shown(own); // its glyphs
            draw_marked_run(draw, font, ImVec2(pos.x, y), colour, text,
                            static_cast<size_t>(cursor - begin),
                            static_cast<size_t>(line_end - begin), marks);
        }
        y += font->FontSize * 1.3f;
        cursor = skip_blanks(line_end, end);
    }
    return y - pos.y;
}

} // namespace

float draw_wrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
                   float wrap_width, int max_lines) {
    return draw_wrapped_with(draw, font, pos, colour, text, {}, wrap_width, max_lines);
}

std::string without_marks(std::string_view marked) {
    std::string out;
    out.reserve(marked.size());
    for (char c : marked)
        if (c != '\x02' && c != '\x03') out += c;
    return out;
}

float draw_wrapped_marked(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour,
                          std::string_view marked, float wrap_width, int max_lines) {
    std::string text;
    std::vector<Mark> marks;
    text.reserve(marked.size());
    for (char c : marked) {
        if (c == '\x02')
            marks.push_back({text.size(), text.size()});
        else if (c == '\x03' && !marks.empty())
            marks.back().end = text.size();
        else if (c != '\x03')
            text += c == '\n' ? ' ' : c; // an excerpt is one flow of words
    }
    std::erase_if(marks, [](const Mark& m) { return m.end <= m.begin; });
    return draw_wrapped_with(draw, font, pos, colour, text, marks, wrap_width, max_lines);
}

} // namespace rapport::ui
