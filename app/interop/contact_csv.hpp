#pragma once
// Contacts from CSV exports: LinkedIn's Connections.csv and Google
// Contacts (both the older "Given Name" and the newer "First Name" header).
#include "core/imported_contact.hpp"

#include <string>
#include <string_view>

namespace rapport::interop {

// LinkedIn: a "Notes:" preamble, then First Name, Last Name, URL, Email
// Address, Company, Position, Connected On ("24 Aug 2023"). Rows with only a
// date (connections who left LinkedIn) are skipped.
core::ImportParse parse_linkedin_connections(std::string_view text);

// Google Contacts CSV; several values in one cell are joined by " ::: ".
core::ImportParse parse_google_csv(std::string_view text);

// "24 Aug 2023" (or "2023-08-24") → midnight UTC that day.
std::optional<core::Millis> parse_day_month_year(std::string_view text);

} // namespace rapport::interop
