#pragma once
// The schema as a list of steps; PRAGMA user_version says how many ran.
#include "store/database.hpp"

namespace rapport::store {

// The version this build writes.
int latest_schema_version();
// The SQL of one step (1-based), for tests that build old databases.
const char* migration_sql(int version);
// Runs every step above the file's version, each in its own transaction.
Error migrate(Database& db, int from_version);

} // namespace rapport::store
