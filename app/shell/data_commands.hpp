#pragma once
// `rapport import`, `rapport export` and `rapport search`: no window, exit 0
// on success, 2 with a reason on bad input, 1 when the disk or database
// fails.
#include "shell/command_line.hpp"

#include <string>

namespace rapport {

int run_import(const ImportCommand& command, const std::string& database_path);
int run_export(const ExportCommand& command, const std::string& database_path);
int run_search(const SearchCommand& command, const std::string& database_path);

} // namespace rapport
