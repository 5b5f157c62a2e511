#include "core/name_match.hpp"

#include "core/links.hpp"

#include <algorithm>
#include <sstream>

namespace rapport::core {
namespace {

// Levenshtein distance over bytes (names are compared lower-cased).
size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;)
        words.push_back(w);
    return words;
}

} // namespace

std::vector<std::string> closest_names(const std::string& query,
                                       const std::vector<std::string>& names, size_t limit) {
    const std::string wanted = normalize_words(query);
    if (wanted.empty()) return {};
    const std::vector<std::string> wanted_words = words_of(wanted);
    struct Candidate {
        size_t score;
        const std::string* name;
    };
    std::vector<Candidate> found;
    for (const std::string& name : names) {
        const std::string key = normalize_words(name);
        // "Dana" for "Dana Whitfield": a whole word of the name.
        bool shares_word = false;
        for (const std::string& word : words_of(key))
            for (const std::string& w : wanted_words)
                shares_word =
                    shares_word || (w.size() >= 2 && edit_distance(word, w) <= w.size() / 4);
        const size_t distance = edit_distance(key, wanted);
        const size_t slack = std::max<size_t>(2, std::max(key.size(), wanted.size()) / 3);
        if (!shares_word && distance > slack) continue;
        found.push_back({shares_word ? distance : distance + 1000, &name});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    std::vector<std::string> out;
    for (const Candidate& c : found) {
        if (out.size() >= limit) break;
        out.push_back(*c.name);
    }
    return out;
}

} // namespace rapport::core
