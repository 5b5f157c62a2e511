// Full-text search across people, research, notes, conversations and answers.
#include "store/search_index.hpp"

#include "store/snippet.hpp"

#include "core/text.hpp"

#include <algorithm>
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

// Scripts written without spaces between words (Chinese, Japanese, Thai,
// Lao, Khmer, Myanmar; Korean names too): FTS5's unicode61 tokenizer takes a
// whole run as one word, so "芳" would not find "王芳". Such a query also
// looks for the text inside titles and bodies.
bool unspaced_script(char32_t c) {
    return core::is_east_asian(c) || (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
           (c >= 0x1780 && c <= 0x17FF);
}

bool has_unspaced_script(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 0;
        if (unspaced_script(core::first_code_point(text.substr(at), &length))) return true;
        at += std::max<std::size_t>(length, 1);
    }
    return false;
}

// Substring matches rank before FTS5's (bm25 ranks are small negatives),
// names before bodies.
constexpr double kInTitleRank = -1e6, kInBodyRank = -1e5;

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

std::vector<SearchHit> SearchIndex::find(const std::string& text, int limit) {
    const std::string query = fts_query_for(text);
    if (query.empty()) return {};
    // Rank the newest matches only (see kRankAtMost), best first.
    Statement ranked =
        db_.prepare("SELECT rowid, rank FROM (SELECT rowid, bm25(search_fts, 4.0, 1.0) AS rank "
                    "FROM search_fts WHERE search_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3) "
                    "ORDER BY rank LIMIT ?2");
    ranked.bind(1, query).bind(2, limit + 10).bind(3, kRankAtMost);
    std::vector<std::pair<std::int64_t, double>> top;
    while (ranked.step())
        top.emplace_back(ranked.integer(0), ranked.real(1));
    ranked.reset();
    if (const std::string needle = core::trim(text); has_unspaced_script(needle)) {
        Statement inside = db_.prepare(
            "SELECT docid, instr(title, ?1) > 0 FROM search_doc WHERE instr(title, ?1) > 0 OR "
            "instr(body, ?1) > 0 ORDER BY docid DESC LIMIT ?2");
        inside.bind(1, needle).bind(2, limit + 10);
        while (inside.step()) {
            const std::int64_t docid = inside.integer(0);
            const double rank = inside.integer(1) ? kInTitleRank : kInBodyRank;
            auto found = std::find_if(top.begin(), top.end(),
                                      [docid](const auto& hit) { return hit.first == docid; });
            if (found == top.end())
                top.emplace_back(docid, rank);
            else
                found->second = rank;
        }
        std::stable_sort(top.begin(), top.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    }

    // Then the document itself, by primary key, and a highlighted excerpt.
    // A person's excerpt is read from their fields, kept apart with " · "
    // ("Planner II · Kestrel Games · Game design"): the search document runs
    // them together with spaces, which reads as one odd sentence.
    Statement detail =
        db_.prepare("SELECT d.kind, d.ref_id, d.person_id, coalesce(p.name, ''), d.title, d.body, "
                    "p.role, p.organisation, p.field, p.location, p.tags, p.emails, p.education, "
                    "p.specialty, p.past_careers, p.inspirations, p.research_notes "
                    "FROM search_doc d LEFT JOIN person p ON p.id = d.person_id "
                    "WHERE d.docid = ?1 AND (p.id IS NULL OR p.deleted_at IS NULL)");
    const std::vector<std::string> terms = search_terms(text);
    std::vector<SearchHit> hits;
    for (const auto& [rowid, rank] : top) {
        if (static_cast<int>(hits.size()) >= limit) break;
        detail.bind(1, rowid);
        if (detail.step()) {
            const std::string kind = detail.text(0);
            // A person matches on their name (title) or the fields in body.
            std::string body = detail.text(5);
            if (kind == "person") {
                body.clear();
                for (int field = 6; field <= 16; ++field) {
                    const std::string value = detail.text(field);
                    if (value.find_first_not_of(" \n") == std::string::npos) continue;
                    if (!body.empty()) body += " \xc2\xb7 ";
                    body += value;
                }
            }
            std::string excerpt = make_snippet(body, terms, kind == "person" ? 8 : 5);
            if (kind == "person" && excerpt.find('\x02') == std::string::npos)
                excerpt = make_snippet(detail.text(4), terms);
            hits.push_back({kind, detail.text(1), detail.optional_text(2), detail.text(3),
                            detail.text(4), excerpt, rank});
        }
        detail.reset();
    }
    return hits;
}

} // namespace rapport::store
