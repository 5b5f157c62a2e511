#include "core/message_templates.hpp"

#include <cctype>

namespace rapport::core {

MessageKind message_kind_for(Stage stage) {
    switch (stage) {
    case Stage::ReachedOut:
    case Stage::NoReply:
        return MessageKind::Nudge;
    case Stage::Met:
        return MessageKind::ThankYou;
    case Stage::Thanked:
    case Stage::KeepingInTouch:
        return MessageKind::KeepInTouch;
    default:
        return MessageKind::Outreach;
    }
}
namespace {

// What a missing value looks like in a draft: obvious, easy to replace.
const std::map<std::string, std::string>& fallbacks() {
    static const std::map<std::string, std::string> f = {
        {"first_name", "[their first name]"},
        {"name", "[their name]"},
        {"role", "[their role]"},
        {"organisation", "[their organisation]"},
        {"field", "[their field]"},
        {"how_found", "[how you found them]"},
        {"my_name", "[your name]"},
        {"my_study", "[what you study or have done]"},
        {"my_goal", "[what you are exploring]"},
        {"learned", "[one thing you learned]"},
        {"referrer", "[who referred you]"},
        {"met_person", "[who you met]"},
        {"past_career", "[their past career]"},
        {"specialty", "[their specialty]"},
        {"education", "[their education]"},
        {"inspiration", "[what inspires them]"},
    };
    return f;
}

} // namespace

MessageDraft template_for(MessageKind kind) {
    switch (kind) {
    case MessageKind::Outreach:
        return {
            "A 15-minute conversation about {my_goal}?",
            "Dear {first_name},\n\n"
            "I found you through {how_found}. I'm {my_name}, and I'm {my_study}. I'm "
            "exploring a career in {field}, and your path at {organisation} stood out to me.\n\n"
            "Would you have time for a 15 minute conversation in the next few weeks? I would "
            "love to hear how you got where you are and what you would recommend to someone "
            "starting out.\n\n"
            "Thank you for considering it,\n{my_name}"};
    case MessageKind::Nudge:
        return {"Following up: a 15-minute conversation?",
                "Dear {first_name},\n\n"
                "I wanted to follow up on my note from last week. I know your time is valuable; "
                "if you had 15 minutes in the coming weeks, I would be grateful to hear about "
                "your work at {organisation}.\n\nThank you,\n{my_name}"};
    case MessageKind::ThankYou:
        return {"Thank you",
                "Dear {first_name},\n\n"
                "Thank you for taking the time to talk with me. One thing I'm taking with me: "
                "{learned}. It gave me a lot to think about.\n\nI'll keep you posted on how it "
                "goes.\n\n"
                "With thanks,\n{my_name}"};
    case MessageKind::ReferralRequest:
        return {"Anyone else I could learn from?",
                "Dear {first_name},\n\n"
                "Thank you again for our conversation. Are there colleagues you think I should "
                "talk to, to learn more about {field}? If you're comfortable introducing us, I "
                "would be grateful.\n\nThank you,\n{my_name}"};
    case MessageKind::TellReferrer:
        return {"I met {met_person} — thank you",
                "Dear {first_name},\n\n"
                "Thank you for introducing me to {met_person}. We talked this week and I learned "
                "a great deal. I really appreciate you making the connection.\n\nBest,\n{my_name}"};
    case MessageKind::KeepInTouch:
        return {"An update, and thank you",
                "Dear {first_name},\n\n"
                "It's been a while since we talked, and I wanted to share an update: [what you "
                "have done since]. Your advice still helps.\n\nI hope all is well at "
                "{organisation}.\n\nThank you,\n{my_name}"};
    case MessageKind::LinkedInNote:
        return {"", "Hi {first_name}, I found you through {how_found}. I'm {my_name}, "
                    "{my_study}, exploring {field}. Would you have 15 minutes to tell me about "
                    "your path at {organisation}? Thank you!"};
    }
    return {};
}

int character_count(std::string_view text) {
    int count = 0;
    for (unsigned char c : text)
        count += (c & 0xC0) != 0x80; // each code point once, not each byte
    return count;
}

MessageDraft filled_template(MessageKind kind, const TemplateValues& values,
                             const std::optional<MessageDraft>& own) {
    const MessageDraft draft = own ? *own : template_for(kind);
    return {fill_placeholders(draft.subject, values), fill_placeholders(draft.body, values)};
}

const std::vector<Placeholder>& placeholders() {
    static const std::vector<Placeholder> list = {{"first_name", "their first name"},
                                                  {"name", "their full name"},
                                                  {"role", "their role"},
                                                  {"organisation", "where they work"},
                                                  {"field", "their field"},
                                                  {"how_found", "how you found them"},
                                                  {"my_name", "your name"},
                                                  {"my_study", "what you study or do"},
                                                  {"my_goal", "what you are exploring"},
                                                  {"learned", "what you learned"},
                                                  {"referrer", "who referred you"},
                                                  {"met_person", "who you met"},
                                                  {"past_career", "a past career of theirs"},
                                                  {"specialty", "their specialty"},
                                                  {"education", "their education"},
                                                  {"inspiration", "what inspires them"}};
    return list;
}

std::string fill_placeholders(const std::string& text, const TemplateValues& values) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('{', i);
        if (open == std::string::npos) break;
        const size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, i, open - i);
        const std::string key = text.substr(open + 1, close - open - 1);
        auto value = values.find(key);
        if (value != values.end() && value->second.find_first_not_of(" \t") != std::string::npos)
            out += value->second;
        else if (auto fallback = fallbacks().find(key); fallback != fallbacks().end())
            out += fallback->second;
        else
            out.append(text, open, close - open + 1); // not ours: leave it
        i = close + 1;
    }
    out.append(text, i, std::string::npos);
    return out;
}

