// Records as vCard and iCalendar items: what a phone's apps see, what comes
// back, and what other apps wrote surviving Rapport's writes.
#include "interop/content_lines.hpp"
#include "interop/dav_payloads.hpp"

#include "unit/temp_dir.hpp"

#include <cstdio>
#include <doctest/doctest.h>
#include <fstream>

using namespace rapport;
using core::SyncRecord;

namespace {

// A record as device A wrote it at 2025-12-01 09:27 UTC.
SyncRecord record_of(const char* table, const std::string& id, core::SyncFields fields) {
    SyncRecord r;
    r.table = table;
    r.id = id;
    r.stamp = {1764581234567, "dev-a"};
    r.fields = std::move(fields);
    return r;
}

SyncRecord person() {
    SyncRecord r = record_of("person", "p-1",
                             {{"name", "Amara Osei"},
                              {"role", "UX Researcher"},
                              {"organisation", "Brightline; Labs"},
                              {"emails", "amara@example.org\nosei@work.example"},
                              {"phones", ""},
                              {"links", "https://amara.example"},
                              {"linkedin", "https://www.linkedin.com/in/amara"},
                              {"stage", "researched"},
                              {"cadence_days", "30"},
                              {"referred_by", std::nullopt},
                              {"research_notes", "Line one\nLine two, with a comma"},
                              {"created_at", "1764500000000"}});
    return r;
}

// A conversation with Amara (p-1), planned for 2025-12-02 09:27 UTC.
SyncRecord planned_conversation(const char* id, const char* minutes) {
    SyncRecord c = record_of("conversation", id,
                             {{"person_id", "p-1"},
                              {"when_at", "1764667634567"},
                              {"duration_minutes", minutes},
                              {"status", "planned"},
                              {"created_at", "1764581234567"}});
    return c;
}

} // namespace

TEST_CASE("content lines: folded lines unfold, groups and params are kept, nesting is checked") {
    std::string error;
    const auto parsed = interop::parse_components(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nitem1.EMAIL;TYPE=work:a@b.c\r\nNOTE:long\r\n  line\r\n"
        "END:VCARD\r\n",
        error);
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 1);
    const interop::ContentLine* email = (*parsed)[0].find("EMAIL");
    REQUIRE(email);
    CHECK(email->group == "item1");
    CHECK(interop::param_value(email->params, "type") == "work");
    CHECK((*parsed)[0].find("NOTE")->value == "long line");
    CHECK_FALSE(interop::parse_components("BEGIN:VCARD\r\nFN:x\r\n", error));
    CHECK(error.find("VCARD") != std::string::npos);
    CHECK_FALSE(interop::parse_components("BEGIN:VCARD\r\nno colon\r\nEND:VCARD\r\n", error));
    CHECK(error.find("Line 2") != std::string::npos);
}

TEST_CASE("text escaping round-trips backslash, comma, semicolon and newline") {
    const std::string text = "a\\b, c; d\ne";
    CHECK(interop::escape_text(text) == "a\\\\b\\, c\\; d\\ne");
    CHECK(interop::unescape_text(interop::escape_text(text)) == text);
}

TEST_CASE("a person is a vCard 4.0 a contacts app reads, and reads back the same") {
    const SyncRecord record = person();
    const std::string vcard = interop::render_item(record, "", "");
    CHECK(vcard.find("BEGIN:VCARD\r\nVERSION:4.0") == 0);
    CHECK(vcard.find("FN:Amara Osei") != std::string::npos);
    CHECK(vcard.find("EMAIL:amara@example.org") != std::string::npos);
    CHECK(vcard.find("UID:") != std::string::npos);
    std::string error;
    const auto back = interop::read_item(vcard, error);
    REQUIRE(back);
    CHECK(back->table == "person");
    CHECK(back->id == "p-1");
    CHECK(back->stamp == record.stamp);
    for (const auto& [name, value] : record.fields) {
        INFO(name);
        REQUIRE(back->fields.count(name));
        CHECK(back->fields.at(name) == value);
    }
    CHECK(interop::item_name(record) == "p-1.vcf");
}

TEST_CASE("properties another app added survive Rapport's rewrite") {
    const std::string theirs = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:p-1\r\nFN:Amara Osei\r\n"
                               "X-PHONE-APP-RINGTONE:chimes\r\nBDAY:19900412\r\n"
                               "item2.X-ABLABEL:Mentor\r\nEND:VCARD\r\n";
    SyncRecord record = person();
    record.fields["role"] = "Lead researcher";
    const std::string ours = interop::render_item(record, theirs, "");
    CHECK(ours.find("X-PHONE-APP-RINGTONE:chimes") != std::string::npos);
    CHECK(ours.find("BDAY:19900412") != std::string::npos);
    CHECK(ours.find("item2.X-ABLABEL:Mentor") != std::string::npos);
    CHECK(ours.find("Lead researcher") != std::string::npos);
    // Ours is written once, not beside the old copy.
    CHECK(ours.find("FN:") == ours.rfind("FN:"));
}

