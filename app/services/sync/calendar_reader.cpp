#include "services/sync/calendar_reader.hpp"

#include "core/text.hpp"
#include "store/end_prompt_repository.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

namespace rapport::sync {
namespace {

struct Known {
    std::string id;
    std::string name; // lower case
    std::vector<std::string> emails;
};

std::vector<Known> people_of(store::Store& store) {
    std::vector<Known> out;
    for (const store::MatchablePerson& p : store.calendars().people_to_match()) {
        Known k{p.id, core::lower_ascii(p.name), {}};
        for (const std::string& e : p.emails)
            k.emails.push_back(core::lower_ascii(core::trim(e)));
        out.push_back(std::move(k));
    }
    return out;
}

bool is_word_edge(const std::string& text, size_t at) {
    if (at >= text.size()) return true;
    const unsigned char c = static_cast<unsigned char>(text[at]);
    return !(std::isalnum(c) || c >= 0x80);
}

// The title holds the full name (two words or more) as whole words.
bool title_names(const std::string& title, const std::string& name) {
    if (core::word_count(name) < 2) return false;
    for (size_t at = title.find(name); at != std::string::npos; at = title.find(name, at + 1))
        if ((at == 0 || is_word_edge(title, at - 1)) && is_word_edge(title, at + name.size()))
            return true;
    return false;
}

std::string person_for(const interop::EventFacts& facts, const std::vector<Known>& people) {
    for (const Known& k : people)
        for (const std::string& email : k.emails)
            if (std::find(facts.emails.begin(), facts.emails.end(), email) != facts.emails.end())
                return k.id;
    const std::string title = core::lower_ascii(facts.summary);
    for (const Known& k : people)
        if (title_names(title, k.name)) return k.id;
    return {};
}

// Lists the calendar's items and fetches the ones new or changed since the
// last read; forgets the ones gone.
DavError refresh_events(store::Store& store, DavClient& dav, const std::string& url) {
    std::vector<DavItem> listed;
    if (DavError e = dav.list(url, listed)) return e;
    std::map<std::string, std::string> known; // href -> etag
    for (const store::CalendarEvent& event : store.calendars().events(url))
        known[event.href] = event.etag;
    std::vector<std::string> wanted;
    std::set<std::string> present;
    for (const DavItem& item : listed) {
        present.insert(item.url);
        const auto it = known.find(item.url);
        if (it == known.end() || it->second != item.etag || item.etag.empty())
            wanted.push_back(item.url);
    }
    for (const auto& [href, etag] : known)
        if (!present.count(href))
            if (store::Error e = store.calendars().remove_event(url, href))
                return {DavProblem::Server, e.message};
    if (wanted.empty()) return {};
    std::vector<DavItem> fetched;
    if (DavError e = dav.fetch(url, false, wanted, fetched)) return e;
    for (const DavItem& item : fetched)
        if (store::Error e = store.calendars().put_event(url, {item.url, item.etag, item.data}))
            return {DavProblem::Server, e.message};
    return {};
}

} // namespace

std::string meeting_id(const std::string& uid, const std::string& recurrence_id) {
    // FNV-1a, twice over with different seeds: stable everywhere, no library.
    const auto fnv = [](const std::string& text, std::uint64_t hash) {
        for (unsigned char c : text)
            hash = (hash ^ c) * 1099511628211ULL;
        return hash;
    };
    const std::string key = uid + "\x1f" + recurrence_id;
    char id[40];
    std::snprintf(id, sizeof id, "cal-%016llx%016llx",
                  static_cast<unsigned long long>(fnv(key, 14695981039346656037ULL)),
                  static_cast<unsigned long long>(fnv(key, 1099511628211ULL)));
    return id;
}

namespace {

DavError refused(const store::Error& e) {
    return {DavProblem::Server, e.message};
}

// The home's calendars other than Rapport's own, saved as the sources a
// person can watch; `version_now`: each one's sync-token or CTag.
DavError list_calendars(store::Store& store, DavClient& dav, const std::string& home,
                        const std::vector<std::string>& own,
                        std::map<std::string, std::string>& version_now) {
    std::vector<DavCollectionInfo> collections;
    if (DavError e = dav.collections(home, collections)) return e;
    std::vector<store::CalendarSource> listed;
    for (const DavCollectionInfo& c : collections)
        if (c.calendar && std::find(own.begin(), own.end(), c.url) == own.end()) {
            listed.push_back({c.url, c.name.empty() ? "Calendar" : c.name, true, ""});
            version_now[c.url] = c.version;
        }
    if (store::Error e = store.calendars().set_sources(listed)) return refused(e);
    return {};
}

// One occurrence of a meeting with `person` as a planned conversation: made,
// or moved and stretched as it was there, or cancelled with it.
store::Error meet(store::Store& store, const interop::EventFacts& facts, const std::string& person,
                  const interop::Occurrence& o, const std::string& calendar,
                  CalendarReading& reading, std::string& id) {
    id = meeting_id(facts.uid, o.recurrence_id);
    // A zero-length or days-long event still makes a conversation one can
    // have; compared as stored, so it is not rewritten at every read.
    const int minutes = std::clamp(static_cast<int>((o.end - o.start) / core::kMinute), 1, 24 * 60);
    auto existing = store.conversations().find(id);
    if (!existing) {
        core::Conversation c;
        c.id = id;
        c.person_id = person;
        c.when = o.start;
        c.duration_minutes = minutes;
        c.place = facts.location;
        if (store::Error e = store.conversations().save(c)) return e;
        existing = c;
        ++reading.changed;
    } else if (existing->status == core::ConversationStatus::Planned &&
               (existing->when != o.start || existing->duration_minutes != minutes)) {
        existing->when = o.start; // moved there: moved here
        existing->duration_minutes = minutes;
        if (store::Error e = store.conversations().save(*existing)) return e;
        ++reading.changed;
    }
    if (store::Error e = store.calendars().link_meeting(id, calendar)) return e;
    if (facts.cancelled && existing->status == core::ConversationStatus::Planned) {
        if (store::Error e = store.conversations().cancel(id)) return e;
        ++reading.changed;
    }
    return {};
}

// Deleted there or its calendar unwatched: a meeting without notes
// (planned or cancelled) goes; one with notes is the person's now and
// stays. One that ended before the window is kept as it was, like any past
// conversation.
store::Error drop_gone_meetings(store::Store& store, const std::set<std::string>& made,
                                core::Millis from, CalendarReading& reading) {
    for (const auto& [id, calendar] : store.calendars().meetings()) {
        if (made.count(id)) continue;
        const auto c = store.conversations().find(id);
        if (c && c->when + c->duration_minutes * core::kMinute < from)
            continue; // out of the window now: stays as it was
        if (c && c->status != core::ConversationStatus::Held) {
            if (store::Error e = store.conversations().remove(id)) return e;
            ++reading.changed;
        }
        if (store::Error e = store.calendars().unlink_meeting(id)) return e;
    }
    return {};
}

} // namespace

DavError read_calendars(store::Store& store, DavClient& dav, const std::string& home,
                        const std::vector<std::string>& own, const interop::HomeZone& zone,
                        CalendarReading& reading) {
    std::map<std::string, std::string> version_now; // url -> sync-token or CTag
    if (DavError e = list_calendars(store, dav, home, own, version_now)) return e;
    const core::Millis now = store.clock().now();
    const core::Millis from = now - store::kJustEndedFor;
    const std::vector<Known> people = people_of(store);
    std::set<std::string> made; // this read's meetings
    for (const store::CalendarSource& source : store.calendars().sources()) {
        if (!source.watched) continue;
        // Listed only when something in it changed: one PROPFIND on the
        // home says so for every calendar. What is kept is expanded again
        // each time, as the window moves.
        const std::string& version = version_now[source.url];
        if (version.empty() || version != source.version) {
            if (DavError e = refresh_events(store, dav, source.url)) return e;
            if (store::Error e = store.calendars().set_version(source.url, version))
                return refused(e);
        }
        for (const store::CalendarEvent& event : store.calendars().events(source.url)) {
            const auto facts = interop::event_facts(event.data);
            if (!facts || facts->uid.empty()) continue;
            const std::string person = person_for(*facts, people);
            if (person.empty()) continue;
            for (const interop::Occurrence& o :
                 interop::occurrences(event.data, zone, from, now + kLookAhead)) {
                std::string id;
                if (store::Error e = meet(store, *facts, person, o, source.url, reading, id))
                    return refused(e);
                made.insert(id);
            }
        }
    }
    if (store::Error e = drop_gone_meetings(store, made, from, reading)) return refused(e);
    reading.meetings = static_cast<int>(made.size());
    return {};
}

} // namespace rapport::sync
