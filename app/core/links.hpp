#pragma once
// Normal forms used to recognise the same contact across sources.
#include <string>

namespace rapport::core {

// "HTTP://www.LinkedIn.com/in/Amara-Osei/?trk=x" → "https://www.linkedin.com/in/amara-osei".
// Returns empty when the text is not a LinkedIn profile link.
std::string normalize_linkedin_url(const std::string& url);

// Lower-cased and trimmed; empty when it is not an address.
std::string normalize_email(const std::string& email);

// ASCII letters lower-cased, everything else as it was (SQLite's lower() too).
std::string lower_ascii(std::string text);

// Lower-cased, single-spaced, trimmed: for name + organisation matching.
std::string normalize_words(const std::string& text);

} // namespace rapport::core
