// Contact readers against samples in the shapes real exporters write.
#include "interop/contact_csv.hpp"
#include "interop/contact_import.hpp"
#include "interop/csv.hpp"
#include "interop/vcard.hpp"

#include <doctest/doctest.h>

using namespace rapport;
using namespace rapport::interop;

namespace {

const std::string kLinkedIn =
    "\xEF\xBB\xBFNotes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses "
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Amara,Osei,https://www.linkedin.com/in/amara-osei,,Brightline Labs,Senior UX "
    "Researcher,24 Aug 2023\r\n"
    "Daniel,Kim,https://www.linkedin.com/in/danielkim?trk=x,daniel.kim@Example.org,"
    "\"Fieldstone Farms, Inc.\",\"Operations Lead, North\",03 Jan 2022\r\n"
    ",,,,,,12 Feb 2021\r\n"
    "Zoë,Ångström,https://www.linkedin.com/in/zoe-a,,Museo,Curator,1 Mar 2024\r\n";

} // namespace

namespace {

// The one contact `text` holds: it must read, and hold exactly one.
core::ImportedContact only_contact(std::string_view text) {
    const core::ImportParse r = parse_contacts(text);
    REQUIRE_MESSAGE(r.ok(), r.error);
    REQUIRE(r.contacts.size() == 1);
    return r.contacts[0];
}

} // namespace

TEST_CASE("LinkedIn Connections.csv: preamble, BOM, CRLF, quoted commas, date-only rows") {
    CHECK(detect_contact_format(kLinkedIn) == ContactFormat::LinkedIn);
    const core::ImportParse r = parse_contacts(kLinkedIn);
    REQUIRE(r.ok());
    REQUIRE(r.contacts.size() == 3); // the date-only row is someone who left LinkedIn
    const core::ImportedContact& amara = r.contacts[0];
    CHECK(amara.name == "Amara Osei");
    CHECK(amara.organisation == "Brightline Labs");
    CHECK(amara.role == "Senior UX Researcher");
    CHECK(amara.linkedin == "https://www.linkedin.com/in/amara-osei");
    CHECK(amara.emails.empty());
    CHECK(amara.source == core::Source::LinkedInConnection); // not alumni by itself
    CHECK(core::source_label(*amara.source) == "LinkedIn connection");
    REQUIRE(amara.connected_on);
    CHECK(*amara.connected_on == 1692835200000); // 2023-08-24T00:00:00Z
    CHECK(amara.line == 5);
    const core::ImportedContact& daniel = r.contacts[1];
    CHECK(daniel.organisation == "Fieldstone Farms, Inc.");
    CHECK(daniel.role == "Operations Lead, North");
    CHECK(daniel.emails == std::vector<std::string>{"daniel.kim@example.org"});
    CHECK(daniel.linkedin == "https://www.linkedin.com/in/danielkim");
    CHECK(r.contacts[2].name == "Zoë Ångström");
}

TEST_CASE("a LinkedIn row with a broken date names its line and imports nothing") {
    const std::string bad = "First Name,Last Name,URL,Email Address,Company,Position,Connected "
                            "On\nAmara,Osei,,,,,24 Aug 2023\nDaniel,Kim,,,,,yesterday\n";
    const core::ImportParse r = parse_contacts(bad);
    CHECK_FALSE(r.ok());
    CHECK(r.error_line == 3);
    CHECK(r.error.find("yesterday") != std::string::npos);
    CHECK(r.contacts.empty());
}

TEST_CASE("Apple vCard 3.0: grouped properties, labels, folded photo, escaped text") {
    const std::string apple =
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        "N:Brennan;Helen;;Dr.;\r\n"
        "FN:Dr. Helen Brennan\r\n"
        "ORG:St Mary's Hospital;Nursing\r\n"
        "TITLE:Nurse Educator\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:helen@stmarys.example\r\n"
        "item1.X-ABLabel:_$!<Work>!$_\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0958\r\n"
        "item2.URL;type=pref:https://www.linkedin.com/in/helen-brennan\r\n"
        "item2.X-ABLabel:LinkedIn\r\n"
        "NOTE:Met at the alumni evening\\, keen on mentoring.\\nAsk about "
        "night shifts.\r\n"
        "BDAY:1975-04-02\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAg\r\n"
        " MCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMU\r\n"
        "END:VCARD\r\n";
    const core::ImportedContact c = only_contact(apple);
    CHECK(c.name == "Dr. Helen Brennan");
    CHECK(c.organisation == "St Mary's Hospital");
    CHECK(c.role == "Nurse Educator");
    CHECK(c.emails == std::vector<std::string>{"helen@stmarys.example"});
    CHECK(c.phones == std::vector<std::string>{"+44 20 7946 0958"});
    CHECK(c.linkedin == "https://www.linkedin.com/in/helen-brennan");
    CHECK(c.note.find("Met at the alumni evening, keen on mentoring.\nAsk about night shifts.") ==
          0);
    // Unknown properties are kept in the note, not dropped; the photo is named.
    CHECK(c.note.find("BDAY: 1975-04-02") != std::string::npos);
    CHECK(c.note.find("PHOTO: (not imported)") != std::string::npos);
}

