#pragma once
// `rapport remind`: a notification for each follow-up that fell due, run by
// the systemd user timer while Rapport is closed.
#include "shell/command_line.hpp"

#include <string>

namespace rapport {

int run_remind(const CommandLine& command, const std::string& database_path);

} // namespace rapport
