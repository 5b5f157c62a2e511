#include "ui/widgets/card.hpp"

#include "ui/context.hpp"
#include "ui/focus_ring.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/text.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {

void draw_avatar(ImDrawList* draw, ImVec2 centre, float size, std::string_view initials,
                 const char* icon) {
    const Palette& p = colors();
    draw->AddCircleFilled(centre, size * 0.5f, p.surface2, 32);
    ImFont* font = icon ? ctx().fonts.icon : ctx().fonts.body;
    std::string text = icon ? std::string(icon) : std::string(initials);
    if (!icon) font = ctx().fonts.title, text = std::string(shown(text.substr(0, 8)));
    const float font_px = icon ? font->FontSize : font->FontSize * 0.75f;
    const ImVec2 text_size = font->CalcTextSizeA(font_px, FLT_MAX, 0, text.c_str());
    draw->AddText(font, font_px,
                  ImVec2(centre.x - text_size.x * 0.5f, centre.y - text_size.y * 0.5f), p.accent,
                  text.c_str());
}

constexpr float kLeastTextWidth = 9.0f; // em beside an avatar
constexpr float kPillColumn = 5.5f;     // em: a stage pill and its gap, beside the text

// On a narrow phone at a large text size the words need the room more than
// the pill's column does: the pill goes on its own line under the title,
// and the lines under it have the card's whole width ("Fi…" beside the pill
// said nothing of "Financial Analyst").
bool pill_below_title(float width) {
    return width - 2 * em(metrics::kCardPadding) < em(kLeastTextWidth + kPillColumn);
}

float pill_row_height() {
    return ImMax(ctx().fonts.secondary->FontSize * 1.3f, pill_size("").y + em(0.25f));
}

float list_card_height() {
    const bool pill_row = pill_below_title(ImGui::GetContentRegionAvail().x);
    return em(metrics::kCardPadding) * 1.5f + ctx().fonts.body->FontSize * 1.3f +
           2 * ctx().fonts.secondary->FontSize * 1.3f + (pill_row ? pill_row_height() : 0.0f);
}

