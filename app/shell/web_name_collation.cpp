// The NAME collation in the browser, which has no ICU in the wasm: the
// browser's own Unicode collator in the person's language (Intl.Collator,
// made once a page). Built into the web's store in place of
// store/name_collation.cpp (app/CMakeLists.txt), so the store names no
// platform.
#include "store/name_collation.hpp"

#include <algorithm>
#include <cstring>
#include <emscripten.h>

namespace rapport::store {
namespace {

EM_JS(int, browser_collate, (const char* a, int a_size, const char* b, int b_size), {
    if (!Module.rapportCollator)
        Module.rapportCollator = new Intl.Collator(undefined, {numeric : true});
    return Module.rapportCollator.compare(UTF8ToString(a, a_size), UTF8ToString(b, b_size));
});

int compare_in_browser(void*, int a_size, const void* a, int b_size, const void* b) {
    const int order =
        browser_collate(static_cast<const char*>(a), a_size, static_cast<const char*>(b), b_size);
    if (order != 0) return order;
    // Equal to the collator ("Zoe" and "zoe"): still a fixed order.
    const int common = std::min(a_size, b_size);
    const int bytes = std::memcmp(a, b, static_cast<size_t>(common));
    return bytes != 0 ? bytes : a_size - b_size;
}

// Made the first time a statement on this connection names it.
void on_collation_needed(void*, sqlite3* db, int, const char* name) {
    if (sqlite3_stricmp(name, "NAME") == 0)
        sqlite3_create_collation_v2(db, "NAME", SQLITE_UTF8, nullptr, compare_in_browser, nullptr);
}

} // namespace

void register_name_collation(sqlite3* db) {
    sqlite3_collation_needed(db, nullptr, on_collation_needed);
}

} // namespace rapport::store
