#pragma once
// Normal forms used to recognise the same contact across sources.
#include "core/text.hpp"

#include <string>

namespace rapport::core {

// "HTTP://www.LinkedIn.com/in/Amara-Osei/?trk=x" → "https://www.linkedin.com/in/amara-osei".
// Returns empty when the text is not a LinkedIn profile link.
std::string normalize_linkedin_url(const std::string& url);

// Lower-cased and trimmed; empty when it is not an address.
std::string normalize_email(const std::string& email);

// Lower-cased, single-spaced, trimmed: for name + organisation matching.
std::string normalize_words(const std::string& text);

} // namespace rapport::core
