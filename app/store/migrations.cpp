#include "store/migrations.hpp"

#include "store/schema_steps.hpp"

#include <string>

namespace rapport::store {

int latest_schema_version() {
    return static_cast<int>(schema_steps().size());
}

const char* migration_sql(int version) {
    return version >= 1 && version <= latest_schema_version()
               ? schema_steps()[static_cast<size_t>(version - 1)]
               : "";
}

Error migrate(Database& db, int from_version) {
    for (int version = from_version + 1; version <= latest_schema_version(); ++version) {
        Transaction transaction(db);
        if (transaction.begin_error()) return transaction.begin_error();
        if (Error error = db.exec(migration_sql(version))) return error;
        if (Error error = db.exec("PRAGMA user_version = " + std::to_string(version))) return error;
        if (Error error = transaction.commit()) return error;
    }
    return {};
}

} // namespace rapport::store
