#pragma once
// Desktop notifications through the freedesktop notification service
// (libnotify): a title, a body, and an action that opens Rapport on what the
// notification is about.
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rapport::platform {

class Notifier {
  public:
    // Connects to the session's notification service. Null, with the reason,
    // when there is none (no session bus, or nothing owns the name).
    static std::unique_ptr<Notifier> open(std::string& error);
    ~Notifier();
    Notifier(const Notifier&) = delete;
    Notifier& operator=(const Notifier&) = delete;

    // A button on a notification; `run` runs from wait() when it is pressed.
    struct Choice {
        std::string label;
        std::function<void()> run;
    };
    // Shows one notification; `on_open` runs (from wait()) when the person
    // clicks it, each choice when its button is pressed (with none, an Open
    // button does what a click does).
    bool show(const std::string& title, const std::string& body, std::function<void()> on_open,
              std::string& error, std::vector<Choice> choices = {});
    // Runs until every notification shown is closed or acted on, or for at
    // most `seconds`. Returns how many were opened.
    int wait(double seconds);

    struct Shown;

  private:
    Notifier() = default;
    std::vector<std::unique_ptr<Shown>> shown_;
};

} // namespace rapport::platform
