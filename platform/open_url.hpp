#pragma once
// Hands a URL (https:, mailto:, tel:, file:) to the user's default app.
#include <functional>
#include <string>

namespace rapport::platform {

// Returns false with a reason when the URL is refused or cannot be opened.
// Only well-known schemes are passed on, so text from a contact card can never
// be mistaken for a command-line option of the opener. The opener runs on
// its own; when it reports that nothing could open the link (no mail app
// for mailto:, say), `failed` is called with the reason, from another thread.
bool open_url(const std::string& url, std::string& error,
              std::function<void(const std::string& reason)> failed = {});

// What xdg-open's exit status means, for the person who tapped the link.
std::string opener_failure(int exit_status);

bool is_openable_url(const std::string& url);

} // namespace rapport::platform
