// CSV and the CSV contact readers (LinkedIn, Google).
#include "interop/contact_csv.hpp"
#include "interop/csv.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto table = rapport::interop::parse_csv(text);
    if (table.error.empty()) {
        // What was read writes back and reads again the same.
        std::string again;
        for (const auto& r : table.records)
            again += rapport::interop::csv_record(r.fields);
        const auto reread = rapport::interop::parse_csv(again);
        if (!reread.error.empty() || reread.records.size() != table.records.size()) std::abort();
        for (size_t i = 0; i < table.records.size(); ++i)
            if (reread.records[i].fields != table.records[i].fields) std::abort();
    }
    rapport::interop::parse_linkedin_connections(text);
    rapport::interop::parse_google_csv(text);
    return 0;
}
