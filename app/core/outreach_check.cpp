#include "core/outreach_check.hpp"

#include <array>
#include <cctype>
#include <regex>

namespace rapport::core {
namespace {

std::string lower(const std::string& s) {
    // Lower-cased, with typographic apostrophes (U+2019) read as plain ones.
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xe2\x80\x99") == 0) {
            out += '\'';
            i += 2;
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    }
    return out;
}

bool has_any(const std::string& text, std::initializer_list<const char*> phrases) {
    for (const char* p : phrases)
        if (text.find(p) != std::string::npos) return true;
    return false;
}

// Asking for work, not for advice: the guide says this meeting is not the
// place. Phrased as requests so "your first position" stays fine.
bool asks_for_job(const std::string& t) {
    static const std::regex request(
        R"(\b(looking for|searching for|seeking|apply(ing)? (for|to)|consider(ing)? me for|refer(ring)? me (for|to)|recommend(ing)? me for|interested in|hoping (for|to get)|any|open|available|hire|hiring|get hired|be hired)\b[^.?!]{0,40}\b(jobs?|positions?|internships?|openings?|vacanc(y|ies)|roles?|employment|hire|hired)\b)");
    if (std::regex_search(t, request)) return true;
    // A job ask in other words: a resume handed on, or a way in to whoever
    // hires ("could you pass my resume along to your recruiter?"). Advice on
    // a resume stays fine.
    static const std::regex resume_passed(
        R"(\b(pass|forward|send|share|give|hand|submit|circulate)\b[^.?!]{0,30}\b(resume|résumé|cv))");
    static const std::regex way_in(
        R"(\b(introduce|connect|refer|recommend|pass|forward|send)\b[^.?!]{0,40}\b(recruiters?|hiring managers?|hiring team|talent team|talent acquisition|hr)\b)");
    if (std::regex_search(t, resume_passed) || std::regex_search(t, way_in)) return true;
    return has_any(t, {"put in a good word", "put in a word", "hire me", "hiring", "be hired",
                       "get hired", "hired by", "job opening", "job opportunit",
                       "internship opportunit", "work for you", "employ me"});
}

bool says_how_found(const std::string& t) {
    return has_any(
        t,
        {"found you",    "found your",       "came across",       "saw your",     "read your",
         "watched your", "heard you",        "heard your",        "referred",     "recommended you",
         "suggested i",  "suggested that i", "gave me your name", "passed along", "we met",
         "met you",      "meeting you",      "through ",          "via ",         "on linkedin",
         "alumni",       "career fair",      "your talk",         "your article", "your post",
         "your profile", "your panel",       "my professor",      "introduced"});
}

// Minutes asked for, if the draft names a duration; -1 when it does not.
int minutes_asked(const std::string& t) {
    static const std::regex minutes(R"(\b(\d{1,3})[ -]?(min|mins|minute|minutes)\b)");
    std::smatch m;
    int most = -1;
    for (auto it = std::sregex_iterator(t.begin(), t.end(), minutes); it != std::sregex_iterator();
         ++it)
        most = std::max(most, std::stoi((*it)[1].str()));
    static const std::array<std::pair<const char*, int>, 7> words = {{{"fifteen", 15},
                                                                      {"ten minutes", 10},
                                                                      {"twenty", 20},
                                                                      {"thirty", 30},
                                                                      {"half an hour", 30},
                                                                      {"half-hour", 30},
                                                                      {"an hour", 60}}};
    for (const auto& [word, value] : words)
        if (t.find(word) != std::string::npos) most = std::max(most, value);
    if (t.find("hour-long") != std::string::npos || t.find("one hour") != std::string::npos)
        most = std::max(most, 60);
    return most;
}

} // namespace

std::vector<OutreachHint> check_outreach(const std::string& draft) {
    std::vector<OutreachHint> hints;
    const std::string t = lower(draft);
    if (asks_for_job(t))
        hints.push_back({OutreachIssue::AsksForJob,
                         "This meeting isn't the place to ask for a position: ask for their "
                         "advice and story instead."});
    if (!says_how_found(t))
        hints.push_back({OutreachIssue::NoHowFound,
                         "Say how you found them (a talk, LinkedIn, the alumni network, who "
                         "referred you)."});
    const int minutes = minutes_asked(t);
    if (minutes < 0)
        hints.push_back({OutreachIssue::NoSpecificTime,
                         "Ask for a specific, short time: \"Would you have time for a 15 minute "
                         "conversation?\""});
    else if (minutes > kOutreachMaxMinutes)
        hints.push_back({OutreachIssue::TooLong,
                         "Ask for about 15 minutes; more than 20 is a lot to ask of a busy "
                         "person."});
    if (word_count(draft) > kOutreachMaxWords)
        hints.push_back({OutreachIssue::OverWords, "Keep it under 150 words (now " +
                                                       std::to_string(word_count(draft)) + ")."});
    if (!has_any(t, {"thank", "grateful", "appreciate"}))
        hints.push_back({OutreachIssue::NoThanks, "Thank them for their time."});
    return hints;
}

} // namespace rapport::core
