#pragma once
// Hands a URL (https:, mailto:, tel:, file:) to the user's default app.
#include <string>

namespace rapport::platform {

// Returns false with a reason when the URL is refused or cannot be opened.
// Only well-known schemes are passed on, so text from a contact card can never
// be mistaken for a command-line option of the opener.
bool open_url(const std::string& url, std::string& error);

bool is_openable_url(const std::string& url);

} // namespace rapport::platform
