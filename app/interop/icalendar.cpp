#include "interop/icalendar.hpp"

#include <cctype>

#include <ctime>

namespace rapport::interop {

std::string ical_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ical_line(std::string_view name, std::string_view value) {
    const std::string line = std::string(name) + ":" + std::string(value);
    std::string out;
    size_t used = 0; // octets on the current physical line
    for (size_t i = 0; i < line.size();) {
        // The whole UTF-8 character moves to the next line if it would not fit.
        size_t length = 1;
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0)
            length = 4;
        else if (c >= 0xE0)
            length = 3;
        else if (c >= 0xC0)
            length = 2;
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line, i, length);
        used += length;
        i += length;
    }
    return out + "\r\n";
}

std::string ical_utc(core::Millis t) {
    const std::time_t seconds = static_cast<std::time_t>(t / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[20];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

std::string conversation_invite(const core::Conversation& c, const std::string& person_name,
                                core::Millis now) {
    std::string description =
        "Informational interview (" + std::to_string(c.duration_minutes) + " minutes, " +
        std::string(core::label_of(core::conversation_mode_names(), c.mode)) + ").";
    if (!c.questions.empty()) {
        description += "\nQuestions:";
        for (const core::PlannedQuestion& q : c.questions)
            description += "\n- " + q.text;
    }
    std::string out;
    out += ical_line("BEGIN", "VCALENDAR");
    out += ical_line("VERSION", "2.0");
    out += ical_line("PRODID", "-//Rapport//Informational interviews//EN");
    out += ical_line("CALSCALE", "GREGORIAN");
    out += ical_line("METHOD", "PUBLISH");
    out += ical_line("BEGIN", "VEVENT");
    out += ical_line("UID", c.id + "@rapport");
    out += ical_line("DTSTAMP", ical_utc(now));
    out += ical_line("DTSTART", ical_utc(c.when));
    out += ical_line(
        "DTEND", ical_utc(c.when + static_cast<core::Millis>(c.duration_minutes) * core::kMinute));
    out += ical_line("SUMMARY", ical_escape("Conversation with " + person_name));
    if (!c.place.empty()) out += ical_line("LOCATION", ical_escape(c.place));
    out += ical_line("DESCRIPTION", ical_escape(description));
    out += ical_line("STATUS",
                     c.status == core::ConversationStatus::Cancelled ? "CANCELLED" : "CONFIRMED");
    out += ical_line("END", "VEVENT");
    out += ical_line("END", "VCALENDAR");
    return out;
}

std::string invite_file_name(const std::string& person_name) {
    std::string name = "rapport";
    bool dash = true; // one dash between words, however they were separated
    for (char ch : person_name) {
        const auto byte = static_cast<unsigned char>(ch);
        if (std::isalnum(byte) || byte >= 0x80) { // UTF-8 letters stay: "yılmaz"
            if (dash) name += '-';
            name += static_cast<char>(std::tolower(byte));
            dash = false;
        } else {
            dash = true;
        }
    }
    return name + ".ics";
}

} // namespace rapport::interop
