// The browser has no keyring: a password the person asked this device to
// remember stays in the site's localStorage (this browser profile, this
// site only); otherwise the page keeps it for the session alone.
#include "platform/keyring.hpp"

#include <emscripten.h>

#include <cstdint>
#include <cstdlib>

namespace rapport::platform {
namespace {

std::string key_for(const std::string& server, const std::string& user) {
    return "rapport-sync-password " + user + " " + server;
}

} // namespace

ports::KeyringAnswer keyring_lookup(const std::string& server, const std::string& user) {
    const std::string key = key_for(server, user);
    // clang-format off
    const int address = EM_ASM_INT({
        let value = null;
        try { value = localStorage.getItem(UTF8ToString($0)); } catch (e) { value = null; }
        if (value === null) return 0;
        const size = lengthBytesUTF8(value) + 1;
        const out = _malloc(size);
        stringToUTF8(value, out, size);
        return out;
    }, key.c_str());
    // clang-format on
    char* found = reinterpret_cast<char*>(static_cast<std::uintptr_t>(address)); // wasm32
    ports::KeyringAnswer answer;
    if (found) {
        answer.password = std::string(found);
        std::free(found);
    }
    return answer;
}

std::string keyring_store(const std::string& server, const std::string& user,
                          const std::string& password) {
    const std::string key = key_for(server, user);
    // clang-format off
    const int kept = EM_ASM_INT({
        try { localStorage.setItem(UTF8ToString($0), UTF8ToString($1)); return 1; }
        catch (e) { return 0; }
    }, key.c_str(), password.c_str());
    // clang-format on
    return kept ? "" : "this browser's storage refused it";
}

std::string keyring_clear(const std::string& server, const std::string& user) {
    const std::string key = key_for(server, user);
    // clang-format off
    EM_ASM({
        try { localStorage.removeItem(UTF8ToString($0)); } catch (e) {}
    }, key.c_str());
    // clang-format on
    return "";
}

} // namespace rapport::platform
