#pragma once
// What is asked of Rapport from outside its window, in words: the command
// line at launch (--capture, --open, --screen), another Rapport handing over
// (a second launch), a notification's action. Each feature says which it
// answers (Feature::route_for), so the shell names none of them.
#include <optional>
#include <string>
#include <string_view>

namespace rapport::ui {

// A new capture: "capture". About a conversation that just ended: "capture:ID".
inline constexpr const char* kNewCaptureRequest = "capture";
inline constexpr const char* kCaptureRequest = "capture:";
// A person's page: "open:person:ID".
inline constexpr const char* kOpenPersonRequest = "open:person:";
// A screen by its --screen name, for screenshots: "screen:NAME" ("screen:person:Amara Osei").
inline constexpr const char* kScreenRequest = "screen:";
// A notification's other choices, with the conversation's id after them.
inline constexpr const char* kNotNowRequest = "not-now:";
inline constexpr const char* kDidNotHappenRequest = "didnt-happen:";

// What follows `prefix` in `request`, when it starts so and something follows.
inline std::optional<std::string> request_argument(std::string_view request,
                                                   std::string_view prefix) {
    if (request.size() <= prefix.size() || request.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    return std::string(request.substr(prefix.size()));
}

// Whether `request` asks for the screen named `name` (--screen NAME).
inline bool asks_for_screen(std::string_view request, std::string_view name) {
    const std::string_view prefix = kScreenRequest;
    return request.size() == prefix.size() + name.size() &&
           request.substr(0, prefix.size()) == prefix && request.substr(prefix.size()) == name;
}

} // namespace rapport::ui
