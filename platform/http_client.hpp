#pragma once
// The desktop's HTTP for sync: libcurl with TLS verified, implementing the
// port sync owns (services/ports/http.hpp).
#include "services/ports/http.hpp"

#include <memory>

namespace rapport::platform {

// libcurl, one connection kept alive between requests, certificates checked,
// redirects not followed (DAV discovery follows them itself).
std::unique_ptr<ports::HttpClient> make_curl_client();

} // namespace rapport::platform
