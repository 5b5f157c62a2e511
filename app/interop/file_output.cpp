#include "interop/file_output.hpp"

#include "interop/exports.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace rapport::interop {

bool write_file_atomically(const std::string& path, const std::string& data, std::string& error) {
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(data.data(), static_cast<std::streamsize>(data.size())) ||
            !out.flush()) {
            error = "cannot write " + path + ": " + std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) error = "cannot write " + path + ": " + ec.message();
    return !ec;
}

int write_markdown_folder(const std::string& folder, const core::ExportSet& set,
                          const core::Clock& clock, std::string& error) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(folder) / "people", ec);
    if (ec) {
        error = "cannot make the folder " + folder + ": " + ec.message();
        return -1;
    }
    const auto files = export_markdown(set, clock);
    for (const auto& [name, text] : files)
        if (!write_file_atomically(folder + "/" + name, text, error)) return -1;
    return static_cast<int>(files.size());
}

} // namespace rapport::interop
