#pragma once
// The characters of other scripts in the database's names, read at launch
// beside the window's creation: the first atlas holds them, so a list of
// names in Chinese or Arabic needs no second atlas (and no second peak of
// memory) a frame later.
#include <string>
#include <vector>

namespace rapport {

// Empty when the database cannot be read (the app says why, later).
std::vector<char32_t> glyphs_in_names(const std::string& database_path);

} // namespace rapport
