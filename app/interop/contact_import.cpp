#include "interop/contact_import.hpp"

#include "interop/contact_csv.hpp"
#include "interop/text_encoding.hpp"
#include "interop/vcard.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace rapport::interop {

ContactFormat detect_contact_format(std::string_view bytes) {
    // The first few kilobytes, as text, upper-cased for vCard's case-free names.
    const DecodedText head = decode_text(bytes.substr(0, 8192));
    std::string upper = head.text;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.find("BEGIN:VCARD") != std::string::npos) return ContactFormat::Vcard;
    const std::string& text = head.text;
    if (text.find("First Name,Last Name,URL") != std::string::npos ||
        (text.rfind("Notes:", 0) == 0 && text.find("Connected On") != std::string::npos))
        return ContactFormat::LinkedIn;
    const size_t line_end = text.find('\n');
    const std::string header = text.substr(0, line_end);
    if (header.find("Given Name") != std::string::npos ||
        (header.find("First Name") != std::string::npos &&
         (header.find("Organization Name") != std::string::npos ||
          header.find("E-mail 1 - Value") != std::string::npos)))
        return ContactFormat::GoogleCsv;
    return ContactFormat::Unknown;
}

core::ImportParse parse_contacts(std::string_view bytes) {
    switch (detect_contact_format(bytes)) {
    case ContactFormat::LinkedIn:
        return parse_linkedin_connections(bytes);
    case ContactFormat::Vcard:
        return parse_vcards(bytes);
    case ContactFormat::GoogleCsv:
        return parse_google_csv(bytes);
    case ContactFormat::Unknown:
        break;
    }
    core::ImportParse result;
    result.error = "this is not a file Rapport can import: it reads LinkedIn Connections.csv, "
                   "vCard (.vcf), Google Contacts CSV and Rapport's own JSON backup";
    return result;
}

} // namespace rapport::interop
