#include "ui/text/font_files.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::ui {

FontFiles::~FontFiles() {
    for (auto& [path, bytes] : mapped_)
        if (bytes.data) munmap(const_cast<unsigned char*>(bytes.data), bytes.size);
}

FontFiles::Bytes FontFiles::open(std::string_view path) {
    if (auto found = mapped_.find(path); found != mapped_.end()) return found->second;
    Bytes bytes;
    const std::string name(path);
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat info {};
    if (fd >= 0 && fstat(fd, &info) == 0 && info.st_size > 12) {
        void* data =
            mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (data != MAP_FAILED) {
            bytes.data = static_cast<const unsigned char*>(data);
            bytes.size = static_cast<unsigned long>(info.st_size);
        }
    }
    if (fd >= 0) ::close(fd);
    mapped_.emplace(name, bytes); // a missing file is not tried again each rebuild
    return bytes;
}

} // namespace rapport::ui
