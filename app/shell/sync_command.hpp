#pragma once
// `rapport sync`: one sync from a terminal; `--setup URL --user NAME` first
// stores the account. Exit 0 with a summary of what moved; 2 with one line
// for a bad setup or credentials; 1 when the server or the disk fails.
#include "shell/command_line.hpp"

#include <string>

namespace rapport {

int run_sync(const SyncCommand& command, const std::string& database_path);

} // namespace rapport
