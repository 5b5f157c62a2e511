// vCard reading: any bytes give contacts or an error naming a line; never a crash.
#include "interop/vcard.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = rapport::interop::parse_vcards(text);
    // A failure says why; a success has contacts with names.
    if (!parsed.ok() && parsed.error.empty()) std::abort();
    for (const auto& c : parsed.contacts)
        if (c.name.empty()) std::abort();
    return 0;
}
