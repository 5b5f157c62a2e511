#include "core/debrief.hpp"

#include "core/text.hpp"

#include <array>
#include <cctype>

namespace rapport::core {
namespace {

constexpr std::array<DebriefPrompt, 10> kPrompts = {{
    {"Takeaways", "Three takeaways"},
    {"Advice", "Advice"},
    {"Courses", "Recommended courses"},
    {"Certifications", "Certifications or training"},
    {"Mentors", "Mentors named"},
    {"Likes and dislikes", "What they like and dislike"},
    {"Typical day", "Their typical day"},
    {"People to contact", "People to contact"},
    {"Next steps", "Next steps"},
    {"How it fits me", "How this fits my skills, values and interests"},
}};

constexpr const char* kBullet = "· ";

bool is_heading(const std::string& line) {
    for (const DebriefPrompt& p : kPrompts)
        if (line == p.heading) return true;
    return false;
}

std::string strip_bullet(std::string line) {
    for (const char* bullet : {"·", "•", "-", "*", "–"})
        if (line.rfind(bullet, 0) == 0) return trim(line.substr(std::string(bullet).size()));
    return line;
}

} // namespace

std::span<const DebriefPrompt> debrief_prompts() {
    return kPrompts;
}

std::string insert_heading(const std::string& text, const std::string& heading, int& cursor) {
    std::string out = text;
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n'))
        out.pop_back();
    if (!out.empty()) out += "\n\n";
    out += heading + "\n" + kBullet;
    cursor = static_cast<int>(out.size());
    return out;
}

std::vector<ReferralLead> referral_leads(const std::string& text) {
    std::vector<ReferralLead> leads;
    bool inside = false;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = trim(text.substr(start, end - start));
        start = end + 1;
        if (is_heading(line)) {
            inside = line == "People to contact";
            continue;
        }
        if (!inside) continue;
        std::string entry = strip_bullet(line);
        if (entry.empty()) continue;
        ReferralLead lead;
        const size_t split = entry.find_first_of("(,—:");
        lead.name = trim(entry.substr(0, split));
        if (split != std::string::npos) {
            std::string rest =
                trim(entry.substr(split + (entry.compare(split, 3, "—") == 0 ? 3 : 1)));
            if (!rest.empty() && rest.back() == ')') rest.pop_back();
            lead.context = trim(rest);
        }
        // A lead is a name: one to five words, starting with a letter.
        int words = lead.name.empty() ? 0 : 1;
        for (char c : lead.name)
            words += c == ' ';
        if (words >= 1 && words <= 5 &&
            (static_cast<unsigned char>(lead.name[0]) >= 0x80 ||
             std::isalpha(static_cast<unsigned char>(lead.name[0]))))
            leads.push_back(std::move(lead));
    }
    return leads;
}

} // namespace rapport::core
