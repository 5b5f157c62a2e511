#include "core/message_templates.hpp"
#include "core/outreach_check.hpp"
#include "core/question_bank.hpp"
#include "core/source.hpp"

#include <cctype>
#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("placeholders fill from the person and profile, gaps stay visible") {
    const TemplateValues values = {
        {"first_name", "Amara"},   {"organisation", "Brightline Labs"},
        {"field", "UX research"},  {"how_found", "the UNT alumni network on LinkedIn"},
        {"my_name", "Jordan"},     {"my_study", "a junior studying information science"},
        {"my_goal", "UX research"}};
    const MessageDraft d = filled_template(MessageKind::Outreach, values);
    CHECK(d.subject == "A 15-minute conversation about UX research?");
    CHECK(d.body.rfind("Dear Amara,", 0) == 0);
    CHECK(d.body.find("{") == std::string::npos);
    // The filled outreach template follows the guide.
    CHECK(check_outreach(d.body).empty());
    const MessageDraft bare = filled_template(MessageKind::ThankYou, {});
    CHECK(bare.body.find("[their first name]") != std::string::npos);
    CHECK(bare.body.find("[one thing you learned]") != std::string::npos);
    CHECK(fill_placeholders("{unknown} stays", {}) == "{unknown} stays");
}

TEST_CASE("mailto links encode subject and body per RFC 6068") {
    CHECK(mailto_link("amara@example.org", "Thank you & more", "Dear Amara,\nThanks!") ==
          "mailto:amara@example.org?subject=Thank%20you%20%26%20more&body=Dear%20Amara%2C%0D%0A"
          "Thanks%21");
    CHECK(mailto_link("a@b.c", "Café", "").find("Caf%C3%A9") != std::string::npos);
    CHECK(mailto_link("a@b.c?cc=x", "s", "b").rfind("mailto:a@b.ccc=x?subject=", 0) == 0);
}

TEST_CASE("a question is filled from the person's research, with a visible gap when a field is "
          "empty") {
    Person p;
    p.name = "Dr. Helen Brennan";
    p.organisation = "St Mary's Hospital";
    p.research.past_careers = "  ICU nurse, Royal Infirmary; teacher";
    const auto values = person_values(p);
    CHECK(values.at("first_name") == "Dr. Helen Brennan");
    const std::string filled = fill_placeholders(
        "How did your time as {past_career} prepare you for {organisation}?", values);
    CHECK(filled == "How did your time as ICU nurse prepare you for St Mary's Hospital?");
    CHECK_FALSE(has_gap(filled));

    p.research.past_careers.clear();
    const std::string gap =
        fill_placeholders("How did {past_career} prepare you?", person_values(p));
    CHECK(gap == "How did [their past career] prepare you?");
    CHECK(has_gap(gap));
}

TEST_CASE("the field falls back to the person's specialty") {
    Person p;
    p.name = "Amara Osei";
    p.research.specialty = "user research";
    CHECK(person_values(p).at("field") == "user research");
    CHECK(person_values(p).at("first_name") == "Amara");
}

TEST_CASE("every source reads naturally after \"I found you through\"") {
    for (const auto& source : source_names()) {
        const std::string_view phrase = source_phrase(source.value);
        if (source.value == Source::Other || source.value == Source::Referral)
            CHECK(phrase.empty()); // the gap, or the referrer's name, says it better
        else
            CHECK(phrase.find_first_of("abcdefghijklmnopqrstuvwxyz") == 0); // mid-sentence
    }
}

TEST_CASE("a LinkedIn note fits LinkedIn's 300 characters and follows the guide") {
    const TemplateValues values = {
        {"first_name", "Amara"},     {"organisation", "Brightline Labs"},
        {"field", "UX research"},    {"how_found", "the UNT alumni network on LinkedIn"},
        {"my_name", "Jordan Reyes"}, {"my_study", "a junior studying information science"}};
    const MessageDraft d = filled_template(MessageKind::LinkedInNote, values);
    CHECK(d.subject.empty()); // a connection note has none
    CHECK(d.body.find('{') == std::string::npos);
    CHECK(character_count(d.body) <= kLinkedInNoteLimit);
    CHECK(check_outreach(d.body).empty());
}

TEST_CASE("characters are counted as a person counts them, not as bytes") {
    CHECK(character_count("") == 0);
    CHECK(character_count("café") == 4);
    CHECK(character_count("Yılmaz 王芳") == 9);
}

