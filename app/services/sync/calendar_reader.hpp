#pragma once
// Meetings planned elsewhere: the account's other calendars (Work,
// Personal…) read after each sync, never written. An event whose attendee
// or organizer has a person's email, or whose title holds a person's full
// name, becomes a planned conversation with them "from your Work calendar",
// one per occurrence from kJustEndedFor ago to kLookAhead on; moving,
// cancelling or deleting it there moves, cancels or removes it here, while
// it is still only planned. Its id comes from the event's UID and
// occurrence, so every device reading the calendar makes the same one.
#include "interop/event_time.hpp"
#include "services/sync/dav_client.hpp"
#include "store/store.hpp"

#include <string>

namespace rapport::sync {

// How far ahead meetings are read.
constexpr core::Millis kLookAhead = 60 * core::kDay;

struct CalendarReading {
    int meetings = 0; // planned conversations from the watched calendars now
    int changed = 0;  // of those made, moved, cancelled or removed by this read
};

// `home`: the calendar home (where Rapport's own calendar is); `own`:
// Rapport's collections there, never read as another calendar.
DavError read_calendars(store::Store& store, DavClient& dav, const std::string& home,
                        const std::vector<std::string>& own, const interop::HomeZone& zone,
                        CalendarReading& reading);

// The conversation id an event's occurrence becomes: "cal-" and a hash of
// its UID and RECURRENCE-ID.
std::string meeting_id(const std::string& uid, const std::string& recurrence_id);

} // namespace rapport::sync
