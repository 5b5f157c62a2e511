#pragma once
// What a record looks like on a CardDAV or CalDAV server, and back: a person
// as a vCard 4.0, a conversation as a VEVENT, a follow-up as a VTODO with a
// VALARM, a note as a VJOURNAL, and every other record as a VJOURNAL that
// only Rapport reads. What has a standard property uses it, so a phone's
// contacts or tasks app shows and edits it; the rest travels as
// X-RAPPORT-<COLUMN>. Written from the server's previous copy, so the
// properties other apps added (and Rapport does not know) survive.
#include "core/sync_record.hpp"
#include "interop/event_time.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interop {

enum class DavCollection { Contacts, Calendar, Records };

// Where a table's records live.
DavCollection collection_of(std::string_view table);
// "<id>.vcf" or "<id>.ics": one item per record, named by its id, so a
// retried upload can never make a second copy.
std::string item_name(const core::SyncRecord& record);

// The item for `record`; `previous` is the server's copy (empty for a new
// one) whose unknown properties are kept. `title` is what a calendar shows
// ("Conversation with Amara Osei", "Thank Amara Osei").
// `replaced`: other devices' values that lost to this record's (one
// X-RAPPORT-REPLACED each), for those devices to read.
// `link`: where the item's event opens (a conversation's capture in the web
// app, "https://…/#capture=<id>"), written as its URL; empty for none.
// `home`: the person's zone; a conversation starts in it (TZID and its
// VTIMEZONE), so a phone shows and edits local time. UTC when empty.
std::string render_item(const core::SyncRecord& record, std::string_view previous,
                        std::string_view title, std::span<const core::ReplacedEdit> replaced = {},
                        std::string_view link = {}, const HomeZone& home = {});

// The record an item holds. A vCard with no X-RAPPORT-TABLE (made by a
// phone's contacts app) is a person; a calendar item Rapport did not write
// is nullopt with an empty `error` (not ours: left alone). Fields an item
// does not state are absent, never null. An event's times are read in
// their TZID's zone (the item's VTIMEZONE, else the zone database); floating
// times and all-day dates in `home`.
std::optional<core::SyncRecord> read_item(std::string_view text, std::string& error,
                                          const HomeZone& home = {});
// The values an item says lost to it on other devices (none if unreadable).
std::vector<core::ReplacedEdit> replaced_edits(std::string_view text);

} // namespace rapport::interop
