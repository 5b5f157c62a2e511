#pragma once
// iCalendar (RFC 5545) writing: content lines escaped and folded at 75
// octets without splitting a UTF-8 character, CRLF line ends.
#include "core/clock.hpp"
#include "core/conversation.hpp"

#include <string>
#include <string_view>

namespace rapport::interop {

// TEXT value escaping: backslash, semicolon, comma, newline.
std::string ical_escape(std::string_view text);
// One content line, folded (CRLF + space) so no line exceeds 75 octets.
std::string ical_line(std::string_view name, std::string_view value);
// "20261202T143000Z"
std::string ical_utc(core::Millis t);

// A one-event calendar for inviting yourself (or them) to a conversation.
std::string conversation_invite(const core::Conversation& conversation,
                                const std::string& person_name, core::Millis now);
// Its file name: "rapport-amara-osei.ics", "rapport-zeynep-yılmaz.ics" (letters
// and digits kept, lower-cased where ASCII, anything else one dash), the same
// on the desktop and as a browser download.
std::string invite_file_name(const std::string& person_name);

} // namespace rapport::interop
