#pragma once
// Where Rapport keeps things, following the XDG base directory spec.
#include <string>

namespace rapport::platform {

// $XDG_DATA_HOME/rapport, else ~/.local/share/rapport.
std::string data_dir();
// $XDG_CONFIG_HOME/rapport, else ~/.config/rapport.
std::string config_dir();
// Where people look for their files: the documents folder xdg-user-dirs
// names, else ~/Documents (whether or not it exists yet); empty without a
// home.
std::string documents_dir();
// The same folder, made if it is missing (exports and invites go there, never
// into a hidden data folder); the home folder if it cannot be made.
std::string made_documents_dir();
// $XDG_RUNTIME_DIR, else a private /tmp/rapport-UID folder.
std::string runtime_dir();
// The database used when --db is not given.
std::string default_database_path();

// Creates `path` and missing parents; the last component gets mode 0700.
// Returns false with a reason when it cannot.
bool ensure_private_dir(const std::string& path, std::string& error);

// Absolute form of a path that may not exist yet (its parent is resolved).
std::string absolute_path(const std::string& path);

// Whether the user's locale writes the time of day with AM/PM (LC_TIME's
// time format, as the desktop's clock has it).
bool locale_uses_twelve_hour();

} // namespace rapport::platform
