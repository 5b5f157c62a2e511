#pragma once
// Which reader a file needs, told from its content, not its name.
#include "core/imported_contact.hpp"

#include <string_view>

namespace rapport::interop {

enum class ContactFormat { Unknown, LinkedIn, Vcard, GoogleCsv };

ContactFormat detect_contact_format(std::string_view bytes);

// Reads contacts in any format above; an unknown one is an error saying
// which formats can be read.
core::ImportParse parse_contacts(std::string_view bytes);

} // namespace rapport::interop
