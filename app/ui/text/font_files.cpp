#include "ui/text/font_files.hpp"

#if RAPPORT_HAVE_HARFBUZZ
#include <hb-subset.h>
#endif

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::ui {

FontFiles::~FontFiles() {
    for (auto& [path, bytes] : mapped_)
        if (bytes.data) munmap(const_cast<unsigned char*>(bytes.data), bytes.size);
}

void FontFiles::let_go() {
    // Clean file pages: dropped from memory, read back from the page cache
    // if touched again.
    for (auto& [path, bytes] : mapped_)
        if (bytes.data) madvise(const_cast<unsigned char*>(bytes.data), bytes.size, MADV_DONTNEED);
    subsets_.clear();
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
            // Glyphs lie scattered over the file: read only the pages asked
            // for, not the kernel's usual read-ahead around each (which made
            // a CJK collection 5 MB resident for a few dozen characters).
            madvise(data, static_cast<size_t>(info.st_size), MADV_RANDOM);
            bytes.data = static_cast<const unsigned char*>(data);
            bytes.size = static_cast<unsigned long>(info.st_size);
        }
    }
    if (fd >= 0) ::close(fd);
    mapped_.emplace(name, bytes); // a missing file is not tried again each rebuild
    return bytes;
}

FontFiles::Bytes FontFiles::subset(std::string_view path, int face,
                                   const std::vector<char32_t>& characters) {
#if RAPPORT_HAVE_HARFBUZZ
    const std::string name(path);
    hb_blob_t* file = hb_blob_create_from_file_or_fail(name.c_str());
    if (!file) return {};
    hb_face_t* source = hb_face_create(file, static_cast<unsigned>(face));
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    Bytes bytes;
    if (input) {
        hb_set_t* unicodes = hb_subset_input_unicode_set(input);
        for (const char32_t c : characters)
            hb_set_add(unicodes, c);
        // Dear ImGui draws code points: no shaping, no vertical metrics, no
        // hinting. Without GSUB the subsetter also skips its closure.
        hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const hb_tag_t tag :
             {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
              HB_TAG('B', 'A', 'S', 'E'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('v', 'h', 'e', 'a'),
              HB_TAG('v', 'm', 't', 'x')})
            hb_set_add(drop, tag);
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t* cut = hb_subset_or_fail(source, input)) {
            hb_blob_t* blob = hb_face_reference_blob(cut);
            unsigned int size = 0;
            const char* data = hb_blob_get_data(blob, &size);
            std::vector<unsigned char>& kept = subsets_[name + "#" + std::to_string(face)];
            kept.assign(data, data + size);
            bytes = {kept.data(), static_cast<unsigned long>(kept.size())};
            hb_blob_destroy(blob);
            hb_face_destroy(cut);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(source);
    hb_blob_destroy(file); // the file's pages go with it
    return bytes;
#else
    (void)face;
    (void)characters;
    return open(path);
#endif
}

} // namespace rapport::ui
