#pragma once
// What sync asks of the network, owned here and implemented by the platform
// (libcurl on the desktop, the browser's fetch) or by a test: one HTTP
// exchange at a time, any method (PROPFIND, REPORT), request headers, a
// body, basic authentication. The shell hands the implementation in.
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rapport::ports {

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

} // namespace rapport::ports
