#pragma once
// Writing exports to disk: whole files or nothing, and the Markdown folder.
#include "core/clock.hpp"
#include "core/export_set.hpp"

#include <string>

namespace rapport::interop {

// Through a temporary file and a rename: a failed write never leaves half a
// file where a good one was. False with a reason ("cannot write PATH: …").
bool write_file_atomically(const std::string& path, const std::string& data, std::string& error);

// The Markdown export as files under `folder` (made, with people/, if
// missing). Returns how many were written, or -1 with a reason.
int write_markdown_folder(const std::string& folder, const core::ExportSet& set,
                          const core::Clock& clock, std::string& error);

} // namespace rapport::interop
