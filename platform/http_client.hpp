#pragma once
// One HTTP exchange at a time, as sync needs it: any method (PROPFIND,
// REPORT), request headers, a body, basic authentication. The desktop's is
// libcurl with TLS verified (http_client_curl.cpp); a test may hand in its own.
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rapport::platform {

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string user; // basic authentication when not empty
    std::string password;
};

struct HttpResponse {
    int status = 0;                                           // 0: no answer (error says why)
    std::string error;                                        // unreachable, TLS, timed out…
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased
    std::string body;

    // A header's value ("" when absent); `name` lower-case.
    std::string header(const std::string& name) const {
        for (const auto& [n, v] : headers)
            if (n == name) return v;
        return {};
    }
};

// Where a request cannot block (the browser), how the client waits for its
// answer: pause() hands the page back until resume() is called from a
// browser event; stopping() turns true when the person stops the work.
class HttpWait {
  public:
    virtual ~HttpWait() = default;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual bool stopping() const = 0;
};

class HttpClient {
  public:
    virtual ~HttpClient() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

// libcurl, one connection kept alive between requests, certificates checked,
// redirects not followed (DAV discovery follows them itself).
std::unique_ptr<HttpClient> make_curl_client();

} // namespace rapport::platform
