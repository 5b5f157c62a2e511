// Search: whatever is typed becomes a valid FTS5 query; SQLite never sees
// a syntax error.
#include "tests/fuzz/fuzz_store.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rapport::store::Store* store =
        &rapport::fuzzing::fuzz_store("Amara Osei", "UX researcher \"quoted\" AND OR NOT NEAR(x)");
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string query = rapport::store::fts_query_for(text);
    if (query.empty()) return 0;
    rapport::store::Statement q =
        store->database().prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1");
    q.bind(1, query);
    q.step();
    if (q.error()) {
        std::fprintf(stderr, "FTS rejected %s: %s\n", query.c_str(), q.error().message.c_str());
        std::abort();
    }
    store->search().find(text, 5);
    return 0;
}
