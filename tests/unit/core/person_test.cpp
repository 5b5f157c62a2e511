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

TEST_CASE("initials for names in other scripts") {
    CHECK(initials("王芳") == "王"); // family name first, one character
    CHECK(initials("김민준") == "김");
    CHECK(initials("田中さくら") == "田");
    CHECK(initials("محمد العلي") == "ما"); // drawn right to left
    CHECK(initials("יעל כהן") == "יכ");
    CHECK(initials("प्रिया शर्मा") == "पश");
    CHECK(initials("สมชาย ใจดี") == "สจ"); // ใ is a vowel written first
    CHECK(initials("Дмитрий Иванов") == "ДИ");
}

TEST_CASE("a name is written family first, without a space, in Chinese, Japanese and Korean") {
    CHECK(full_name("芳", "王") == "王芳");
    CHECK(full_name("민준", "김") == "김민준");
    CHECK(full_name("さくら", "田中") == "田中さくら");
    CHECK(full_name("Amara", "Osei") == "Amara Osei");
    CHECK(full_name("محمد", "العلي") == "محمد العلي");
    CHECK(full_name("Daniel", "金") == "Daniel 金"); // mixed: as given
    CHECK(full_name(" Amara ", "") == "Amara");
    CHECK(full_name("", "王") == "王");
}

TEST_CASE("a name splits into family and given names for a vCard, family first in CJK") {
    const auto parts = [](const std::string& name) {
        const NameParts p = split_name(name);
        return p.family + "|" + p.given;
    };
    CHECK(parts("Amara Osei") == "Osei|Amara");
    CHECK(parts("Maria de la Cruz") == "Cruz|Maria de la");
    CHECK(parts("王芳") == "王|芳");
    CHECK(parts("张伟明") == "张|伟明");
    CHECK(parts("김민준") == "김|민준");
    CHECK(parts("欧阳娜娜") == "欧阳|娜娜");
    CHECK(parts("司马光") == "司马|光");
    CHECK(parts("田中さくら") == "田中|さくら");
    CHECK(parts("山田太郎") == "山田|太郎");
    CHECK(parts("王") == "王|");
    CHECK(parts("Cher") == "Cher|");
    // Whatever it splits, written back it is the name again.
    for (const char* name : {"王芳", "김민준", "欧阳娜娜", "田中さくら", "Amara Osei"}) {
        const NameParts p = split_name(name);
        CHECK(full_name(p.given, p.family) == name);
    }
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