namespace {

// The first item of a free-text list: "Nurse, St Mary's; teacher" → "Nurse".
std::string first_item(const std::string& text) {
    const size_t end = text.find_first_of(",;\n");
    std::string item = text.substr(0, end);
    const size_t from = item.find_first_not_of(" \t");
    if (from == std::string::npos) return {};
    item.erase(0, from);
    item.erase(item.find_last_not_of(" \t.") + 1);
    return item;
}

} // namespace

TemplateValues person_values(const Person& person) {
    TemplateValues v;
    v["name"] = person.name;
    v["first_name"] = person.name.substr(0, person.name.find(' '));
    if (v["first_name"] == "Dr." || v["first_name"] == "Prof.") v["first_name"] = person.name;
    v["role"] = person.role;
    v["organisation"] = person.organisation;
    v["field"] = person.field.empty() ? person.research.specialty : person.field;
    v["past_career"] = first_item(person.research.past_careers);
    v["specialty"] = person.research.specialty;
    v["education"] = first_item(person.research.education);
    v["inspiration"] = first_item(person.research.inspirations);
    return v;
}

void add_profile_values(TemplateValues& v, const Profile& me) {
    v["my_name"] = me.name;
    v["my_study"] = me.major;
    v["my_goal"] = first_item(!me.exploring.empty() ? me.exploring : me.goals);
    if (v["my_goal"].empty()) v["my_goal"] = v["field"];
}

bool has_gap(const std::string& text) {
    for (const auto& [key, fallback] : fallbacks())
        if (text.find(fallback) != std::string::npos) return true;
    return false;
}

std::string percent_encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n' && (i == 0 || text[i - 1] != '\r')) {
            out += "%0D%0A";
        } else if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string mailto_link(const std::string& to, const std::string& subject,
                        const std::string& body) {
    std::string address;
    for (char c : to)
        if (c != ' ' && c != '?' && c != '&') address += c;
    return "mailto:" + address + "?subject=" + percent_encode(subject) +
           "&body=" + percent_encode(body);
}

} // namespace rapport::core
