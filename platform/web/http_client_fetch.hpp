#pragma once
// HTTP for sync in the browser: its fetch(), which cannot block. A request
// starts, the work pauses on its fiber so frames keep coming, and the answer
// resumes it. The server must send CORS headers (README: Sync).
#include "platform/http_client.hpp"
#include <memory>

namespace rapport::platform {

// Waits through `wait`; once `wait.stopping()`, a request in flight is
// abandoned ("Sync stopped").
std::unique_ptr<ports::HttpClient> make_fetch_client(ports::HttpWait& wait);

} // namespace rapport::platform