TEST_CASE("Android vCard 2.1: QUOTED-PRINTABLE with CHARSET, soft line breaks, several cards") {
    const std::string android =
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Y=C4=B1lmaz;Zeynep;;;\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zeynep Y=C4=B1lmaz\n"
        "TEL;CELL:+90 555 000 11 22\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Works on irrigation, =\n"
        "wants to hear from students.\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N:Kim;Daniel;;;\n"
        "EMAIL;HOME:daniel@example.org\n"
        "END:VCARD\n";
    const core::ImportParse r = parse_contacts(android);
    REQUIRE(r.ok());
    REQUIRE(r.contacts.size() == 2);
    CHECK(r.contacts[0].name == "Zeynep Yılmaz");
    CHECK(r.contacts[0].note == "Works on irrigation, wants to hear from students.");
    CHECK(r.contacts[1].name == "Daniel Kim"); // from N when there is no FN
    CHECK(r.contacts[1].line == 9);
}

TEST_CASE("Outlook vCard 2.1 in Windows-1252 with a Latin-1 quoted-printable name") {
    const std::string outlook = "BEGIN:VCARD\r\n"
                                "VERSION:2.1\r\n"
                                "N;LANGUAGE=en-us:Duarte;In\xEAs\r\n"
                                "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:In=EAs Duarte\r\n"
                                "ORG:Museu Nacional\r\n"
                                "TITLE:Conservadora\r\n"
                                "TEL;WORK;VOICE:(21) 5555-0101\r\n"
                                "EMAIL;PREF;INTERNET:ines@museu.example\r\n"
                                "REV:20240101T000000Z\r\n"
                                "END:VCARD\r\n";
    const core::ImportedContact c0 = only_contact(outlook);
    CHECK(c0.name == "Inês Duarte");
    CHECK(c0.phones == std::vector<std::string>{"(21) 5555-0101"});
}

TEST_CASE("vCard 4.0 from Google: CATEGORIES, RELATED and UID are read") {
    const std::string v4 = "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:abc\nFN:Amara Osei\n"
                           "CATEGORIES:ux,alumni\nRELATED;TYPE=contact:urn:uuid:def\nEND:VCARD\n";
    const core::ImportParse r = parse_vcards(v4);
    REQUIRE(r.ok());
    CHECK(r.contacts[0].uid == "urn:uuid:abc");
    CHECK(r.contacts[0].related_uid == "urn:uuid:def");
    CHECK(r.contacts[0].tags == std::vector<std::string>{"ux", "alumni"});
}

TEST_CASE("Google Contacts CSV, older header: multi-values joined by :::") {
    const std::string google =
        "Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 "
        "- Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - "
        "Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value,Notes\n"
        "Amara Osei,Amara,,Osei,* myContacts ::: UX,* Work,amara@bl.example ::: "
        "amara.osei@gmail.example,Mobile,+1 555 0100,,Brightline Labs,Researcher,Profile,"
        "https://linkedin.com/in/amara-osei,\"Met at the\nspring fair\"\n";
    CHECK(detect_contact_format(google) == ContactFormat::GoogleCsv);
    const core::ImportedContact c = only_contact(google);
    CHECK(c.name == "Amara Osei");
    CHECK(c.emails == std::vector<std::string>{"amara@bl.example", "amara.osei@gmail.example"});
    CHECK(c.tags == std::vector<std::string>{"UX"});
    CHECK(c.linkedin == "https://www.linkedin.com/in/amara-osei");
    CHECK(c.note == "Met at the\nspring fair");
    CHECK(c.role == "Researcher");
}

TEST_CASE("Google Contacts CSV, newer header") {
    const std::string google =
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - "
        "Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\r\n"
        "Daniel,,Kim,Fieldstone Farms,Operations Lead,* starred ::: Farming,Work,"
        "daniel@ff.example,Mobile,+1 555 0101 ::: +1 555 0102\r\n";
    const core::ImportedContact c0 = only_contact(google);
    CHECK(c0.name == "Daniel Kim");
    CHECK(c0.organisation == "Fieldstone Farms");
    CHECK(c0.phones == std::vector<std::string>{"+1 555 0101", "+1 555 0102"});
    CHECK(c0.tags == std::vector<std::string>{"Farming"});
}

