#include "platform/paths.hpp"

#include <filesystem>
#include <fstream>
#include <langinfo.h>
#include <locale.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::platform {
namespace {

std::string env_or_empty(const char* name) {
    const char* value = std::getenv(name);
    // XDG: a relative path in these variables is invalid and must be ignored.
    return (value && value[0] == '/') ? std::string(value) : std::string();
}

std::string home_dir() {
    if (const char* home = std::getenv("HOME"); home && home[0]) return home;
    if (const passwd* pw = getpwuid(getuid())) return pw->pw_dir;
    return "/tmp";
}

std::string xdg_dir(const char* variable, const char* fallback_under_home) {
    std::string base = env_or_empty(variable);
    if (base.empty()) base = home_dir() + "/" + fallback_under_home;
    return base + "/rapport";
}

} // namespace

std::string data_dir() {
    return xdg_dir("XDG_DATA_HOME", ".local/share");
}
std::string config_dir() {
    return xdg_dir("XDG_CONFIG_HOME", ".config");
}

std::string documents_dir() {
    const std::string home = env_or_empty("HOME");
    if (home.empty()) return {};
    // xdg-user-dirs names it (a translated "Dokumente", say) in
    // $XDG_CONFIG_HOME/user-dirs.dirs: XDG_DOCUMENTS_DIR="$HOME/Dokumente".
    std::string config = env_or_empty("XDG_CONFIG_HOME");
    if (config.empty()) config = home + "/.config";
    std::ifstream dirs(config + "/user-dirs.dirs");
    for (std::string line; std::getline(dirs, line);) {
        const std::string key = "XDG_DOCUMENTS_DIR=\"";
        if (line.rfind(key, 0) != 0) continue;
        std::string value = line.substr(key.size());
        value = value.substr(0, value.find('"'));
        if (value.rfind("$HOME", 0) == 0) value = home + value.substr(5);
        // "$HOME/" alone means "no documents folder": the home itself.
        if (!value.empty() && value[0] == '/' && value != home && value != home + "/") return value;
        break;
    }
    return home + "/Documents";
}

std::string made_documents_dir() {
    const std::string folder = documents_dir();
    if (folder.empty()) return folder;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    return std::filesystem::is_directory(folder, error) ? folder : home_dir();
}

std::string runtime_dir() {
    std::string dir = env_or_empty("XDG_RUNTIME_DIR");
    if (!dir.empty()) return dir;
    return "/tmp/rapport-" + std::to_string(getuid());
}

std::string default_database_path() {
    return data_dir() + "/rapport.db";
}

bool ensure_private_dir(const std::string& path, std::string& error) {
    if (path.empty()) {
        error = "empty folder path";
        return false;
    }
    // Create parents with the usual mode; only our own folder is private.
    for (size_t slash = path.find('/', 1); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        std::string parent = path.substr(0, slash);
        if (mkdir(parent.c_str(), 0755) != 0 && errno != EEXIST) {
            error = "cannot create " + parent + ": " + std::strerror(errno);
            return false;
        }
    }
    if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
        error = "cannot create " + path + ": " + std::strerror(errno);
        return false;
    }
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        error = path + " is not a folder";
        return false;
    }
    return true;
}

std::string absolute_path(const std::string& path) {
    std::string dir = ".", name = path;
    if (auto slash = path.rfind('/'); slash != std::string::npos) {
        dir = slash == 0 ? "/" : path.substr(0, slash);
        name = path.substr(slash + 1);
    }
    char resolved[PATH_MAX];
    if (!realpath(dir.c_str(), resolved)) return path;
    std::string result = resolved;
    if (result != "/") result += "/";
    return result + name;
}

bool locale_uses_twelve_hour() {
    // Read once, without changing the process's own locale for everything
    // else (numbers in files must stay the same in every locale).
    locale_t user = newlocale(LC_TIME_MASK, "", static_cast<locale_t>(nullptr));
    if (!user) return false;
    const std::string format = nl_langinfo_l(T_FMT, user);
    const std::string am = nl_langinfo_l(AM_STR, user);
    freelocale(user);
    return !am.empty() &&
           (format.find("%I") != std::string::npos || format.find("%l") != std::string::npos ||
            format.find("%r") != std::string::npos || format.find("%p") != std::string::npos);
}

} // namespace rapport::platform
