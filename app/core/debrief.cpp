#include "core/debrief.hpp"

#include "core/text.hpp"

#include <algorithm>
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

// Which prompt a line heads, or -1: "Advice", "advice:", "Three takeaways".
int heading_index(const std::string& line) {
    std::string key = lower_ascii(trim(line));
    if (!key.empty() && key.back() == ':') key.pop_back();
    for (size_t i = 0; i < kPrompts.size(); ++i)
        if (key == lower_ascii(kPrompts[i].heading) || key == lower_ascii(kPrompts[i].chip))
            return static_cast<int>(i);
    return -1;
}

void add_line(std::string& to, const std::string& line) {
    if (!to.empty()) to += '\n';
    to += line;
}

// "Dislikes: the commute" → "the commute" when `prefix` is "dislikes".
bool strip_prefix(std::string& line, const char* prefix) {
    const std::string lower = lower_ascii(line);
    const std::string p = prefix;
    if (lower.rfind(p, 0) != 0) return false;
    line = trim(line.substr(p.size()));
    if (!line.empty() && (line[0] == ':' || line[0] == '-')) line = trim(line.substr(1));
    return true;
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

bool DebriefSections::empty() const {
    return takeaways.empty() && advice.empty() && courses.empty() && certifications.empty() &&
           mentors.empty() && likes.empty() && dislikes.empty() && next_steps.empty() &&
           std::all_of(answers.begin(), answers.end(),
                       [](const std::string& a) { return a.empty(); });
}

namespace {

// Which planned question a line is, or -1 (any case, a colon after it).
int question_index(const std::string& line, std::span<const PlannedQuestion> planned) {
    std::string key = lower_ascii(trim(line));
    if (!key.empty() && key.back() == ':') key.pop_back();
    for (size_t i = 0; i < planned.size(); ++i)
        if (!key.empty() && key == lower_ascii(trim(planned[i].text))) return static_cast<int>(i);
    return -1;
}

} // namespace

namespace {

// The section a prompt's heading opens; nullptr for a prompt whose lines are
// not kept apart (a typical day, people to contact).
std::string* section_of(DebriefSections& out, std::string_view chip) {
    if (chip == "Takeaways") return &out.takeaways;
    if (chip == "Advice") return &out.advice;
    if (chip == "Courses") return &out.courses;
    if (chip == "Certifications") return &out.certifications;
    if (chip == "Mentors") return &out.mentors;
    if (chip == "Likes and dislikes") return &out.likes;
    if (chip == "Next steps") return &out.next_steps;
    return nullptr;
}

// A line under "Likes and dislikes": "Dislikes: …" goes to dislikes, "Likes:
// …" and a bare line to likes.
void add_like_or_dislike(DebriefSections& out, std::string entry) {
    if (strip_prefix(entry, "dislikes") || strip_prefix(entry, "dislike")) {
        if (!entry.empty()) add_line(out.dislikes, entry);
        return;
    }
    if (!strip_prefix(entry, "likes")) strip_prefix(entry, "like");
    if (!entry.empty()) add_line(out.likes, entry);
}

} // namespace

DebriefSections read_debrief(const std::string& text, std::span<const PlannedQuestion> planned) {
    DebriefSections out;
    out.answers.resize(planned.size());
    std::string* section = nullptr;
    for (const std::string& line : trimmed_lines(text)) {
        if (const int asked = question_index(line, planned); asked >= 0) {
            section = &out.answers[static_cast<size_t>(asked)];
            continue;
        }
        if (const int index = heading_index(line); index >= 0) {
            section = section_of(out, kPrompts[static_cast<size_t>(index)].chip);
            continue;
        }
        if (!section) continue;
        std::string entry = without_bullet(line);
        if (entry.empty()) continue;
        if (section == &out.likes)
            add_like_or_dislike(out, std::move(entry));
        else
            add_line(*section, entry);
    }
    return out;
}

bool add_debrief(Conversation& c, const DebriefSections& s) {
    bool changed = false;
    const auto add = [&changed](std::string& field, const std::string& section) {
        if (section.empty() || field.find(section) != std::string::npos) return;
        add_line(field, section);
        changed = true;
    };
    add(c.takeaways, s.takeaways);
    add(c.advice, s.advice);
    add(c.courses, s.courses);
    add(c.certifications, s.certifications);
    add(c.mentors, s.mentors);
    add(c.likes, s.likes);
    add(c.dislikes, s.dislikes);
    add(c.next_steps, s.next_steps);
    for (size_t i = 0; i < s.answers.size() && i < c.questions.size(); ++i)
        add(c.questions[i].answer, s.answers[i]);
    return changed;
}

std::string first_takeaway(const std::string& takeaways) {
    for (const std::string& raw : trimmed_lines(takeaways)) {
        std::string line = without_bullet(raw);
        while (!line.empty() && line.back() == '.')
            line.pop_back();
        if (!line.empty()) return line;
    }
    return {};
}

std::vector<ReferralLead> referral_leads(const std::string& text) {
    std::vector<ReferralLead> leads;
    bool inside = false;
    for (const std::string& line : trimmed_lines(text)) {
        if (const int index = heading_index(line); index >= 0) {
            inside =
                std::string_view(kPrompts[static_cast<size_t>(index)].chip) == "People to contact";
            continue;
        }
        if (!inside) continue;
        std::string entry = without_bullet(line);
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
