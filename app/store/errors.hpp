#pragma once
// Failures the UI can name to the user, mapped from SQLite result codes.
#include <string>

namespace rapport::store {

enum class ErrorKind {
    None,
    DiskFull, // SQLITE_FULL
    ReadOnly, // SQLITE_READONLY, or a file we may not write
    Busy,     // SQLITE_BUSY / LOCKED: another process holds the database
    Damaged,  // SQLITE_CORRUPT / NOTADB
    TooNew,   // written by a newer Rapport
    CannotOpen,
    Invalid, // bad input from the user; nothing changed
    Other,
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    std::string message; // plain language, names the file or field

    explicit operator bool() const { return kind != ErrorKind::None; }
};

ErrorKind error_kind_for(int sqlite_code);

} // namespace rapport::store
