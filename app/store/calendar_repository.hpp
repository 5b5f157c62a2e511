#pragma once
// The account's other calendars (a person's Work or Personal calendar on the
// same server), read for meetings with people in Rapport and never written:
// which the person watches (Settings → Sync), each one's events as last
// read, and which planned conversations came from them. Kept on the device,
// never synced: every device reads the calendars for itself.
#include "store/connection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

struct CalendarSource {
    std::string url;
    std::string name; // as the server names it: "Work"
    bool watched = true;
    std::string version; // the sync-token or CTag its events were last read at
};

struct CalendarEvent {
    std::string href;
    std::string etag;
    std::string data; // the iCalendar object
};

// A person as events are matched with them.
struct MatchablePerson {
    std::string id;
    std::string name;
    std::vector<std::string> emails;
};

class CalendarRepository : public Repository {
  public:
    explicit CalendarRepository(Connection& connection) : Repository(connection) {}

    // Every calendar the account has besides Rapport's own, by name.
    std::vector<CalendarSource> sources();
    // The calendars the server lists now: a new one is watched (all are, by
    // default), one no longer listed is forgotten with its events.
    Error set_sources(const std::vector<CalendarSource>& listed);
    // The switch in Settings → Sync. An unwatched calendar's events are
    // forgotten; its meetings go at the next read.
    Error set_watched(const std::string& url, bool watched);
    // Its events were read at this version: not read again until it changes.
    Error set_version(const std::string& url, const std::string& version);

    std::vector<CalendarEvent> events(const std::string& calendar_url);
    Error put_event(const std::string& calendar_url, const CalendarEvent& event);
    Error remove_event(const std::string& calendar_url, const std::string& href);

    // The conversations made from a calendar's events, and from which one.
    std::vector<std::pair<std::string, std::string>> meetings(); // (conversation id, calendar url)
    Error link_meeting(const std::string& conversation_id, const std::string& calendar_url);
    Error unlink_meeting(const std::string& conversation_id);
    // "Work" when the conversation came from the Work calendar.
    std::optional<std::string> calendar_of(const std::string& conversation_id);
    // Planned and from another calendar: its event is there, so sync does
    // not write a copy into Rapport's calendar (until notes make it ours).
    bool is_planned_meeting(const std::string& conversation_id);
    // Everyone not deleted, with their emails.
    std::vector<MatchablePerson> people_to_match();
};

} // namespace rapport::store
