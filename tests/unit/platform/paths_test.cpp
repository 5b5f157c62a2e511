#include "platform/paths.hpp"
#include "unit/temp_dir.hpp"

#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace rapport::platform;

TEST_CASE("data and config folders follow XDG, ignoring relative values") {
    const std::string home = std::getenv("HOME") ? std::getenv("HOME") : "";
    setenv("XDG_DATA_HOME", "/srv/data", 1);
    setenv("XDG_CONFIG_HOME", "/srv/config", 1);
    CHECK(data_dir() == "/srv/data/rapport");
    CHECK(config_dir() == "/srv/config/rapport");
    CHECK(default_database_path() == "/srv/data/rapport/rapport.db");
    setenv("XDG_DATA_HOME", "relative/path", 1);
    setenv("HOME", "/home/student", 1);
    CHECK(data_dir() == "/home/student/.local/share/rapport");
    unsetenv("XDG_DATA_HOME");
    unsetenv("XDG_CONFIG_HOME");
    CHECK(config_dir() == "/home/student/.config/rapport");
    setenv("HOME", home.c_str(), 1);
}

TEST_CASE("the data folder is created private (0700) with its parents") {
    rapport::testing::TempDir temp;
    const std::string folder = temp.file("a/b/rapport");
    std::string error;
    REQUIRE(ensure_private_dir(folder, error));
    struct stat info {};
    REQUIRE(stat(folder.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    CHECK(ensure_private_dir(folder, error)); // already there is fine
}

TEST_CASE("a file in the way of the data folder is a clear error") {
    rapport::testing::TempDir temp;
    const std::string file = temp.file("taken");
    FILE* f = std::fopen(file.c_str(), "w");
    std::fclose(f);
    std::string error;
    CHECK_FALSE(ensure_private_dir(file, error));
    CHECK(error.find("not a folder") != std::string::npos);
}

TEST_CASE("absolute_path resolves the folder of a file that does not exist yet") {
    rapport::testing::TempDir temp;
    const std::string relative = temp.path() + "/./new.db";
    CHECK(absolute_path(relative).find("/./") == std::string::npos);
    CHECK(absolute_path(relative).rfind("/new.db") != std::string::npos);
}

TEST_CASE("exports go to the documents folder xdg-user-dirs names, made if missing, never hidden") {
    const std::string home = std::getenv("HOME") ? std::getenv("HOME") : "";
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::string old_config = config ? config : "";
    rapport::testing::TempDir temp;
    setenv("HOME", temp.path().c_str(), 1);
    setenv("XDG_CONFIG_HOME", temp.file("config").c_str(), 1);
    // No user-dirs.dirs, no ~/Documents yet: ~/Documents, made when needed.
    CHECK(documents_dir() == temp.path() + "/Documents");
    CHECK(made_documents_dir() == temp.path() + "/Documents");
    struct stat info {};
    CHECK(stat((temp.path() + "/Documents").c_str(), &info) == 0);
    // A translated folder named by xdg-user-dirs.
    std::string error;
    REQUIRE(ensure_private_dir(temp.file("config"), error));
    FILE* dirs = std::fopen(temp.file("config/user-dirs.dirs").c_str(), "w");
    std::fputs("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\n"
               "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n",
               dirs);
    std::fclose(dirs);
    CHECK(documents_dir() == temp.path() + "/Dokumente");
    CHECK(made_documents_dir() == temp.path() + "/Dokumente");
    setenv("HOME", home.c_str(), 1);
    if (config)
        setenv("XDG_CONFIG_HOME", old_config.c_str(), 1);
    else
        unsetenv("XDG_CONFIG_HOME");
}
