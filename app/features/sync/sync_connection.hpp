#pragma once
// What sync borrows, through the ports sync owns (services/ports): an HTTP
// client per sync, the keyring that keeps the password and where the work
// runs. The shell hands in the platform's (libcurl, the Secret Service, a
// thread; the browser's fetch, its storage, a fiber); tests hand in their own.
#include "services/ports/http.hpp"
#include "services/ports/keyring.hpp"
#include "services/ports/worker.hpp"

#include <functional>
#include <memory>
#include <string>

namespace rapport::ui {

struct SyncConnection {
    // A client for one piece of work; `wait` is how a client that cannot
    // block (the browser's) lets frames run meanwhile. libcurl ignores it.
    std::function<std::unique_ptr<ports::HttpClient>(ports::HttpWait& wait)> http;
    ports::Keyring keyring;
    // Where the work runs; empty: a thread of its own (services/thread_worker).
    std::function<std::unique_ptr<ports::Worker>()> worker;
    // The browser: the password is kept for the session unless the person
    // ticks "Remember on this device" (its storage is the site's, not a keyring).
    bool remember_is_a_choice = false;
    // The person's zone by its IANA name: their conversations' events are
    // written in it. Empty: UTC.
    std::string home_zone;
};

} // namespace rapport::ui
