#pragma once
// Script fonts read from Debian's font folders, mapped rather than read: the
// atlas touches only the pages of the glyphs it rasterises, so a 19 MB CJK
// collection costs memory for the characters a person's data uses, not for
// the file. Mappings last as long as this object, which outlives any atlas
// built from them.
#include <map>
#include <string>
#include <string_view>

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

  private:
    std::map<std::string, Bytes, std::less<>> mapped_;
};

} // namespace rapport::ui
