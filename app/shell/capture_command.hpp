#pragma once
// `rapport capture [--person NAME [--new] [--met]] TEXT…`: files a note from
// a terminal by the same rule as the capture screen (services/capture), with
// no window and no GL, and tells a running Rapport to read it. Exit 0; 2
// with one line naming what is wrong (an unknown person: the closest names);
// 1 when the disk or database fails.
#include "shell/command_line.hpp"

#include <string>

namespace rapport {

int run_capture(const CaptureCommand& command, const std::string& database_path);

} // namespace rapport
