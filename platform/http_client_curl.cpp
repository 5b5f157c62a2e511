// libcurl, from Debian (libcurl4-openssl-dev): TLS, proxies, HTTP/2 and
// keep-alive are its job, not ours. It is loaded the first time sync asks
// for a client, not at launch: libcurl brings some twenty libraries (GnuTLS,
// OpenSSL, Kerberos, LDAP…) whose loading and constructors took 5 ms of
// every launch, ahead of the first frame, for a feature that runs after it.
#include "platform/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <dlfcn.h>
#include <mutex>
#include <string>

namespace rapport::platform {
namespace {

// The libcurl functions used here, from its shared library (Debian's
// libcurl4: SONAME libcurl.so.4), loaded once.
struct Curl {
    std::string problem; // why it could not be loaded ("" when it was)
    CURLcode (*global_init)(long) = nullptr;
    CURL* (*easy_init)() = nullptr;
    void (*easy_cleanup)(CURL*) = nullptr;
    void (*easy_reset)(CURL*) = nullptr;
    CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
    CURLcode (*easy_perform)(CURL*) = nullptr;
    CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
    const char* (*easy_strerror)(CURLcode) = nullptr;
    curl_slist* (*slist_append)(curl_slist*, const char*) = nullptr;
    void (*slist_free_all)(curl_slist*) = nullptr;
};

template <class F> bool resolve(void* library, const char* name, F& function) {
    function = reinterpret_cast<F>(dlsym(library, name));
    return function != nullptr;
}

const Curl& curl() {
    static const Curl loaded = [] {
        Curl c;
        void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            const char* why = dlerror();
            c.problem = std::string("Sync needs libcurl (libcurl.so.4), which did not load: ") +
                        (why ? why : "not found");
            return c;
        }
        const bool all = resolve(library, "curl_global_init", c.global_init) &&
                         resolve(library, "curl_easy_init", c.easy_init) &&
                         resolve(library, "curl_easy_cleanup", c.easy_cleanup) &&
                         resolve(library, "curl_easy_reset", c.easy_reset) &&
                         resolve(library, "curl_easy_setopt", c.easy_setopt) &&
                         resolve(library, "curl_easy_perform", c.easy_perform) &&
                         resolve(library, "curl_easy_getinfo", c.easy_getinfo) &&
                         resolve(library, "curl_easy_strerror", c.easy_strerror) &&
                         resolve(library, "curl_slist_append", c.slist_append) &&
                         resolve(library, "curl_slist_free_all", c.slist_free_all);
        if (!all)
            c.problem = "The libcurl found lacks a function sync needs";
        else
            c.global_init(CURL_GLOBAL_DEFAULT);
        return c;
    }();
    return loaded;
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    auto* headers = static_cast<std::vector<std::pair<std::string, std::string>>*>(user);
    std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) headers->clear(); // a new response (after 100 Continue)
    const size_t colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::string value = line.substr(colon + 1);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
        headers->emplace_back(std::move(name), std::move(value));
    }
    return size * count;
}

class CurlClient final : public ports::HttpClient {
  public:
    CurlClient() : lib_(curl()) {
        if (lib_.problem.empty()) curl_ = lib_.easy_init();
    }
    ~CurlClient() override {
        if (curl_) lib_.easy_cleanup(curl_);
    }
    CurlClient(const CurlClient&) = delete;
    CurlClient& operator=(const CurlClient&) = delete;

    ports::HttpResponse send(const ports::HttpRequest& request) override {
        ports::HttpResponse response;
        if (!curl_) {
            response.error = lib_.problem.empty() ? "libcurl could not start" : lib_.problem;
            return response;
        }
        // Options are set afresh each time; the handle keeps its connection.
        lib_.easy_reset(curl_);
        lib_.easy_setopt(curl_, CURLOPT_URL, request.url.c_str());
        lib_.easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        if (request.method == "HEAD") lib_.easy_setopt(curl_, CURLOPT_NOBODY, 1L);
        lib_.easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        lib_.easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT, 10L);
        lib_.easy_setopt(curl_, CURLOPT_TIMEOUT, 120L);
        lib_.easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 1L);
        lib_.easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
        lib_.easy_setopt(curl_, CURLOPT_ACCEPT_ENCODING, "");
        lib_.easy_setopt(curl_, CURLOPT_USERAGENT, "Rapport");
        if (!request.user.empty()) {
            lib_.easy_setopt(curl_, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            lib_.easy_setopt(curl_, CURLOPT_USERNAME, request.user.c_str());
            lib_.easy_setopt(curl_, CURLOPT_PASSWORD, request.password.c_str());
        }
        if (!request.body.empty() || request.method == "PUT" || request.method == "POST") {
            lib_.easy_setopt(curl_, CURLOPT_POSTFIELDS, request.body.data());
            lib_.easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.body.size()));
        }
        curl_slist* headers = nullptr;
        for (const auto& [name, value] : request.headers)
            headers = lib_.slist_append(headers, (name + ": " + value).c_str());
        headers = lib_.slist_append(headers, "Expect:"); // no 100-continue round trip
        lib_.easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
        lib_.easy_setopt(curl_, CURLOPT_WRITEFUNCTION, on_body);
        lib_.easy_setopt(curl_, CURLOPT_WRITEDATA, &response.body);
        lib_.easy_setopt(curl_, CURLOPT_HEADERFUNCTION, on_header);
        lib_.easy_setopt(curl_, CURLOPT_HEADERDATA, &response.headers);
        char problem[CURL_ERROR_SIZE] = {};
        lib_.easy_setopt(curl_, CURLOPT_ERRORBUFFER, problem);
        const CURLcode code = lib_.easy_perform(curl_);
        lib_.slist_free_all(headers);
        if (code != CURLE_OK) {
            response.error = problem[0] ? problem : lib_.easy_strerror(code);
            response.headers.clear();
            response.body.clear();
            return response;
        }
        long status = 0;
        lib_.easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
        response.status = static_cast<int>(status);
        return response;
    }

  private:
    const Curl& lib_;
    CURL* curl_ = nullptr;
};

} // namespace

std::unique_ptr<ports::HttpClient> make_curl_client() {
    return std::make_unique<CurlClient>();
}

} // namespace rapport::platform
