#pragma once
// A table's columns, listed once. The select list, the upsert, how a row
// becomes a record and how a record binds into the upsert all come from the
// one list, so adding a column is one line and reads and writes cannot
// disagree about positions. (The JSON backup copies whole rows by the
// schema itself, so it needs no list.)
#include "core/enum_names.hpp"
#include "store/database.hpp"
#include "store/row_codec.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

// How one C++ type is read from a column and bound to a parameter.
template <class T> struct ColumnCodec;
template <> struct ColumnCodec<std::string> {
    static void read(const Statement& row, int i, std::string& v) { v = row.text(i); }
    static void bind(Statement& s, int i, const std::string& v) { s.bind(i, v); }
};
template <> struct ColumnCodec<std::optional<std::string>> {
    static void read(const Statement& row, int i, std::optional<std::string>& v) {
        v = row.optional_text(i);
    }
    static void bind(Statement& s, int i, const std::optional<std::string>& v) { s.bind(i, v); }
};
template <> struct ColumnCodec<std::int64_t> {
    static void read(const Statement& row, int i, std::int64_t& v) { v = row.integer(i); }
    static void bind(Statement& s, int i, std::int64_t v) { s.bind(i, v); }
};
template <> struct ColumnCodec<int> {
    static void read(const Statement& row, int i, int& v) { v = static_cast<int>(row.integer(i)); }
    static void bind(Statement& s, int i, int v) { s.bind(i, v); }
};
template <> struct ColumnCodec<bool> {
    static void read(const Statement& row, int i, bool& v) { v = row.integer(i) != 0; }
    static void bind(Statement& s, int i, bool v) { s.bind(i, v ? 1 : 0); }
};
template <class N> struct ColumnCodec<std::optional<N>> { // a nullable number
    static void read(const Statement& row, int i, std::optional<N>& v) {
        if (row.is_null(i))
            v.reset();
        else
            v = static_cast<N>(row.integer(i));
    }
    static void bind(Statement& s, int i, const std::optional<N>& v) {
        if (v)
            s.bind(i, static_cast<std::int64_t>(*v));
        else
            s.bind_null(i);
    }
};
// Lists: one value per line (row_codec.hpp).
template <> struct ColumnCodec<std::vector<std::string>> {
    static void read(const Statement& row, int i, std::vector<std::string>& v) {
        v = split_lines(row.text(i));
    }
    static void bind(Statement& s, int i, const std::vector<std::string>& v) {
        s.bind(i, join_lines(v));
    }
};

template <class R> struct Column {
    const char* name;
    void (*read)(const Statement& row, int index, R& record);
    void (*bind)(Statement& statement, int index, const R& record);
    // False: written when the row is first inserted and never changed by a
    // later save (a message's sent time is set by sending, not by the draft).
    bool updated = true;
};

template <class> struct MemberOf;
template <class C, class T> struct MemberOf<T C::*> {
    using Record = C;
    using Value = T;
};

// A column holding one member as it is.
template <auto Member>
Column<typename MemberOf<decltype(Member)>::Record> column(const char* name, bool updated = true) {
    using R = typename MemberOf<decltype(Member)>::Record;
    using V = typename MemberOf<decltype(Member)>::Value;
    return {
        name, [](const Statement& row, int i, R& r) { ColumnCodec<V>::read(row, i, r.*Member); },
        [](Statement& s, int i, const R& r) { ColumnCodec<V>::bind(s, i, r.*Member); }, updated};
}

// A member of a member (a person's research.education).
template <auto Outer, auto Inner>
Column<typename MemberOf<decltype(Outer)>::Record> nested_column(const char* name) {
    using R = typename MemberOf<decltype(Outer)>::Record;
    using V = typename MemberOf<decltype(Inner)>::Value;
    return {
        name,
        [](const Statement& row, int i, R& r) { ColumnCodec<V>::read(row, i, (r.*Outer).*Inner); },
        [](Statement& s, int i, const R& r) { ColumnCodec<V>::bind(s, i, (r.*Outer).*Inner); }};
}

