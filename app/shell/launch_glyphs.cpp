#include "shell/launch_glyphs.hpp"

#include "ui/text/script_text.hpp"

#include <sqlite3.h>

namespace rapport {

std::vector<char32_t> glyphs_in_names(const std::string& database_path) {
    sqlite3* db = nullptr;
    // Its own read-only connection: this runs on the fonts' thread.
    if (sqlite3_open_v2(database_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    ui::ScriptText text; // notes what it would show, Arabic's joined forms too
    sqlite3_stmt* names = nullptr;
    // Only names with a byte beyond ASCII: most rows are skipped by SQLite.
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM person WHERE deleted_at IS NULL AND "
                           "name GLOB '*[^ -~]*'",
                           -1, &names, nullptr) == SQLITE_OK) {
        while (sqlite3_step(names) == SQLITE_ROW)
            if (const auto* name = sqlite3_column_text(names, 0))
                text.shown(reinterpret_cast<const char*>(name));
    }
    sqlite3_finalize(names);
    sqlite3_close(db);
    return text.glyphs().wanted();
}

} // namespace rapport
