#include "store/snippet.hpp"

#include "core/text.hpp"

#include <cctype>

namespace rapport::store {
namespace {

bool is_word_byte(unsigned char c) {
    return c >= 0x80 || std::isalnum(c);
}

struct Word {
    size_t begin, end;
};

} // namespace

std::vector<std::string> search_terms(const std::string& text) {
    std::vector<std::string> terms;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        const size_t start = i;
        while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) terms.push_back(core::lower_ascii(text.substr(start, i - start)));
    }
    return terms;
}

std::string make_snippet(const std::string& text, const std::vector<std::string>& terms,
                         int words_around) {
    std::vector<Word> words;
    for (size_t i = 0; i < text.size();) {
        while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        const size_t start = i;
        while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) words.push_back({start, i});
    }
    auto matches = [&](const Word& w) {
        const std::string word = core::lower_ascii(text.substr(w.begin, w.end - w.begin));
        for (const std::string& t : terms)
            if (!t.empty() && word.compare(0, t.size(), t) == 0) return true;
        return false;
    };
    size_t first = words.size();
    for (size_t i = 0; i < words.size() && first == words.size(); ++i)
        if (matches(words[i])) first = i;
    if (words.empty()) return {};
    if (first == words.size()) first = 0; // matched by accent folding only: show the start
    const size_t from = first > static_cast<size_t>(words_around) ? first - words_around : 0;
    const size_t to = std::min(words.size(), first + words_around + 1);
    std::string out = from > 0 ? "…" : "";
    size_t cursor = words[from].begin;
    for (size_t i = from; i < to; ++i) {
        out += text.substr(cursor, words[i].begin - cursor);
        const std::string word = text.substr(words[i].begin, words[i].end - words[i].begin);
        out += matches(words[i]) ? "\x02" + word + "\x03" : word;
        cursor = words[i].end;
    }
    if (to < words.size())
        out += "…";
    else
        out += text.substr(cursor);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

} // namespace rapport::store
