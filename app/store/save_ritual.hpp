#pragma once
// The save ritual every record shares, written once: refuse when the store
// is read-only, refuse what does not validate, then in one transaction stamp
// the record (a new id and creation time when new, the update time always),
// upsert its row (table.hpp) and run what the record brings along (its
// questions, a stage change), all or nothing.
#include "store/connection.hpp"
#include "store/table.hpp"
#include "store/uuid.hpp"

namespace rapport::store {

// For a record with nothing to do after its row is written.
inline Error nothing_more(bool /*is_new*/, core::Millis /*now*/) {
    return {};
}

// `problem`: why the record cannot be saved ("" when it can). `after(is_new,
// now)` runs inside the transaction once the row is written. `computed`
// fills the table's computed columns, in order.
template <class R, class After>
Error Repository::save_record(const Table<R>& table, R& record, const std::string& problem,
                              After&& after,
                              std::initializer_list<std::optional<std::string>> computed) {
    if (Error e = refuse_if_read_only()) return e;
    if (!problem.empty()) return {ErrorKind::Invalid, problem};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = clock_.now();
    // New: no id yet, or an id chosen elsewhere (a vCard's UID kept by an
    // import) that no row has, on a record never saved.
    bool is_new = record.id.empty();
    if (is_new) {
        record.id = new_uuid();
    } else if constexpr (requires { record.created_at; }) {
        if (record.created_at == 0) {
            Statement taken =
                db_.prepare(std::string("SELECT 1 FROM ") + table.name() + " WHERE id = ?1");
            taken.bind(1, record.id);
            is_new = !taken.step();
        }
    }
    if constexpr (requires { record.created_at; })
        if (is_new) record.created_at = now;
    if constexpr (requires { record.updated_at; }) record.updated_at = now;

    Statement upsert = db_.prepare(table.upsert_sql());
    table.bind(upsert, record, now);
    int index = table.width();
    for (const std::optional<std::string>& value : computed)
        upsert.bind(++index, value);
    if (!upsert.run()) return upsert.error();
    if (Error e = after(is_new, now)) return e;
    return transaction.commit();
}

} // namespace rapport::store
