#include "shell/sync_command.hpp"

#include "core/clock.hpp"
#include "platform/http_client.hpp"
#include "platform/instance_lock.hpp"
#include "platform/keyring.hpp"
#include "platform/time_zone.hpp"
#include "services/sync/account_sync.hpp"
#include "services/sync/sync_words.hpp"
#include "store/store.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace rapport {
namespace {

constexpr int kOk = 0, kFailure = 1, kUsage = 2;
constexpr const char* kPasswordVariable = "RAPPORT_SYNC_PASSWORD";

int complain(int code, const std::string& message) {
    std::cerr << "rapport: sync: " << message << "\n";
    return code;
}

// Credentials and setup are the person's to fix (2); a server or network
// that fails may work next time (1).
int exit_code(sync::DavProblem problem) {
    switch (problem) {
    case sync::DavProblem::None:
        return kOk;
    case sync::DavProblem::BadPassword:
    case sync::DavProblem::NotDav:
        return kUsage;
    default:
        return kFailure;
    }
}

// Read from the terminal with echo off, so the password is not shown.
std::optional<std::string> prompt_password(const std::string& user, const std::string& server) {
    if (!isatty(STDIN_FILENO)) return std::nullopt;
    std::cerr << "Password for " << user << " at " << server << ": " << std::flush;
    termios old_mode{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old_mode) == 0;
    if (terminal) {
        termios quiet = old_mode;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string password;
    const bool read = static_cast<bool>(std::getline(std::cin, password));
    if (terminal) tcsetattr(STDIN_FILENO, TCSAFLUSH, &old_mode);
    std::cerr << "\n";
    if (!read) return std::nullopt;
    return password;
}

std::optional<std::string> password_from_environment() {
    const char* value = std::getenv(kPasswordVariable);
    if (!value) return std::nullopt;
    return std::string(value);
}

int print_outcome(const sync::SyncOutcome& outcome, const std::string& server) {
    if (outcome.error) {
        return complain(exit_code(outcome.error.problem),
                        sync::problem_words(outcome.error) + " — " + server);
    }
    std::cout << "synced with " << server << ": " << outcome.summary.text() << "\n";
    return kOk;
}

int setup(const SyncCommand& command, const std::string& database_path) {
    const std::string& server = command.setup;
    const std::string& user = command.user;
    bool from_environment = true;
    std::optional<std::string> password = password_from_environment();
    if (!password) {
        from_environment = false;
        password = prompt_password(user, server);
    }
    if (!password)
        return complain(kUsage, std::string("no password: type it at the prompt, or set ") +
                                    kPasswordVariable + " for scripts");
    // The address and the password are checked before anything is stored,
    // or a database made: a setup that fails leaves no file behind.
    std::unique_ptr<ports::HttpClient> http = platform::make_curl_client();
    sync::DavClient dav(*http, user, *password);
    sync::DavHomes homes;
    if (sync::DavError e = dav.discover(server, homes))
        return complain(exit_code(e.problem) == kOk ? kFailure : exit_code(e.problem),
                        sync::problem_words(e) + " — " + server);
    core::SystemClock clock;
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return complain(kFailure, error.message);
    if (store::Error e = store->sync().save_account(server, user))
        return complain(kFailure, e.message);
    if (!from_environment) {
        const std::string problem = platform::keyring_store(server, user, *password);
        if (!problem.empty())
            std::cerr << "rapport: sync: the password could not be kept in the keyring (" << problem
                      << "); set " << kPasswordVariable << " when you sync\n";
    }
    std::cout << "set up sync with " << server << " as " << user << "\n";
    const int code = print_outcome(sync::sync_account(*store, *http, *store->sync().account(),
                                                      *password, {platform::home_zone_name()}),
                                   server);
    platform::InstanceLock::notify(database_path, "reload");
    return code;
}

} // namespace

int run_sync(const SyncCommand& command, const std::string& database_path) {
    if (!command.setup.empty()) return setup(command, database_path);
    constexpr const char* kNoAccount =
        "no sync account yet; set one up with: rapport sync --setup URL --user NAME";
    // A database that is not there has no account: say so, and make none.
    if (!std::filesystem::exists(database_path))
        return complain(kUsage, std::string(kNoAccount) + " (there is no database at " +
                                    database_path + " yet)");
    core::SystemClock clock;
    store::Error error;
    std::unique_ptr<store::Store> store = store::Store::open(database_path, clock, error);
    if (!store) return complain(kFailure, error.message);

    const auto account = store->sync().account();
    if (!account) return complain(kUsage, kNoAccount);
    const sync::AccountPassword password = sync::account_password(
        *account, password_from_environment().value_or(""), platform::system_keyring());
    if (!password)
        return complain(kUsage, "no password for " + account->user + " at " + account->address +
                                    " (" + password.problem + "); set " + kPasswordVariable +
                                    " or run rapport sync --setup again");
    std::unique_ptr<ports::HttpClient> http = platform::make_curl_client();
    const int code = print_outcome(sync::sync_account(*store, *http, *account, password.password,
                                                      {platform::home_zone_name()}),
                                   account->address);
    platform::InstanceLock::notify(database_path, "reload");
    return code;
}

} // namespace rapport
