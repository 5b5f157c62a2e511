#include "shell/launch_glyphs.hpp"

#include "ui/text/bidi.hpp"
#include "ui/text/glyph_needs.hpp"

#include <string>

#include <sqlite3.h>

namespace rapport {

std::vector<char32_t> glyphs_in_names(const std::string& database_path) {
    sqlite3* db = nullptr;
    // Its own read-only connection: this runs on the fonts' thread.
    if (sqlite3_open_v2(database_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    ui::GlyphNeeds needs;
    sqlite3_stmt* names = nullptr;
    // Only names with a byte beyond ASCII: most rows are skipped by SQLite.
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM person WHERE deleted_at IS NULL AND "
                           "name GLOB '*[^ -~]*'",
                           -1, &names, nullptr) == SQLITE_OK) {
        while (sqlite3_step(names) == SQLITE_ROW)
            if (const auto* text = sqlite3_column_text(names, 0)) {
                const std::string name(reinterpret_cast<const char*>(text));
                needs.note(name);
                // Arabic's joined forms, as the name will be drawn.
                if (ui::has_right_to_left(name)) needs.note(ui::visual_order(name));
            }
    }
    sqlite3_finalize(names);
    sqlite3_close(db);
    return needs.wanted();
}

} // namespace rapport
