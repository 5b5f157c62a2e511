#include "core/elevator_speech.hpp"

#include "core/outreach_check.hpp"

namespace rapport::core {
namespace {

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' ' || s.back() == '\n'))
        s.pop_back();
    return s;
}

} // namespace

std::string assemble_speech(const Profile& p) {
    std::string speech;
    auto add = [&](const std::string& sentence) {
        if (!speech.empty()) speech += ' ';
        speech += sentence;
    };
    if (!blank(p.name)) add("Hi, I'm " + trimmed(p.name) + ".");
    if (!blank(p.major)) add("I'm " + trimmed(p.major) + ".");
    if (!blank(p.goals)) add("I'd like to " + trimmed(p.goals) + ".");
    if (!blank(p.strengths) && !blank(p.weaknesses))
        add("I'm strong at " + trimmed(p.strengths) + ", and I'm working on " +
            trimmed(p.weaknesses) + ".");
    else if (!blank(p.strengths))
        add("I'm strong at " + trimmed(p.strengths) + ".");
    else if (!blank(p.weaknesses))
        add("I'm working on " + trimmed(p.weaknesses) + ".");
    if (!blank(p.skills)) add("I've built skills in " + trimmed(p.skills) + ".");
    if (!blank(p.exploring))
        add("Right now I'm exploring " + trimmed(p.exploring) +
            ", and I'd love to hear how you got where you are.");
    return speech;
}

int spoken_seconds(const std::string& text) {
    return (word_count(text) * 60 + kSpokenWordsPerMinute / 2) / kSpokenWordsPerMinute;
}

} // namespace rapport::core
