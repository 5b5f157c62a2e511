#pragma once
// The JSON backup: every row of the user's data, and a restore that gives
// identical rows.
#include "store/connection.hpp"
#include "store/import.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

class BackupRepository : public Repository {
  public:
    explicit BackupRepository(Connection& connection) : Repository(connection) {}

    // Every row of the user's data as JSON; restore gives identical rows.
    Error to_json(std::string& out);
    // Refuses a database with people, notes or conversations unless
    // `replace_existing`; then replaces everything, in one transaction.
    // `progress` (optional) counts rows as they go in, and its `cancel`
    // stops the restore with nothing changed.
    Error restore(std::string_view json, bool replace_existing, ImportProgress* progress = nullptr);
    static bool is_backup(std::string_view text);
    std::vector<std::string> table_columns(const std::string& table);
    std::int64_t count_user_rows();
};

} // namespace rapport::store
