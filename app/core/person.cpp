#include "core/person.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace rapport::core {
namespace {

bool is_title(const std::string& word) {
    static const char* const titles[] = {"dr",  "dr.",  "prof", "prof.", "mr", "mr.",
                                         "mrs", "mrs.", "ms",   "ms.",   "mx", "mx."};
    const std::string lower = lower_ascii(word);
    return std::find(std::begin(titles), std::end(titles), lower) != std::end(titles);
}

// The first whole UTF-8 character of `word`, upper-cased when ASCII.
std::string first_character(const std::string& word) {
    if (word.empty()) return {};
    size_t length = 1;
    const unsigned char lead = static_cast<unsigned char>(word[0]);
    if (lead >= 0xF0)
        length = 4;
    else if (lead >= 0xE0)
        length = 3;
    else if (lead >= 0xC0)
        length = 2;
    std::string c = word.substr(0, std::min(length, word.size()));
    if (c.size() == 1) c[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(c[0])));
    return c;
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

std::string full_name(const std::string& given, const std::string& family) {
    const std::string g = trim(given), f = trim(family);
    if (g.empty() || f.empty()) return g.empty() ? f : g;
    if (is_east_asian(first_code_point(g)) && is_east_asian(first_code_point(f))) return f + g;
    return g + " " + f;
}

NameParts split_name(const std::string& name) {
    const std::string n = trim(name);
    const size_t space = n.rfind(' ');
    if (space != std::string::npos) return {n.substr(space + 1), trim(n.substr(0, space))};
    std::size_t first = 0;
    if (!is_east_asian(first_code_point(n, &first))) return {n, ""};
    std::vector<std::size_t> starts; // where each character begins
    for (std::size_t at = 0; at < n.size();) {
        starts.push_back(at);
        std::size_t length = 0;
        first_code_point(std::string_view(n).substr(at), &length);
        at += length ? length : 1;
    }
    if (starts.size() < 2) return {n, ""};
    // The commonest two-character Chinese surnames.
    static constexpr std::string_view kCompound[] = {"欧阳", "司马", "上官", "诸葛", "东方",
                                                     "皇甫", "慕容", "司徒", "夏侯", "尉迟",
                                                     "歐陽", "諸葛", "東方", "長孫", "长孙"};
    std::size_t family_chars = starts.size() >= 4 ? 2 : 1;
    for (std::string_view surname : kCompound)
        if (starts.size() >= 3 && n.compare(0, surname.size(), surname) == 0) family_chars = 2;
    const std::size_t cut = starts[family_chars];
    return {n.substr(0, cut), n.substr(cut)};
}

namespace {

// Thai vowel signs written before the consonant they follow in speech.
bool thai_leading_vowel(char32_t c) {
    return c >= 0x0E40 && c <= 0x0E44;
}

} // namespace

std::string initials(const std::string& name) {
    const std::string trimmed_name = trim(name);
    std::size_t length = 0;
    if (is_east_asian(first_code_point(trimmed_name, &length)))
        return trimmed_name.substr(0, length);
    std::vector<std::string> words;
    size_t start = 0;
    while (start < name.size()) {
        size_t end = name.find_first_of(" \t", start);
        if (end == std::string::npos) end = name.size();
        std::string word = name.substr(start, end - start);
        if (!word.empty() && !is_title(word)) words.push_back(word);
        start = end + 1;
    }
    if (words.empty()) return "?";
    for (std::string& word : words)
        if (thai_leading_vowel(first_code_point(word, &length)) && word.size() > length)
            word.erase(0, length);
    if (words.size() == 1) return first_character(words[0]);
    return first_character(words.front()) + first_character(words.back());
}

std::string position_at(const std::string& role, const std::string& organisation) {
    if (role.empty() || organisation.empty()) return role + organisation;
    return role + " at " + organisation;
}

std::vector<std::string> missing_research(const Person& p) {
    std::vector<std::string> missing;
    if (blank(p.role)) missing.push_back("role");
    if (blank(p.organisation)) missing.push_back("organisation");
    if (blank(p.research.education)) missing.push_back("education");
    if (blank(p.research.specialty)) missing.push_back("areas of specialty");
    if (blank(p.research.past_careers)) missing.push_back("past careers");
    if (blank(p.research.inspirations)) missing.push_back("sources of inspiration");
    return missing;
}

std::string validate_person(const Person& p) {
    if (blank(p.name)) return "A person needs a name";
    if (p.name.size() > 200) return "That name is longer than 200 characters";
    if (p.cadence_days < 0 || p.cadence_days > 3650)
        return "Keep-in-touch cadence must be between 0 and 3650 days";
    for (const std::string& email : p.emails)
        if (email.find('@') == std::string::npos || email.find(' ') != std::string::npos)
            return "'" + email + "' is not an email address";
    return {};
}

} // namespace rapport::core