// An enum member, stored as its stable code (core/enum_names.hpp); an
// unknown code reads as the first value.
template <auto Member, auto Names>
Column<typename MemberOf<decltype(Member)>::Record> code_column(const char* name) {
    using R = typename MemberOf<decltype(Member)>::Record;
    return {name,
            [](const Statement& row, int i, R& r) { r.*Member = decode(Names(), row.text(i)); },
            [](Statement& s, int i, const R& r) { s.bind(i, core::code_of(Names(), r.*Member)); }};
}

// Which time stamps a table keeps. They follow the listed columns; the save
// ritual (save_ritual.hpp) sets them.
enum class Stamps { Created, Updated, CreatedAndUpdated };

template <class R> class Table {
  public:
    // `computed`: columns that are not the record's own, derived when it is
    // saved (a person's organisation_id), bound after everything else.
    Table(const char* name, std::initializer_list<Column<R>> columns, Stamps stamps,
          std::initializer_list<const char*> computed = {})
        : name_(name), columns_(columns), stamps_(stamps) {
        for (const Column<R>& c : columns_)
            written_.emplace_back(c.name);
        if (has_created()) written_.emplace_back("created_at");
        if (has_updated()) written_.emplace_back("updated_at");
        for (const char* c : computed)
            written_.emplace_back(c);
        std::string names, values, updates;
        for (size_t i = 0; i < written_.size(); ++i) {
            const std::string& column = written_[i];
            names += (i ? ", " : "") + column;
            values += (i ? ",?" : "?") + std::to_string(i + 1);
            const bool kept = column == "id" || column == "created_at" ||
                              (i < columns_.size() && !columns_[i].updated);
            if (!kept) updates += (updates.empty() ? "" : ", ") + column + "=excluded." + column;
        }
        upsert_ = std::string("INSERT INTO ") + name_ + "(" + names + ") VALUES (" + values +
                  ") ON CONFLICT(id) DO UPDATE SET " + updates;
    }

    const char* name() const { return name_; }
    bool has_created() const { return stamps_ != Stamps::Updated; }
    bool has_updated() const { return stamps_ != Stamps::Created; }
    // How many parameters the record fills (its columns and stamps).
    int width() const {
        return static_cast<int>(columns_.size()) + (has_created() ? 1 : 0) +
               (has_updated() ? 1 : 0);
    }

    // "id, name, …, created_at, updated_at"; with an alias "p.id, p.name, …".
    std::string select_list(std::string_view alias = {}) const {
        std::string out;
        for (int i = 0; i < width(); ++i) {
            if (i) out += ", ";
            if (!alias.empty()) (out += alias) += '.';
            out += written_[static_cast<size_t>(i)];
        }
        return out;
    }

    // A row whose columns, from `first` on, are select_list()'s.
    R read(const Statement& row, int first = 0) const {
        R record{};
        int i = first;
        for (const Column<R>& c : columns_)
            c.read(row, i++, record);
        if (has_created()) {
            if constexpr (requires { record.created_at; }) record.created_at = row.integer(i);
            ++i;
        }
        if (has_updated()) {
            if constexpr (requires { record.updated_at; }) record.updated_at = row.integer(i);
        }
        return record;
    }

    // Every column a save writes, computed ones included.
    const std::vector<std::string>& written_columns() const { return written_; }

    // INSERT … ON CONFLICT(id) DO UPDATE: every column but the id, the
    // creation time and those kept from the insert.
    const std::string& upsert_sql() const { return upsert_; }

    // Binds ?1…?width(); a stamp the record does not keep is `now`.
    void bind(Statement& s, const R& record, std::int64_t now) const {
        int i = 1;
        for (const Column<R>& c : columns_)
            c.bind(s, i++, record);
        if (has_created()) {
            if constexpr (requires { record.created_at; })
                s.bind(i, record.created_at);
            else
                s.bind(i, now);
            ++i;
        }
        if (has_updated()) {
            if constexpr (requires { record.updated_at; })
                s.bind(i, record.updated_at);
            else
                s.bind(i, now);
        }
    }

  private:
    const char* name_;
    std::vector<Column<R>> columns_;
    Stamps stamps_;
    std::vector<std::string> written_; // the columns, the stamps, then the computed ones
    std::string upsert_;
};

} // namespace rapport::store
