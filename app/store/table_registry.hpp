#pragma once
// Every table a person's data lives in, named once: the order rows go back
// in (parents first), which of them travel to the person's other devices and
// how, and which columns name a person. The backup, sync and a merge of two
// people all read this list, so a new table is added here and nowhere else.
#include <array>
#include <span>
#include <string_view>

namespace rapport::store {

// A column that names a person: a merge moves it to the person kept.
struct PersonColumn {
    const char* column;
    bool stamped; // moving it also sets the row's updated_at (what sync notices)
};

struct TableInfo {
    const char* name;
    const char* key;        // the primary key's column
    const char* sync_stamp; // the column that says when it last changed; nullptr: not synced
    bool soft_delete;       // a deletion sets deleted_at (else the row goes)
    std::array<PersonColumn, 2> people; // {nullptr, false} where there are fewer
};

// Parents first: a row arrives after the rows it points at.
std::span<const TableInfo> data_tables();
// nullptr for a table not listed.
const TableInfo* table_info(std::string_view name);

} // namespace rapport::store
