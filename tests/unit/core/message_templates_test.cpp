#include "core/message_templates.hpp"
#include "core/outreach_check.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("placeholders fill from the person and profile; gaps stay visible") {
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
