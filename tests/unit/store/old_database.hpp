#pragma once
// A database file as an older release left it: the schema's first steps run
// by hand (store/schema_steps.cpp), then `sql` (rows that release wrote).
#include "store/migrations.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <string>

namespace rapport::testing {

inline void write_old_database(const std::string& path, int version, const std::string& sql = "") {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    for (int step = 1; step <= version; ++step)
        REQUIRE(sqlite3_exec(raw, store::migration_sql(step), nullptr, nullptr, nullptr) ==
                SQLITE_OK);
    const std::string rest = sql + "; PRAGMA user_version = " + std::to_string(version) + ";";
    REQUIRE(sqlite3_exec(raw, rest.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace rapport::testing
