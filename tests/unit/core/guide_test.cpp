#include "core/guide.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <string>

using rapport::core::GuideBlock;
using rapport::core::plain_text;
using rapport::core::read_guide;

TEST_CASE("the guide's Markdown reads into sections of headings, paragraphs, bullets and code") {
    const auto guide = read_guide("# Rapport — the user guide\n"
                                  "\n"
                                  "How each screen works.\n"
                                  "\n"
                                  "## Using it\n"
                                  "\n"
                                  "Enter in a form's one-line field\n"
                                  "submits it.\n"
                                  "\n"
                                  "- **Today** — what is due,\n"
                                  "  each done in one tap.\n"
                                  "- **People** — search as you type.\n"
                                  "\n"
                                  "| what | where |\n"
                                  "|---|---|\n"
                                  "| the guide | `user-guide.md` |\n"
                                  "\n"
                                  "| Today | People |\n"
                                  "|---|---|\n"
                                  "| ![Today](a.png) | ![People](b.png) |\n"
                                  "\n"
                                  "## Sync\n"
                                  "### From a terminal\n"
                                  "```sh\n"
                                  "rapport sync --setup URL\n"
                                  "```\n"
                                  "1. Open [Settings](x.md) → Sync.\n");
    CHECK(guide.title == "Rapport — the user guide");
    REQUIRE(guide.intro.size() == 1);
    CHECK(guide.intro[0].text == "How each screen works.");
    REQUIRE(guide.sections.size() == 2);
    const auto& using_it = guide.sections[0];
    CHECK(using_it.title == "Using it");
    // Lines of one paragraph join; a table of words stays, one of images goes.
    REQUIRE(using_it.blocks.size() == 5);
    CHECK(using_it.blocks[0].kind == GuideBlock::Kind::Paragraph);
    CHECK(using_it.blocks[0].text == "Enter in a form's one-line field submits it.");
    CHECK(using_it.blocks[1].kind == GuideBlock::Kind::Bullet);
    CHECK(using_it.blocks[1].text == "Today — what is due, each done in one tap.");
    CHECK(using_it.blocks[2].text == "People — search as you type.");
    CHECK(using_it.blocks[3].text == "what · where");
    CHECK(using_it.blocks[4].text == "the guide · user-guide.md");
    const auto& sync = guide.sections[1];
    REQUIRE(sync.blocks.size() == 3);
    CHECK(sync.blocks[0].kind == GuideBlock::Kind::Heading);
    CHECK(sync.blocks[0].text == "From a terminal");
    CHECK(sync.blocks[1].kind == GuideBlock::Kind::Code);
    CHECK(sync.blocks[1].text == "rapport sync --setup URL");
    CHECK(sync.blocks[2].kind == GuideBlock::Kind::Bullet);
    CHECK(sync.blocks[2].text == "Open Settings → Sync.");
}

TEST_CASE("inline marks are taken out and a bracket that is not a link stays") {
    CHECK(plain_text("**Capture** opens with `Ctrl+N`") == "Capture opens with Ctrl+N");
    CHECK(plain_text("see [the tests](tests/README.md).") == "see the tests.");
    CHECK(plain_text("a gap shown as `[bracketed]`; then [a link](x)") ==
          "a gap shown as [bracketed]; then a link");
    CHECK(plain_text("an unclosed [bracket") == "an unclosed [bracket");
}

TEST_CASE("every section of the shipped guide is read, none empty") {
    std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/assets/guide/user-guide.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    int headings = 0;
    bool code = false;
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("```", 0) == 0) code = !code;
        if (!code && line.rfind("## ", 0) == 0) ++headings;
    }
    const auto guide = read_guide(text.str());
    CHECK(headings >= 5);
    CHECK(static_cast<int>(guide.sections.size()) == headings);
    for (const auto& section : guide.sections) {
        CAPTURE(section.title);
        CHECK(!section.blocks.empty());
        for (const auto& block : section.blocks)
            CHECK(block.text.find("**") == std::string::npos);
    }
}

TEST_CASE("emphasis marks go, but marks inside code and a lone asterisk stay") {
    CHECK(plain_text("tap *Sync now*, then *Set up sync*") == "tap Sync now, then Set up sync");
    CHECK(plain_text("copied to `*.before-vN.bak` and `If-None-Match: *`") ==
          "copied to *.before-vN.bak and If-None-Match: *");
    CHECK(plain_text("2 * 3 and a*b") == "2 * 3 and a*b");
}
