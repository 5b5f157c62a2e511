#include "store/name_collation.hpp"

#include <algorithm>
#include <cstring>

#if RAPPORT_HAVE_ICU
#include <unicode/ucol.h>
#endif

namespace rapport::store {
namespace {

#if RAPPORT_HAVE_ICU
int compare_names(void* collator, int a_size, const void* a, int b_size, const void* b) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        ucol_strcollUTF8(static_cast<UCollator*>(collator), static_cast<const char*>(a), a_size,
                         static_cast<const char*>(b), b_size, &status);
    if (U_FAILURE(status)) {
        const int common = std::min(a_size, b_size);
        const int bytes = std::memcmp(a, b, static_cast<size_t>(common));
        return bytes != 0 ? bytes : a_size - b_size;
    }
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

void close_collator(void* collator) {
    ucol_close(static_cast<UCollator*>(collator));
}
#endif

int compare_nocase(void*, int a_size, const void* a, int b_size, const void* b) {
    const int common = std::min(a_size, b_size);
    const int order =
        sqlite3_strnicmp(static_cast<const char*>(a), static_cast<const char*>(b), common);
    return order != 0 ? order : a_size - b_size;
}

// Makes the collation the first time a statement on this connection names
// it: most connections (a terminal capture, a background read) never sort
// by name, and need not open ICU.
void create_name_collation(sqlite3* db) {
#if RAPPORT_HAVE_ICU
    UErrorCode status = U_ZERO_ERROR;
    // "" is the process's locale (LANG, LC_ALL); ICU falls back to the root
    // order, which already sorts every script sensibly.
    UCollator* collator = ucol_open("", &status);
    if (U_SUCCESS(status) && collator) {
        sqlite3_create_collation_v2(db, "NAME", SQLITE_UTF8, collator, compare_names,
                                    close_collator);
        return;
    }
    if (collator) ucol_close(collator);
#endif
    sqlite3_create_collation_v2(db, "NAME", SQLITE_UTF8, nullptr, compare_nocase, nullptr);
}

void on_collation_needed(void*, sqlite3* db, int, const char* name) {
    if (sqlite3_stricmp(name, "NAME") == 0) create_name_collation(db);
}

} // namespace

void register_name_collation(sqlite3* db) {
    sqlite3_collation_needed(db, nullptr, on_collation_needed);
}

} // namespace rapport::store
