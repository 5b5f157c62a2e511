#include "core/links.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::core {
std::string normalize_linkedin_url(const std::string& url) {
    std::string s = lower_ascii(trim(url));
    for (const char* scheme : {"https://", "http://"})
        if (s.rfind(scheme, 0) == 0) s.erase(0, std::string(scheme).size());
    // Country subdomains (uk.linkedin.com) and the bare domain all mean the same profile.
    const size_t domain = s.find("linkedin.com/");
    if (domain == std::string::npos) return {};
    const std::string host = s.substr(0, domain);
    if (!host.empty() && (host.back() != '.' || host.find('/') != std::string::npos)) return {};
    std::string path = s.substr(domain + std::string("linkedin.com/").size());
    path = path.substr(0, path.find_first_of("?#"));
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    if (path.rfind("in/", 0) != 0 || path.size() <= 3) return {};
    const size_t extra = path.find('/', 3); // drop /details/..., /recent-activity
    if (extra != std::string::npos) path.resize(extra);
    return "https://www.linkedin.com/" + path;
}

std::string normalize_email(const std::string& email) {
    std::string s = lower_ascii(trim(email));
    if (s.rfind("mailto:", 0) == 0) s.erase(0, 7);
    const size_t at = s.find('@');
    if (at == std::string::npos || at == 0 || at + 1 >= s.size() ||
        s.find_first_of(" \t,;<>") != std::string::npos)
        return {};
    return s;
}

std::string normalize_words(const std::string& text) {
    std::string out;
    bool space = false;
    for (unsigned char c : trim(text)) {
        if (std::isspace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

} // namespace rapport::core
