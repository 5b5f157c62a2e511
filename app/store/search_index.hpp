#pragma once
// Full-text search across people, research, notes, conversations and answers.
#include "store/connection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

struct SearchHit {
    std::string kind; // person, note, conversation, answer
    std::string ref_id;
    std::optional<std::string> person_id;
    std::string person_name;
    std::string title;
    std::string snippet; // matches wrapped in \x02 … \x03
    double rank = 0;
};

class SearchIndex : public Repository {
  public:
    explicit SearchIndex(Connection& connection) : Repository(connection) {}

    // Any user text is safe here: it is turned into quoted FTS terms, the
    // last one a prefix, so typing never produces a syntax error.
    std::vector<SearchHit> find(const std::string& text, int limit = 50);
};

// Turns user text into a safe FTS5 query ('"dan" "kim"*'), or "" for none.
std::string fts_query_for(const std::string& text);

} // namespace rapport::store
