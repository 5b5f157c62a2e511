#include "core/links.hpp"
#include "core/person.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("initials skip titles and keep accented letters whole") {
    CHECK(initials("Amara Osei") == "AO");
    CHECK(initials("Dr. Helen Brennan") == "HB");
    CHECK(initials("Chloé Nguyễn-Berg") == "CN");
    CHECK(initials("Élodie") == "É");
    CHECK(initials("  ") == "?");
    CHECK(initials("ines duarte") == "ID");
}

TEST_CASE("LinkedIn links normalise to one form") {
    const std::string want = "https://www.linkedin.com/in/amara-osei";
    CHECK(normalize_linkedin_url("https://www.linkedin.com/in/amara-osei/") == want);
    CHECK(normalize_linkedin_url("HTTP://WWW.LinkedIn.com/in/Amara-Osei?trk=abc") == want);
    CHECK(normalize_linkedin_url("linkedin.com/in/amara-osei") == want);
    CHECK(normalize_linkedin_url("https://uk.linkedin.com/in/amara-osei/details/skills/") == want);
    CHECK(normalize_linkedin_url("https://www.linkedin.com/company/brightline").empty());
    CHECK(normalize_linkedin_url("https://evil.example/linkedin.com/in/x").empty());
    CHECK(normalize_linkedin_url("notlinkedin.com/in/x").empty());
}

TEST_CASE("emails and words normalise for duplicate matching") {
    CHECK(normalize_email(" Amara@Example.ORG ") == "amara@example.org");
    CHECK(normalize_email("mailto:a@b.c") == "a@b.c");
    CHECK(normalize_email("not an email").empty());
    CHECK(normalize_words("  Brightline   LABS ") == "brightline labs");
}

TEST_CASE("the research checklist lists what is still empty") {
    Person p;
    p.name = "Ines Duarte";
    p.role = "Curator";
    p.research.education = "MA, Art History";
    const auto missing = missing_research(p);
    CHECK(missing == std::vector<std::string>{"organisation", "areas of specialty", "past careers",
                                              "sources of inspiration"});
}

TEST_CASE("a person needs a name and sane fields") {
    Person p;
    CHECK(validate_person(p) == "A person needs a name");
    p.name = "Sam Ortiz";
    CHECK(validate_person(p).empty());
    p.emails = {"sam at example"};
    CHECK(validate_person(p).find("not an email address") != std::string::npos);
    p.emails = {};
    p.cadence_days = -1;
    CHECK_FALSE(validate_person(p).empty());
}
