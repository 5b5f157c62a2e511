// The JSON backup: a restore either succeeds or changes nothing.
#include "tests/fuzz/fuzz_store.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <memory>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rapport::store::Store* store = &rapport::fuzzing::fuzz_store("Kept Person");
    // Someone is always there to lose, so a bad restore would show (a good
    // one may have restored nobody).
    if (store->people().count() == 0) {
        rapport::core::Person p;
        p.name = "Kept Person";
        if (store->people().save(p)) std::abort();
    }
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string before;
    if (store->backups().to_json(before)) std::abort();
    if (store->backups().restore(text, true)) {
        std::string after;
        if (store->backups().to_json(after) || after != before) std::abort(); // changed on failure
    }
    return 0;
}
