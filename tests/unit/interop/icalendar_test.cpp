#include "interop/icalendar.hpp"
#include "interop/text_encoding.hpp"

#include <doctest/doctest.h>

using namespace rapport;

TEST_CASE("iCalendar text escapes the four special characters") {
    CHECK(interop::ical_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("lines fold at 75 octets and never split a UTF-8 character") {
    const std::string value(70, 'x');
    const std::string folded = interop::ical_line("SUMMARY", value + "ễễễ");
    size_t start = 0;
    while (start < folded.size()) {
        const size_t end = folded.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        CHECK(interop::is_valid_utf8(folded.substr(start, end - start)));
        start = end + 2;
    }
    // Unfolding gives the original back.
    std::string unfolded = folded.substr(0, folded.size() - 2);
    for (size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;)
        unfolded.erase(at, 3);
    CHECK(unfolded == "SUMMARY:" + value + "ễễễ");
}

TEST_CASE("a conversation invite is a valid one-event calendar") {
    core::Conversation c;
    c.id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    c.when = 1'796'221'800'000; // 2026-12-02 14:30 UTC
    c.duration_minutes = 15;
    c.mode = core::ConversationMode::VideoCall;
    c.place = "https://meet.example.org/ines, room 2";
    c.questions = {{std::nullopt, "What do you do in a typical day?", ""}};
    const std::string ics = interop::conversation_invite(c, "Ines Duarte", 1'796'000'000'000);
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(ics.find("UID:1b4e28ba-2fa1-41d2-883f-0016d3cca427@rapport\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART:20261202T143000Z\r\n") != std::string::npos);
    CHECK(ics.find("DTEND:20261202T144500Z\r\n") != std::string::npos);
    CHECK(ics.find("SUMMARY:Conversation with Ines Duarte\r\n") != std::string::npos);
    CHECK(ics.find("LOCATION:https://meet.example.org/ines\\, room 2\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:") != std::string::npos);
    CHECK(ics.size() >= 2);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    CHECK(ics.find('\n') == ics.find("\r\n") + 1); // CRLF everywhere
}

TEST_CASE("an invite's file name keeps the person's name readable") {
    using rapport::interop::invite_file_name;
    CHECK(invite_file_name("Amara Osei") == "rapport-amara-osei.ics");
    CHECK(invite_file_name("Zeynep Yılmaz") == "rapport-zeynep-yılmaz.ics");
    CHECK(invite_file_name("Dr. Chloé  Brennan, PhD") == "rapport-dr-chloé-brennan-phd.ics");
    CHECK(invite_file_name("../../etc/passwd") == "rapport-etc-passwd.ics"); // never a path
}