bool list_card(const ListCard& card) {
    const Palette& p = colors();
    ImFont* title_font = ctx().fonts.body;
    ImFont* sub_font = ctx().fonts.secondary;
    const float pad = em(metrics::kCardPadding);
    const float width = card.width > 0 ? card.width : ImGui::GetContentRegionAvail().x;
    const float avatar = em(metrics::kAvatar);
    const ImVec2 pill = card.pill.empty() ? ImVec2(0, 0) : pill_size(card.pill);
    // Below nine ems of text the avatar goes, and the pill moves under the
    // title (pill_below_title).
    const bool pill_inline = pill.x > 0 && pill_below_title(width);
    const float pill_w = pill.x > 0 && !pill_inline ? pill.x + em(0.5f) : 0.0f;
    // Whether the avatar shows is the same for every card of a list: it
    // reckons with a typical pill, not this card's ("met" is short,
    // "reached out" long), or a list would show some faces and not others.
    const float pill_column = pill.x > 0 && !pill_inline ? em(kPillColumn) : 0.0f;
    const bool has_avatar =
        (!card.avatar.empty() || card.icon) &&
        width - 2 * pad - avatar - em(0.75f) - pill_column >= em(kLeastTextWidth);
    const float text_x = pad + (has_avatar ? avatar + em(0.75f) : 0.0f);
    const float text_w = width - text_x - pad - pill_w;
    const float pill_row = pill_inline ? pill_row_height() : 0.0f;

    // Height follows the content: a title line and up to two more lines.
    const float sub_line = sub_font->FontSize * 1.3f;
    const std::string plain_subtitle =
        card.subtitle_marked ? without_marks(card.subtitle) : std::string();
    const std::string_view subtitle = card.subtitle_marked ? plain_subtitle : card.subtitle;
    int sub_lines = 0;
    if (!subtitle.empty())
        sub_lines = (card.detail.empty() && text_width(sub_font, subtitle) > text_w) ? 2 : 1;
    int detail_lines = card.detail.empty() ? 0 : 1;
    if (detail_lines && card.detail_lines > 1) {
        const float wrapped =
            sub_font
                ->CalcTextSizeA(sub_font->FontSize, FLT_MAX, text_w, card.detail.data(),
                                card.detail.data() + card.detail.size())
                .y;
        detail_lines =
            ImClamp(static_cast<int>(wrapped / sub_font->FontSize + 0.5f), 1, card.detail_lines);
    }
    // A title that does not fit wraps (to two lines unless the card says),
    // where the card's height is its own to choose.
    const int wrap_to = card.title_lines > 1 ? card.title_lines : card.height > 0 ? 1 : 2;
    const int title_rows = wrap_to > 1 && text_width(title_font, card.title) > text_w ? wrap_to : 1;
    const float title_line = title_font->FontSize * 1.3f;
    const float content_h =
        title_rows * title_line + pill_row + (sub_lines + detail_lines) * sub_line;
    const float height = card.height > 0
                             ? card.height
                             : ImMax(em(metrics::kListCardMinHeight), content_h + pad * 1.5f);

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string id = "card:" + std::string(card.id);
    const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    const ImVec2 max(pos.x + width, pos.y + height);
    // Read out whole: a screen reader hears the name, role and status (made
    // only where one may hear it: not every frame of every card).
    std::string spoken;
    if (ctx().access.enabled) {
        spoken = card.title;
        for (const std::string_view line : {subtitle, card.detail, card.pill})
            if (!line.empty()) spoken.append(", ").append(line);
    }
    Access access;
    access.name = spoken;
    ctx().hits.record(card.title, pos, max, access);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (!ImGui::IsRectVisible(pos, max)) return tapped;
    ImU32 fill = card.selected ? mix(p.surface, p.accent, 0.10f) : p.surface;
    if (ImGui::IsItemActive())
        fill = mix(fill, p.text, 0.08f);
    else if (ImGui::IsItemHovered())
        fill = mix(fill, p.text, 0.03f);
    const float radius = em(metrics::kCardRadius);
    draw->AddRectFilled(pos, max, fill, radius);
    draw->AddRect(pos, max, card.selected ? p.accent : p.line, radius, 0, ImMax(1.0f, ctx().scale));
    if (ring_on_last_item()) draw->AddRect(pos, max, p.accent, radius, 0, em(0.12f));

    const float mid_y = pos.y + height * 0.5f;
    if (has_avatar)
        draw_avatar(draw, ImVec2(pos.x + pad + avatar * 0.5f, mid_y), avatar, card.avatar,
                    card.icon);
    float y = mid_y - content_h * 0.5f;
    if (title_rows > 1)
        draw_wrapped(draw, title_font, ImVec2(pos.x + text_x, y), p.text, card.title, text_w,
                     title_rows);
    else
        draw_line(draw, title_font, ImVec2(pos.x + text_x, y), p.text, card.title, text_w);
    y += title_rows * title_line;
    if (pill_inline) {
        draw_pill(draw, ImVec2(pos.x + text_x, y + (pill_row - pill.y) * 0.5f), card.pill,
                  card.pill_tone);
        y += pill_row;
    }
    if (sub_lines && card.subtitle_marked)
        draw_wrapped_marked(draw, sub_font, ImVec2(pos.x + text_x, y), p.muted, card.subtitle,
                            text_w, sub_lines);
    else if (sub_lines)
        draw_wrapped(draw, sub_font, ImVec2(pos.x + text_x, y), p.muted, card.subtitle, text_w,
                     sub_lines);
    if (detail_lines == 1)
        draw_line(draw, sub_font, ImVec2(pos.x + text_x, y + sub_lines * sub_line),
                  tone_colour(card.detail_tone), card.detail, text_w);
    else if (detail_lines > 1)
        draw_wrapped(draw, sub_font, ImVec2(pos.x + text_x, y + sub_lines * sub_line),
                     tone_colour(card.detail_tone), card.detail, text_w, detail_lines);
    if (pill.x > 0 && !pill_inline)
        draw_pill(draw, ImVec2(max.x - pad - pill.x, mid_y - pill.y * 0.5f), card.pill,
                  card.pill_tone);
    return tapped;
}

float content_right() {
    if (!ctx().panels.empty()) {
        const Context::Panel& panel = ctx().panels.back();
        return panel.origin.x + panel.width - em(metrics::kCardPadding);
    }
    return ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
}

bool fits_beside_card(float width) {
    return ImGui::GetContentRegionAvail().x - width - em(metrics::kGap) -
               2 * em(metrics::kCardPadding) >=
           em(kLeastTextWidth);
}

ImVec2 beside_card(float height) {
    const ImVec2 next = ImGui::GetCursorScreenPos();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(
        ImVec2(max.x + em(metrics::kGap), min.y + (max.y - min.y - height) * 0.5f));
    return next;
}

void begin_panel(std::string_view id, float width) {
    ImGui::PushID(id.data(), id.data() + id.size());
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ctx().panels.push_back({origin, width > 0.0f ? width : ImGui::GetContentRegionAvail().x});
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float pad = em(metrics::kCardPadding);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(origin.x + ctx().panels.back().width - pad - ImGui::GetWindowPos().x);
}

void end_panel() {
    const float pad = em(metrics::kCardPadding);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const Context::Panel panel = ctx().panels.back();
    ctx().panels.pop_back();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    const ImVec2 max(panel.origin.x + panel.width, ImGui::GetItemRectMax().y + pad);
    draw->AddRectFilled(panel.origin, max, colors().surface, em(metrics::kCardRadius));
    draw->AddRect(panel.origin, max, colors().line, em(metrics::kCardRadius), 0,
                  ImMax(1.0f, ctx().scale));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(panel.origin.x, max.y));
    ImGui::Dummy(ImVec2(0, em(metrics::kCardGap) - ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopID();
}

bool link_card(std::string_view id, std::string_view title, std::string_view subtitle,
               const char* icon) {
    ListCard card;
    card.id = id;
    card.title = title;
    card.subtitle = subtitle;
    card.icon = icon;
    return list_card(card);
}

} // namespace rapport::ui
