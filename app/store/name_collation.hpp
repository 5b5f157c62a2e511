#pragma once
// How names sort: by the Unicode Collation Algorithm in the user's locale
// (ICU), so "Émile" sorts among the E's, not after "Zoe", and each script's
// names in its own alphabetical order. SQL says `COLLATE NAME`.
#include <sqlite3.h>

namespace rapport::store {

// Registers the NAME collation on this connection. In the web build (no
// ICU) it is the browser's Intl.Collator (shell/web_name_collation.cpp, built
// in place of store/name_collation.cpp); elsewhere without ICU, SQLite's
// NOCASE order.
void register_name_collation(sqlite3* db);

} // namespace rapport::store