TEST_CASE("hostile input fails cleanly with the line and the reason") {
    SUBCASE("a vCard cut short") {
        const core::ImportParse r =
            parse_contacts("BEGIN:VCARD\nVERSION:3.0\nFN:Amara Osei\nEMAIL:amara@ex");
        CHECK_FALSE(r.ok());
        CHECK(r.error_line == 1);
        CHECK(r.error.find("END:VCARD") != std::string::npos);
    }
    SUBCASE("a CSV quote that never closes") {
        const core::ImportParse r =
            parse_contacts("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                           "Amara,Osei,,,\"Brightline Labs,Researcher,24 Aug 2023\n");
        CHECK_FALSE(r.ok());
        CHECK(r.error_line == 2);
    }
    SUBCASE("binary garbage") {
        std::string garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += static_cast<char>((i * 7919) % 256);
        const core::ImportParse r = parse_contacts(garbage);
        CHECK_FALSE(r.ok());
        CHECK(r.contacts.empty());
    }
    SUBCASE("a 1 MB line") {
        const std::string huge = "BEGIN:VCARD\nFN:" + std::string(1 << 20, 'x') + "\nEND:VCARD\n";
        const core::ImportParse r = parse_contacts(huge);
        REQUIRE(r.ok());
        CHECK(r.contacts[0].name.size() == 1u << 20);
    }
    SUBCASE("broken quoted-printable") {
        const core::ImportParse r = parse_contacts(
            "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Bad=ZZ\nEND:VCARD\n");
        CHECK_FALSE(r.ok());
        CHECK(r.error_line == 3);
    }
    SUBCASE("a card with nothing to call it") {
        const core::ImportParse r = parse_contacts("BEGIN:VCARD\nVERSION:4.0\nEND:VCARD\n");
        CHECK_FALSE(r.ok());
        CHECK(r.error.find("no name") != std::string::npos);
    }
    SUBCASE("UTF-16 with a byte-order mark, as Windows writes it") {
        std::string utf16 = "\xFF\xFE";
        for (char c : std::string("BEGIN:VCARD\r\nFN:Amara\r\nEND:VCARD\r\n")) {
            utf16 += c;
            utf16 += '\0';
        }
        const core::ImportParse r = parse_contacts(utf16);
        REQUIRE(r.ok());
        CHECK(r.contacts[0].name == "Amara");
    }
}

TEST_CASE("CSV fields round-trip through RFC 4180 quoting") {
    const std::vector<std::string> fields = {"plain",      "with, comma", "with \"quotes\"",
                                             "two\nlines", " edge ",      ""};
    const CsvResult r = parse_csv(csv_record(fields) + csv_record({"x"}));
    REQUIRE(r.error.empty());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == fields);
    CHECK(r.records[1].line == 3); // the quoted line break counts
}

TEST_CASE("a written vCard 4.0 is folded at 75 octets without splitting a character, and "
          "reads back") {
    core::Person p;
    p.id = "6f1c0c52-0000-4000-8000-000000000001";
    p.name = "Zoë Ångström";
    p.organisation = "Museo; Arte, e Storia";
    p.emails = {"zoe@museo.example"};
    p.tags = {"museums", "alumni"};
    p.linkedin = "https://www.linkedin.com/in/zoe-a";
    VcardExtras extras;
    extras.referrer_id = "6f1c0c52-0000-4000-8000-000000000002";
    extras.research = std::string(30, 'x') + " ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë\nline two";
    const std::string card = write_vcard(p, extras);
    size_t start = 0;
    while (start < card.size()) {
        const size_t end = card.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        // A continuation never starts in the middle of a UTF-8 sequence.
        if (start > 0 && card[start] == ' ' && start + 1 < card.size())
            CHECK((static_cast<unsigned char>(card[start + 1]) & 0xC0) != 0x80);
        start = end + 2;
    }
    const core::ImportParse back = parse_vcards(card);
    REQUIRE(back.ok());
    REQUIRE(back.contacts.size() == 1);
    const core::ImportedContact& c = back.contacts[0];
    CHECK(c.name == p.name);
    CHECK(c.organisation == p.organisation);
    CHECK(c.emails == p.emails);
    CHECK(c.tags == p.tags);
    CHECK(c.linkedin == p.linkedin);
    CHECK(c.uid == "urn:uuid:" + p.id);
    CHECK(c.related_uid == "urn:uuid:" + extras.referrer_id);
    CHECK(c.note == extras.research);
}

TEST_CASE("a Chinese name exports with its family and given names in their N fields") {
    core::Person p;
    p.id = "6f1c0c52-0000-4000-8000-000000000003";
    p.name = "王芳";
    const std::string card = write_vcard(p, {});
    CHECK(card.find("\r\nN:王;芳;;;\r\n") != std::string::npos);
    CHECK(card.find("\r\nFN:王芳\r\n") != std::string::npos);
    // Read by a contacts app that shows N, and back here: the same name.
    const core::ImportParse back =
        parse_vcards("BEGIN:VCARD\r\nVERSION:4.0\r\nN:王;芳;;;\r\nEND:VCARD\r\n");
    REQUIRE(back.ok());
    CHECK(back.contacts[0].name == "王芳");
}

TEST_CASE("dates as LinkedIn and ISO write them") {
    CHECK(parse_day_month_year("24 Aug 2023") == 1692835200000);
    CHECK(parse_day_month_year("2023-08-24") == 1692835200000);
    CHECK(parse_day_month_year("1 January 2024") == 1704067200000);
    CHECK_FALSE(parse_day_month_year("31 Feb 2023"));
    CHECK_FALSE(parse_day_month_year("32 Jan 2023"));
    CHECK_FALSE(parse_day_month_year("Aug 24"));
}
