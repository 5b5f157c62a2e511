// libcurl, from Debian (libcurl4-openssl-dev): TLS, proxies, HTTP/2 and
// keep-alive are its job, not ours.
#include "platform/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace rapport::platform {
namespace {

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

class CurlClient final : public HttpClient {
  public:
    CurlClient() {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        curl_ = curl_easy_init();
    }
    ~CurlClient() override {
        if (curl_) curl_easy_cleanup(curl_);
    }
    CurlClient(const CurlClient&) = delete;
    CurlClient& operator=(const CurlClient&) = delete;

    HttpResponse send(const HttpRequest& request) override {
        HttpResponse response;
        if (!curl_) {
            response.error = "libcurl could not start";
            return response;
        }
        // Options are set afresh each time; the handle keeps its connection.
        curl_easy_reset(curl_);
        curl_easy_setopt(curl_, CURLOPT_URL, request.url.c_str());
        curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        if (request.method == "HEAD") curl_easy_setopt(curl_, CURLOPT_NOBODY, 1L);
        curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 120L);
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(curl_, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(curl_, CURLOPT_USERAGENT, "Rapport");
        if (!request.user.empty()) {
            curl_easy_setopt(curl_, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            curl_easy_setopt(curl_, CURLOPT_USERNAME, request.user.c_str());
            curl_easy_setopt(curl_, CURLOPT_PASSWORD, request.password.c_str());
        }
        if (!request.body.empty() || request.method == "PUT" || request.method == "POST") {
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, request.body.data());
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.body.size()));
        }
        curl_slist* headers = nullptr;
        for (const auto& [name, value] : request.headers)
            headers = curl_slist_append(headers, (name + ": " + value).c_str());
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &response.body);
        curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, on_header);
        curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &response.headers);
        char problem[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, problem);
        const CURLcode code = curl_easy_perform(curl_);
        curl_slist_free_all(headers);
        if (code != CURLE_OK) {
            response.error = problem[0] ? problem : curl_easy_strerror(code);
            response.headers.clear();
            response.body.clear();
            return response;
        }
        long status = 0;
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
        response.status = static_cast<int>(status);
        return response;
    }

  private:
    CURL* curl_ = nullptr;
};

} // namespace

std::unique_ptr<HttpClient> make_curl_client() {
    return std::make_unique<CurlClient>();
}

} // namespace rapport::platform
