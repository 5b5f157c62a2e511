#pragma once
// Each verb's arguments (`rapport capture …`, `import`, `export`, `search`,
// `sync`, `remind`), read into that verb's own options.
#include "shell/command_line.hpp"

namespace rapport {

// `arguments[0]` is the verb.
ParseResult parse_capture(const std::vector<std::string>& arguments);
// import, export, search, sync or remind; false for another word.
bool is_data_verb(const std::string& word);
ParseResult parse_data_verb(const std::vector<std::string>& arguments);

} // namespace rapport
