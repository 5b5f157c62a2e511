// Help: the guide's sections as cards; a section read as headings,
// paragraphs and bullets, wrapped to the window.
#include "features/help/help_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

#include <charconv>
#include <string>

namespace rapport::ui {
namespace {

// The first words of a section, under its title.
std::string first_words(const core::GuideSection& section) {
    for (const core::GuideBlock& block : section.blocks)
        if (block.kind == core::GuideBlock::Kind::Paragraph ||
            block.kind == core::GuideBlock::Kind::Bullet)
            return block.text.size() > 90 ? block.text.substr(0, block.text.rfind(' ', 88)) + "…"
                                          : block.text;
    return {};
}

std::optional<size_t> section_number(const Route& route) {
    size_t n = 0;
    const std::string& a = route.argument;
    if (a.empty() || std::from_chars(a.data(), a.data() + a.size(), n).ec != std::errc())
        return std::nullopt;
    return n;
}

} // namespace

void HelpFeature::draw(const Route& route, ScreenContext& screen) {
    const std::optional<size_t> n = section_number(route);
    if (n && *n < guide_.sections.size()) return draw_section(guide_.sections[*n], screen);
    draw_contents(screen);
}

void HelpFeature::draw_contents(ScreenContext& screen) {
    if (app_bar("Help", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("help");
    if (guide_.sections.empty()) {
        empty_state("help-missing", icon::kDescription, "The guide is not here",
                    "This copy of Rapport was built without its user guide. It is "
                    "assets/guide/user-guide.md in Rapport's source.");
        end_body();
        return;
    }
    paragraph(ctx().fonts.secondary, colors().muted,
              "The user guide: how each screen works, on the desktop and on a phone, and what "
              "Rapport does with your data.");
    for (size_t i = 0; i < guide_.sections.size(); ++i) {
        const core::GuideSection& section = guide_.sections[i];
        // A card holds views: what they view lives through the card.
        const std::string id = "help:" + std::to_string(i);
        const std::string words = first_words(section);
        ListCard card;
        card.id = id;
        card.title = section.title;
        card.subtitle = words;
        card.icon = icon::kDescription;
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Help, std::to_string(i)}});
    }
    end_body();
}

void HelpFeature::draw_section(const core::GuideSection& section, ScreenContext& screen) {
    if (app_bar(section.title, Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("help-section");
    begin_panel("help-text");
    for (const core::GuideBlock& block : section.blocks) {
        switch (block.kind) {
        case core::GuideBlock::Kind::Heading:
            end_panel();
            section_header(block.text);
            begin_panel("help-text:" + block.text);
            break;
        case core::GuideBlock::Kind::Bullet:
            paragraph(ctx().fonts.body, colors().text, "•  " + block.text);
            break;
        case core::GuideBlock::Kind::Code:
            paragraph(ctx().fonts.secondary, colors().muted, block.text);
            break;
        case core::GuideBlock::Kind::Paragraph:
            paragraph(ctx().fonts.body, colors().text, block.text);
            break;
        }
        ImGui::Dummy(ImVec2(0, em(0.35f)));
    }
    end_panel();
    end_body();
}

} // namespace rapport::ui
