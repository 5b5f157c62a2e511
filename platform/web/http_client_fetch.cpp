#include "platform/web/http_client_fetch.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <string>

// clang-format off
// Starts a fetch; its answer waits in Module.rapportFetches under the id
// returned, and the waiting work is resumed when it lands. Headers travel as
// "name\nvalue\n" pairs; the password as Basic authentication (UTF-8).
EM_JS(int, rapport_fetch_start, (void* wait, const char* method, const char* url,
                                 const char* headers, const char* body, int body_size,
                                 const char* user, const char* password), {
    Module.rapportFetches = Module.rapportFetches || {};
    Module.rapportFetchId = (Module.rapportFetchId || 0) + 1;
    const id = Module.rapportFetchId;
    const entry = { done: false, controller: new AbortController() };
    Module.rapportFetches[id] = entry;
    const sent = new Headers();
    const lines = UTF8ToString(headers).split("\n");
    for (let i = 0; i + 1 < lines.length; i += 2) sent.append(lines[i], lines[i + 1]);
    const name = UTF8ToString(user);
    if (name) {
        const pair = unescape(encodeURIComponent(name + ":" + UTF8ToString(password)));
        sent.set("Authorization", "Basic " + btoa(pair));
    }
    const options = { method: UTF8ToString(method), headers: sent, credentials: "omit",
                      cache: "no-store", redirect: "follow", signal: entry.controller.signal };
    if (body_size > 0) options.body = HEAPU8.slice(body, body + body_size);
    const finish = () => {
        entry.done = true;
        setTimeout(() => Module._rapport_web_wait_resume(wait), 0);
    };
    fetch(UTF8ToString(url), options)
        .then((response) => {
            entry.status = response.status;
            entry.headers = "";
            response.headers.forEach((value, key) => { entry.headers += key + "\n" + value + "\n"; });
            return response.text();
        })
        .then((text) => { entry.body = text; finish(); })
        .catch((error) => {
            entry.status = 0;
            entry.error = "the browser could not reach the server (offline, a wrong address, or " +
                          "a server that sends no CORS headers): " + error.message;
            finish();
        });
    return id;
});

EM_JS(int, rapport_fetch_done, (int id), {
    return Module.rapportFetches[id].done ? 1 : 0;
});

EM_JS(void, rapport_fetch_abandon, (int id), {
    Module.rapportFetches[id].controller.abort();
    delete Module.rapportFetches[id];
});

// One part of a finished answer as a malloc'd UTF-8 string (0 status, 1
// error, 2 headers, 3 body); the status part is its number in text.
EM_JS(char*, rapport_fetch_part, (int id, int part), {
    const entry = Module.rapportFetches[id];
    const text = String([entry.status, entry.error || "", entry.headers || "", entry.body || ""][part]);
    const size = lengthBytesUTF8(text) + 1;
    const out = _malloc(size);
    stringToUTF8(text, out, size);
    return out;
});

EM_JS(void, rapport_fetch_forget, (int id), {
    delete Module.rapportFetches[id];
});
// clang-format on

namespace rapport::platform {
namespace {

std::string take_part(int id, int part) {
    char* text = rapport_fetch_part(id, part);
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

class FetchHttpClient : public ports::HttpClient {
  public:
    explicit FetchHttpClient(ports::HttpWait& wait) : wait_(wait) {}

    ports::HttpResponse send(const ports::HttpRequest& request) override {
        std::string headers;
        for (const auto& [name, value] : request.headers)
            headers += name + "\n" + value + "\n";
        const int id = rapport_fetch_start(&wait_, request.method.c_str(), request.url.c_str(),
                                           headers.c_str(), request.body.data(),
                                           static_cast<int>(request.body.size()),
                                           request.user.c_str(), request.password.c_str());
        ports::HttpResponse response;
        while (!rapport_fetch_done(id)) {
            if (wait_.stopping()) {
                rapport_fetch_abandon(id);
                response.error = "Sync stopped";
                return response;
            }
            wait_.pause();
        }
        response.status = std::atoi(take_part(id, 0).c_str());
        response.error = take_part(id, 1);
        const std::string lines = take_part(id, 2);
        for (size_t at = 0; at < lines.size();) {
            const size_t name_end = lines.find('\n', at);
            if (name_end == std::string::npos) break;
            const size_t value_end = lines.find('\n', name_end + 1);
            if (value_end == std::string::npos) break;
            response.headers.emplace_back(lines.substr(at, name_end - at),
                                          lines.substr(name_end + 1, value_end - name_end - 1));
            at = value_end + 1;
        }
        response.body = take_part(id, 3);
        rapport_fetch_forget(id);
        return response;
    }

  private:
    ports::HttpWait& wait_;
};

} // namespace

std::unique_ptr<ports::HttpClient> make_fetch_client(ports::HttpWait& wait) {
    return std::make_unique<FetchHttpClient>(wait);
}

} // namespace rapport::platform

// A request's answer landed (a browser task, outside any frame).
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_web_wait_resume(void* wait) {
    static_cast<rapport::ports::HttpWait*>(wait)->resume();
}