TEST_CASE("your own version of a template is the one filled in") {
    const MessageDraft mine{"Hello {first_name}", "Hi {first_name}, it's {my_name}. {field}?"};
    const MessageDraft d =
        filled_template(MessageKind::Outreach, {{"first_name", "Amara"}, {"my_name", "Jo"}}, mine);
    CHECK(d.subject == "Hello Amara");
    CHECK(d.body == "Hi Amara, it's Jo. [their field]?");
    CHECK(has_gap(d.body)); // what it cannot fill still stops the send
}

namespace {

// The word just before `{name}` in `text`, lower-cased ("" when none).
std::string word_before(const std::string& text, const std::string& name) {
    const size_t at = text.find("{" + name + "}");
    if (at == std::string::npos || at == 0) return {};
    size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '('))
        --end;
    size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])))
        --start;
    std::string word = text.substr(start, end - start);
    for (char& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

} // namespace

TEST_CASE("every template and question reads as a sentence with realistic research and a profile") {
    // A past career written as a role, or as a place; a takeaway written as a
    // sentence: the shapes people type.
    Person teacher;
    teacher.name = "Elif Farouk";
    teacher.organisation = "Copperline Logistics";
    teacher.field = "publishing";
    teacher.research.past_careers = "High school teacher";
    teacher.research.specialty = "Supply chain";
    teacher.research.education = "MA, University of Toronto";
    teacher.research.inspirations = "Mentors early in their career";
    Person editor = teacher;
    editor.research.past_careers = "Vantage Media";
    Profile me;
    me.name = "Maya Chen";
    me.major = "a junior studying information science";
    me.exploring = "Product management, UX";
    for (const Person& p : {teacher, editor}) {
        TemplateValues v = person_values(p);
        add_profile_values(v, me);
        v["how_found"] = std::string(source_phrase(Source::CareerFair));
        v["learned"] = "Research is mostly synthesis";
        v["met_person"] = "Sam Lee";
        for (MessageKind kind : {MessageKind::Outreach, MessageKind::Nudge, MessageKind::ThankYou,
                                 MessageKind::ReferralRequest, MessageKind::TellReferrer,
                                 MessageKind::KeepInTouch, MessageKind::LinkedInNote}) {
            const MessageDraft d = filled_template(kind, v);
            CAPTURE(d.body);
            CHECK(d.subject.find('{') == std::string::npos);
            CHECK(d.body.find('{') == std::string::npos);
        }
        // The outreach asks about what the student explores, not the
        // person's specialty.
        CHECK(filled_template(MessageKind::Outreach, v).subject ==
              "A 15-minute conversation about Product management?");
        // A takeaway is quoted as the sentence it is, not glued after a verb.
        const std::string thanks = filled_template(MessageKind::ThankYou, v).body;
        CHECK(thanks.find("appreciated Research") == std::string::npos);
        CHECK(thanks.find("One thing I'm taking with me: Research is mostly synthesis.") !=
              std::string::npos);
        for (const BuiltinQuestion& q : builtin_questions()) {
            const std::string filled = fill_placeholders(q.text, v);
            CAPTURE(filled);
            CHECK(filled.find('{') == std::string::npos);
            CHECK_FALSE(has_gap(filled));
        }
    }
    // A value that may be a role or a place is never put where only one
    // reads ("your time at High school teacher"); a takeaway never follows a
    // verb or "about" as if it were a noun.
    for (const BuiltinQuestion& q : builtin_questions()) {
        CAPTURE(q.text);
        for (const char* glue : {"at", "as", "in", "from"})
            CHECK(word_before(q.text, "past_career") != glue);
    }
    for (MessageKind kind : {MessageKind::ThankYou, MessageKind::KeepInTouch}) {
        const std::string body = template_for(kind).body;
        for (const char* glue : {"appreciated", "about", "that", "liked"})
            CHECK(word_before(body, "learned") != glue);
    }
}

TEST_CASE("the goal an outreach names falls back from exploring to goals to their field") {
    TemplateValues v = {{"field", "urban planning"}};
    Profile me;
    add_profile_values(v, me);
    CHECK(v.at("my_goal") == "urban planning");
    me.goals = "Work in transit policy; live abroad";
    add_profile_values(v, me);
    CHECK(v.at("my_goal") == "Work in transit policy");
    me.exploring = "Transit planning";
    add_profile_values(v, me);
    CHECK(v.at("my_goal") == "Transit planning");
}
