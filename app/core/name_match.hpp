#pragma once
// "Did you mean …": the names closest to one that matched no one, for a
// command line that refuses a misspelt --person.
#include <string>
#include <vector>

namespace rapport::core {

// Up to `limit` of `names`, closest first: a name containing the query (or a
// word of it) as a word, then by edit distance on lower-cased text, only
// those close enough to be a slip (within about a third of the length).
std::vector<std::string> closest_names(const std::string& query,
                                       const std::vector<std::string>& names, size_t limit = 3);

} // namespace rapport::core
