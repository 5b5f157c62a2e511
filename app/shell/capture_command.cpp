#include "shell/capture_command.hpp"

#include "core/clock.hpp"
#include "core/name_match.hpp"
#include "core/plural.hpp"
#include "core/text.hpp"
#include "platform/instance_lock.hpp"
#include "services/capture.hpp"
#include "shell/exit_status.hpp"
#include "store/store.hpp"

#include <ctime>
#include <iostream>
#include <optional>

namespace rapport {
namespace {

std::string local_day_time(core::Millis t) {
    const std::time_t seconds = static_cast<std::time_t>(t / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[48];
    std::strftime(text, sizeof text, "%a %d %b %H:%M", &local);
    return text;
}

// "no one called 'Amara Osie'; did you mean Amara Osei?" in one line.
std::string unknown_person(store::Store& store, const std::string& name) {
    std::vector<std::string> names;
    for (const store::PersonName& p : store.people().names())
        names.push_back(p.name);
    const std::vector<std::string> close = core::closest_names(name, names);
    std::string message = "capture: no one called '" + name + "'";
    if (!close.empty()) {
        message += "; did you mean ";
        for (size_t i = 0; i < close.size(); ++i)
            message += (i == 0 ? "" : i + 1 == close.size() ? " or " : ", ") + close[i];
        message += "?";
    }
    return message + " (--new adds them)";
}

} // namespace

int run_capture(const CaptureCommand& command, const std::string& database_path) {
    core::SystemClock clock;
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return exit_failure(error.message);
    std::optional<std::string> person_id;
    std::string who = "your inbox";
    if (command.person) {
        auto person = store->people().find_by_name(*command.person);
        if (!person && command.new_person) {
            core::Person added;
            if (store::Error e = services::add_person_named(*store, *command.person, added))
                return e.kind == store::ErrorKind::Invalid ? exit_usage("capture: " + e.message)
                                                           : exit_failure(e.message);
            std::cout << "added " << added.name << " as a new person\n";
            person = std::move(added);
        }
        if (!person) return exit_usage(unknown_person(*store, *command.person));
        person_id = person->id;
        who = person->name;
    }
    const std::optional<std::string> conversation_id =
        person_id ? services::conversation_to_debrief(*store, *person_id) : std::nullopt;
    store::CaptureResult result;
    if ((error = services::file_capture(*store, command.text, person_id, conversation_id,
                                        command.met, &result)))
        return error.kind == store::ErrorKind::Invalid ? exit_usage(error.message)
                                                       : exit_failure(error.message);
    const int words = core::word_count(command.text);
    std::cout << (person_id ? "saved a note on " : "saved a note to ") << who << " ("
              << core::counted(words, "word", "words") << ")";
    if (result.debrief) std::cout << "; the debrief of your conversation";
    if (result.thank_you_due)
        std::cout << "; thank-you due " << local_day_time(*result.thank_you_due);
    std::cout << "\n";
    platform::InstanceLock::notify(database_path, "reload");
    return kExitOk;
}

} // namespace rapport
