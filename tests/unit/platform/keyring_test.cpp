// The sync password in a real Secret Service: GNOME Keyring started by the
// test on a session bus of its own, its keyring files in a temporary folder,
// so nothing of the machine's own keyring is read or written.
#include "platform/keyring.hpp"
#include "unit/platform/private_bus.hpp"

#include <cstdio>

using namespace rapport;
using namespace rapport::testing;

namespace {

// Whether a name has an owner on the session bus (the daemon is up).
bool owned(const std::string& name) {
    const std::string command = "/usr/bin/dbus-send --session --print-reply "
                                "--dest=org.freedesktop.DBus /org/freedesktop/DBus "
                                "org.freedesktop.DBus.NameHasOwner string:" +
                                name + " 2>/dev/null";
    FILE* out = popen(command.c_str(), "r");
    if (!out) return false;
    std::string text;
    char buffer[256];
    while (fgets(buffer, sizeof buffer, out))
        text += buffer;
    pclose(out);
    return text.find("boolean true") != std::string::npos;
}

// gnome-keyring-daemon with only its secrets part, its login keyring made
// and unlocked with a password it reads on stdin.
struct Keyring {
    TempDir dir;
    std::optional<Env> data, runtime;
    pid_t daemon = -1;
    Keyring() {
        std::filesystem::create_directories(dir.file("data"));
        std::filesystem::create_directories(dir.file("run"));
        std::filesystem::permissions(dir.file("run"), std::filesystem::perms::owner_all);
        data.emplace("XDG_DATA_HOME", dir.file("data"));
        runtime.emplace("XDG_RUNTIME_DIR", dir.file("run"));
        int in[2];
        REQUIRE(pipe(in) == 0);
        daemon = fork();
        if (daemon == 0) {
            dup2(in[0], 0);
            close(in[1]);
            freopen("/dev/null", "w", stderr);
            execl("/usr/bin/gnome-keyring-daemon", "gnome-keyring-daemon", "--foreground",
                  "--components=secrets", "--unlock", nullptr);
            _exit(127);
        }
        close(in[0]);
        const std::string unlock = "test-only";
        REQUIRE(write(in[1], unlock.data(), unlock.size()) == ssize_t(unlock.size()));
        close(in[1]);
        const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!owned("org.freedesktop.secrets")) {
            int status = 0;
            REQUIRE_MESSAGE(waitpid(daemon, &status, WNOHANG) != daemon,
                            "gnome-keyring-daemon exited (apt: gnome-keyring)");
            REQUIRE_MESSAGE(std::chrono::steady_clock::now() < limit,
                            "gnome-keyring-daemon did not take the bus name");
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    ~Keyring() { stop(daemon); }
};

} // namespace

TEST_CASE("the sync password is kept in the keyring per server and user, and forgotten") {
    PrivateBus bus;
    Keyring keyring;
    const std::string server = "https://dav.example.org/";

    ports::KeyringAnswer none = platform::keyring_lookup(server, "ana");
    CHECK_FALSE(none.password);
    CHECK_MESSAGE(none.problem.empty(), none.problem);

    CHECK(platform::keyring_store(server, "ana", "correct horse ünïcode") == "");
    CHECK(platform::keyring_store(server, "ben", "another one") == "");
    ports::KeyringAnswer ana = platform::keyring_lookup(server, "ana");
    REQUIRE(ana.password);
    CHECK(*ana.password == "correct horse ünïcode");
    CHECK(platform::keyring_lookup(server, "ben").password.value_or("") == "another one");
    CHECK_FALSE(platform::keyring_lookup("https://other.example.org/", "ana").password);

    // Kept in the keyring's file, not in the clear.
    std::string files;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(keyring.dir.file("data")))
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            files += std::string(std::istreambuf_iterator<char>(in), {});
        }
    CHECK(files.find("correct horse") == std::string::npos);

    CHECK(platform::keyring_clear(server, "ana") == "");
    CHECK_FALSE(platform::keyring_lookup(server, "ana").password);
    CHECK(platform::keyring_lookup(server, "ben").password.value_or("") == "another one");
}