TEST_CASE("a contact made by a phone is a person and a foreign event is left alone") {
    std::string error;
    const auto phone = interop::read_item(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:abc-123\r\nFN:Li Wei\r\nTEL;TYPE=cell:+1 555 0100\r\n"
        "END:VCARD\r\n",
        error);
    REQUIRE(phone);
    CHECK(phone->table == "person");
    CHECK(phone->id == "abc-123");
    CHECK(phone->fields.at("name") == "Li Wei");
    CHECK(phone->fields.at("phones").value_or("").find("+1 555 0100") != std::string::npos);

    const auto event = interop::read_item("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                                          "UID:dentist\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                                          "END:VCALENDAR\r\n",
                                          error);
    CHECK_FALSE(event);
    CHECK(error.empty());
    CHECK_FALSE(interop::read_item("BEGIN:VCARD\r\nFN:broken", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a follow-up is a VTODO with DUE and an alarm a phone rings") {
    SyncRecord todo = record_of("follow_up", "f-1",
                                {{"person_id", "p-1"},
                                 {"kind", "thank_you"},
                                 {"due", "1764667634567"},
                                 {"done_at", std::nullopt},
                                 {"created_at", "1764581234567"}});
    const std::string ics = interop::render_item(todo, "", "Thank Amara Osei");
    CHECK(ics.find("BEGIN:VTODO") != std::string::npos);
    CHECK(ics.find("DUE:20251202T092714Z") != std::string::npos);
    CHECK(ics.find("BEGIN:VALARM") != std::string::npos);
    CHECK(ics.find("SUMMARY:Thank Amara Osei") != std::string::npos);
    std::string error;
    const auto back = interop::read_item(ics, error);
    REQUIRE(back);
    CHECK(back->table == "follow_up");
    CHECK(back->fields.at("due") == "1764667634567");
    CHECK_FALSE(back->fields.at("done_at").has_value());
    CHECK(interop::collection_of("follow_up") == interop::DavCollection::Calendar);
    CHECK(interop::collection_of("career_option") == interop::DavCollection::Records);
}

TEST_CASE("a planned conversation's event rings at its end, once, and not after it is held") {
    SyncRecord c = planned_conversation("c-1", "30");
    const std::string ics = interop::render_item(c, "", "Conversation with Amara Osei");
    CHECK(ics.find("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=END:PT0S\r\n"
                   "DESCRIPTION:How did it go with Amara Osei? Capture your notes\r\n") !=
          std::string::npos);
    // Rewritten over the server's copy: still one alarm, not two.
    const std::string again = interop::render_item(c, ics, "Conversation with Amara Osei");
    CHECK(again.find("BEGIN:VALARM") == again.rfind("BEGIN:VALARM"));
    // Another app's own alarm on the event stays.
    std::string theirs = again;
    theirs.insert(theirs.find("END:VEVENT"),
                  "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\n");
    const std::string kept = interop::render_item(c, theirs, "Conversation with Amara Osei");
    CHECK(kept.find("TRIGGER:-PT10M") != std::string::npos);
    CHECK(kept.find("TRIGGER;RELATED=END:PT0S") != std::string::npos);
    // Held: nothing more to ask.
    c.fields["status"] = "held";
    const std::string held = interop::render_item(c, ics, "Conversation with Amara Osei");
    CHECK(held.find("RELATED=END") == std::string::npos);
    std::string error;
    const auto back = interop::read_item(ics, error);
    REQUIRE(back);
    CHECK(back->fields.at("duration_minutes") == "30");
}

TEST_CASE("a calendar client reads the conversation's alarm as ringing at its end") {
    SyncRecord c = planned_conversation("c-2", "45");
    testing::TempDir dir;
    const std::string file = dir.file("c-2.ics");
    std::ofstream(file, std::ios::binary)
        << interop::render_item(c, "", "Conversation with Zoë Ångström");
    // python3-icalendar, as a calendar app on a desktop reads it.
    const std::string command = "/usr/bin/python3 " + std::string(RAPPORT_TESTS_DIR) +
                                "/unit/interop/read_alarms.py " + file + " 2>&1";
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[512];
        while (fgets(buffer, sizeof buffer, pipe))
            out += buffer;
        CHECK(pclose(pipe) == 0);
    }
    CHECK(out == "Conversation with Zoë Ångström | END 0:00:00 | DISPLAY | How did it go with Zoë "
                 "Ångström? Capture your notes\n");
}

TEST_CASE("a conversation's event links to its capture, replacing the link it had, once") {
    SyncRecord c = planned_conversation("c-3", "30");
    const std::string link = "https://rapport.example/#capture=c-3";
    const std::string ics = interop::render_item(c, "", "Conversation with Amara Osei", {}, link);
    CHECK(ics.find("URL;VALUE=URI:https://rapport.example/#capture=c-3\r\n") != std::string::npos);
    const std::string again =
        interop::render_item(c, ics, "Conversation with Amara Osei", {}, link);
    CHECK(again.find("URL;") == again.rfind("URL;"));
    // Without a web app, the URL another app wrote stays as it was.
    std::string theirs = interop::render_item(c, "", "Conversation with Amara Osei");
    CHECK(theirs.find("URL") == std::string::npos);
    theirs.insert(theirs.find("END:VEVENT"), "URL:https://meet.example/abc\r\n");
    CHECK(interop::render_item(c, theirs, "Conversation with Amara Osei")
              .find("URL:https://meet.example/abc") != std::string::npos);
}
