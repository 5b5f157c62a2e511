#pragma once
// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) reading, and vCard 4.0
// writing. Written here: Debian's vCard code lives inside large desktop
// stacks (evolution-data-server), and an import must name the line of a
// problem.
#include "core/imported_contact.hpp"
#include "core/person.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop {

// Every card in the text: folded lines, escaping, QUOTED-PRINTABLE and
// CHARSET (2.1), grouped properties (item1.EMAIL), several cards per file.
// Properties we do not model are kept, one per line, in the contact's note.
core::ImportParse parse_vcards(std::string_view text);

struct VcardExtras {
    std::string referrer_id; // RELATED: who referred them, by our id
    std::string research;    // NOTE: the research summary
};
// One vCard 4.0, folded at 75 octets, CRLF line ends. UID is
// urn:uuid:<person id>, stable across exports.
std::string write_vcard(const core::Person& person, const VcardExtras& extras);

} // namespace rapport::interop
