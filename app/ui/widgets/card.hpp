#pragma once
// Cards: rounded surfaces. A list card is one big button (1.86 needs a
// cursor a frame early for overlapping items, so nothing inside a card is a
// separate target); a panel is a static surface around other widgets.
#include "ui/widgets/pill.hpp"

#include <string_view>

namespace rapport::ui {

struct ListCard {
    std::string_view id;          // unique within the list (a row id)
    std::string_view title;       // "Amara Osei"
    std::string_view subtitle;    // "Senior UX Researcher · Brightline Labs"
    bool subtitle_marked = false; // the subtitle is a search excerpt with \x02 … \x03 marks
    std::string_view avatar;      // initials, or empty
    const char* icon = nullptr;   // a Material glyph instead of initials
    std::string_view pill;        // status, or empty
    Tone pill_tone = Tone::Neutral;
    std::string_view detail; // a third line ("Thank-you · overdue"), or empty
    Tone detail_tone = Tone::Neutral;
    bool selected = false; // the one shown beside the list
    float height = 0.0f;   // fixed height in px (for clipped lists); 0 fits the content
    float width = 0.0f;    // 0 fills the row; less leaves room for actions beside it
    int title_lines = 1;   // 2 lets a long title (a question) wrap
    int detail_lines = 1;  // more lets the detail (a note's first lines) wrap
};

// The fixed height list_card uses for cards with a title, subtitle and detail.
float list_card_height();

// Full width, at least 72 px tall. Returns true when tapped (not dragged).
bool list_card(const ListCard& card);
// A card that opens another screen: an icon, a title and a line under it.
bool link_card(std::string_view id, std::string_view title, std::string_view subtitle,
               const char* icon);

// Whether a card can leave `width` beside it for buttons and still have nine
// ems for its words; when not, the buttons go under it (a narrow phone at a
// large text size).
bool fits_beside_card(float width);

// Right after list_card(): puts the cursor beside that card, vertically
// centred for controls `height` tall, and returns where the next row starts.
// Controls go beside a card, never on it (1.86 needs the pointer a frame
// early for overlapping targets). Finish with ImGui::SetCursorScreenPos(next).
ImVec2 beside_card(float height);

// Initials in a tinted circle of diameter `size`.
void draw_avatar(ImDrawList* draw, ImVec2 centre, float size, std::string_view initials,
                 const char* icon);

// A surface around whatever is drawn between begin and end, as wide as
// the space left on the line, or `width` px.
void begin_panel(std::string_view id, float width = 0.0f);
// The right edge (screen x) content may use: a panel's inner edge inside one.
float content_right();
void end_panel();

} // namespace rapport::ui
