// Format detection and dispatch, and text decoding (UTF-8, UTF-16, 1252).
#include "interop/contact_import.hpp"
#include "interop/text_encoding.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto decoded = rapport::interop::decode_text(bytes);
    if (decoded.error.empty() && !rapport::interop::is_valid_utf8(decoded.text)) std::abort();
    const auto parsed = rapport::interop::parse_contacts(bytes);
    if (!parsed.ok() && parsed.error.empty()) std::abort();
    return 0;
}
