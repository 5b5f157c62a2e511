#pragma once
// Script fonts read from Debian's font folders, mapped rather than read: the
// atlas touches only the pages of the glyphs it rasterises, so a 19 MB CJK
// collection costs memory for the characters a person's data uses, not for
// the file. Mappings last as long as this object, which outlives any atlas
// built from them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::ui {

class FontFiles {
  public:
    struct Bytes {
        const unsigned char* data = nullptr;
        unsigned long size = 0;
    };
    FontFiles() = default;
    FontFiles(const FontFiles&) = delete;
    FontFiles& operator=(const FontFiles&) = delete;
    ~FontFiles();

    // The file's bytes, or empty when it is missing (the package is not
    // installed, or the web build): those characters then show as boxes.
    Bytes open(std::string_view path);
    // A font holding only `characters`, cut from face `face` of the file at
    // `path` by HarfBuzz's subsetter (layout tables dropped), for the big CJK
    // collections: its pages are read once and let go, and memory keeps a few
    // kilobytes per script instead of the megabytes the glyph lookups touch.
    // Valid until the next subset of the same face. Empty when the file is
    // missing or cannot be cut (the web build has no HarfBuzz: open() then).
    Bytes subset(std::string_view path, int face, const std::vector<char32_t>& characters);
    // The atlas built from these is on the GPU: the pages its glyph lookups
    // touched and the subsets cut for it are given back (the mappings stay;
    // the next rebuild reads again what it needs). Bytes handed out before
    // are not to be read until asked for again.
    void let_go();

  private:
    std::map<std::string, Bytes, std::less<>> mapped_;
    std::map<std::string, std::vector<unsigned char>> subsets_;
};

} // namespace rapport::ui
