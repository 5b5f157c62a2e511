#include "core/message_templates.hpp"
#include "core/outreach_check.hpp"
#include "core/source.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("placeholders fill from the person and profile, gaps stay visible") {
    const TemplateValues values = {
        {"first_name", "Amara"},  {"organisation", "Brightline Labs"},
        {"field", "UX research"}, {"how_found", "the UNT alumni network on LinkedIn"},
        {"my_name", "Jordan"},    {"my_study", "a junior studying information science"}};
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
