#pragma once
// The user guide (assets/guide/user-guide.md) as the Help screen shows it:
// its Markdown read into sections of headings, paragraphs, bullets and code,
// with inline marks (bold, code, links) taken out. Only what the guide uses
// is read; screenshots (image tables) are left out, since the app is beside.
#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

struct GuideBlock {
    enum class Kind { Heading, Paragraph, Bullet, Code };
    Kind kind = Kind::Paragraph;
    std::string text;
};

struct GuideSection {
    std::string title; // the "## " heading
    std::vector<GuideBlock> blocks;
};

struct Guide {
    std::string title; // the "# " heading
    std::vector<GuideBlock> intro;
    std::vector<GuideSection> sections;
};

Guide read_guide(std::string_view markdown);

// "**Capture** — the `Ctrl+N` [box](x.md)" -> "Capture — the Ctrl+N box".
std::string plain_text(std::string_view markdown);

} // namespace rapport::core
