// Full-text search across people, research, notes, conversations and answers.
#include "store/store.hpp"

#include <cctype>

namespace rapport::store {
namespace {

// Word characters for the query: letters, digits and every non-ASCII byte
// (so "Nguyễn" stays one term); everything else separates terms.
bool is_term_byte(unsigned char c) {
    return c >= 0x80 || std::isalnum(c);
}

// Ranking every match of a very common term costs time; rank only the
// newest few thousand and the answer stays fast and still relevant.
constexpr int kRankAtMost = 4000;
constexpr int kMaxTerms = 12;

} // namespace

std::string fts_query_for(const std::string& text) {
    std::string query;
    int terms = 0;
    size_t i = 0;
    while (i < text.size() && terms < kMaxTerms) {
        while (i < text.size() && !is_term_byte(static_cast<unsigned char>(text[i])))
            ++i;
        const size_t start = i;
        while (i < text.size() && is_term_byte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i == start) break;
        if (!query.empty()) query += ' ';
        // Quoted, so NEAR, AND, OR, NOT and column names are plain words.
        query += '"' + text.substr(start, std::min<size_t>(i - start, 64)) + '"';
        ++terms;
    }
    // The word being typed matches as a prefix: "Dan" finds "Dana".
    const bool typing_last_word =
        !text.empty() && is_term_byte(static_cast<unsigned char>(text.back()));
    if (!query.empty() && (typing_last_word || terms == 1)) query += '*';
    return query;
}

std::vector<SearchHit> Store::search(const std::string& text, int limit) {
    const std::string query = fts_query_for(text);
    if (query.empty()) return {};
    Statement q =
        db_.prepare("SELECT d.kind, d.ref_id, d.person_id, coalesce(p.name, ''), d.title, "
                    "  snippet(search_fts, -1, char(2), char(3), '…', 10), m.rank "
                    "FROM (SELECT rowid, bm25(search_fts, 4.0, 1.0) AS rank FROM search_fts "
                    "      WHERE search_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3) m "
                    "JOIN search_fts ON search_fts.rowid = m.rowid "
                    "JOIN search_doc d ON d.docid = m.rowid "
                    "LEFT JOIN person p ON p.id = d.person_id "
                    "WHERE search_fts MATCH ?1 AND (p.id IS NULL OR p.deleted_at IS NULL) "
                    "ORDER BY m.rank LIMIT ?2");
    q.bind(1, query).bind(2, limit).bind(3, kRankAtMost);
    std::vector<SearchHit> hits;
    while (q.step())
        hits.push_back(
            {q.text(0), q.text(1), q.optional_text(2), q.text(3), q.text(4), q.text(5), q.real(6)});
    return hits;
}

} // namespace rapport::store
