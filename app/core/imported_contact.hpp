#pragma once
// A contact as another tool exported it, before it becomes a person: what
// every reader (LinkedIn CSV, vCard, Google CSV) produces and the import
// preview compares with the people already here.
#include "core/clock.hpp"
#include "core/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

struct ImportedContact {
    int line = 0; // where it starts in the file, for messages
    std::string name;
    std::string organisation;
    std::string role;
    std::optional<Millis> connected_on; // LinkedIn: when you connected
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::vector<std::string> links;
    std::string linkedin; // normalised profile URL
    std::vector<std::string> tags;
    std::string note; // their notes, plus whatever the format had that we do not model
    std::optional<Source> source;
    std::string uid;         // the file's own id (vCard UID), if any
    std::string related_uid; // vCard RELATED: who referred them
    bool operator==(const ImportedContact&) const = default;
};

// What a reader gives back: contacts, or the first problem with where it is.
struct ImportParse {
    std::string format; // "LinkedIn connections", "vCard", "Google Contacts CSV"
    std::vector<ImportedContact> contacts;
    int error_line = 0; // 1-based; 0 when the problem is not on one line
    std::string error;  // empty when the file was read
    bool ok() const { return error.empty(); }
};

} // namespace rapport::core
