// The JSON backup: a restore either succeeds or changes nothing.
#include "store/store.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <memory>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static rapport::core::ManualClock clock{1'795'600'800'000};
    static std::unique_ptr<rapport::store::Store> store = [] {
        rapport::store::Error error;
        auto s = rapport::store::Store::open(":memory:", clock, error);
        if (!s) std::abort();
        return s;
    }();
    // Someone is always there to lose, so a bad restore would show.
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
