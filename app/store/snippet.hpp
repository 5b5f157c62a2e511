#pragma once
// A short excerpt of `text` around the first word that starts with one of
// `terms`, matches wrapped in \x02 … \x03. Made here rather than by FTS5's
// snippet(), which re-reads a common term's whole index for every row.
#include <string>
#include <vector>

namespace rapport::store {

// Lower-cased search terms of user text, as fts_query_for splits it.
std::vector<std::string> search_terms(const std::string& text);

std::string make_snippet(const std::string& text, const std::vector<std::string>& terms,
                         int words_around = 5);

} // namespace rapport::store
