#include "store/calendar_repository.hpp"

#include <algorithm>

namespace rapport::store {

std::vector<CalendarSource> CalendarRepository::sources() {
    Statement query = db_.prepare(
        "SELECT url, name, watched, version FROM calendar_source ORDER BY name COLLATE NOCASE");
    std::vector<CalendarSource> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.integer(2) != 0, query.text(3)});
    return out;
}

Error CalendarRepository::set_sources(const std::vector<CalendarSource>& listed) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    for (const CalendarSource& source : listed) {
        Statement upsert = db_.prepare("INSERT INTO calendar_source(url, name) VALUES (?1, ?2) "
                                       "ON CONFLICT(url) DO UPDATE SET name = excluded.name");
        upsert.bind(1, source.url).bind(2, source.name);
        if (!upsert.run()) return upsert.error();
    }
    for (const CalendarSource& known : sources()) {
        const bool still = std::any_of(listed.begin(), listed.end(),
                                       [&](const CalendarSource& s) { return s.url == known.url; });
        if (still) continue;
        Statement forget = db_.prepare("DELETE FROM calendar_source WHERE url = ?1");
        forget.bind(1, known.url);
        if (!forget.run()) return forget.error();
    }
    return transaction.commit();
}

Error CalendarRepository::set_watched(const std::string& url, bool watched) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    // Switched off, its events go; switched on, they are read afresh.
    Statement set =
        db_.prepare("UPDATE calendar_source SET watched = ?2, version = '' WHERE url = ?1");
    set.bind(1, url).bind(2, watched ? 1 : 0);
    if (!set.run()) return set.error();
    if (!watched) {
        Statement forget = db_.prepare("DELETE FROM calendar_event WHERE calendar_url = ?1");
        forget.bind(1, url);
        if (!forget.run()) return forget.error();
    }
    return transaction.commit();
}

Error CalendarRepository::set_version(const std::string& url, const std::string& version) {
    if (Error e = refuse_if_read_only()) return e;
    Statement set = db_.prepare("UPDATE calendar_source SET version = ?2 WHERE url = ?1");
    set.bind(1, url).bind(2, version);
    set.run();
    return set.error();
}

std::vector<CalendarEvent> CalendarRepository::events(const std::string& calendar_url) {
    Statement query = db_.prepare(
        "SELECT href, etag, data FROM calendar_event WHERE calendar_url = ?1 ORDER BY href");
    query.bind(1, calendar_url);
    std::vector<CalendarEvent> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.text(2)});
    return out;
}

Error CalendarRepository::put_event(const std::string& calendar_url, const CalendarEvent& event) {
    if (Error e = refuse_if_read_only()) return e;
    Statement put = db_.prepare(
        "INSERT INTO calendar_event(calendar_url, href, etag, data) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(calendar_url, href) DO UPDATE SET etag = excluded.etag, data = excluded.data");
    put.bind(1, calendar_url).bind(2, event.href).bind(3, event.etag).bind(4, event.data);
    put.run();
    return put.error();
}

Error CalendarRepository::remove_event(const std::string& calendar_url, const std::string& href) {
    if (Error e = refuse_if_read_only()) return e;
    Statement remove =
        db_.prepare("DELETE FROM calendar_event WHERE calendar_url = ?1 AND href = ?2");
    remove.bind(1, calendar_url).bind(2, href);
    remove.run();
    return remove.error();
}

std::vector<std::pair<std::string, std::string>> CalendarRepository::meetings() {
    Statement query = db_.prepare("SELECT conversation_id, calendar_url FROM calendar_meeting");
    std::vector<std::pair<std::string, std::string>> out;
    while (query.step())
        out.emplace_back(query.text(0), query.text(1));
    return out;
}

Error CalendarRepository::link_meeting(const std::string& conversation_id,
                                       const std::string& calendar_url) {
    if (Error e = refuse_if_read_only()) return e;
    Statement link = db_.prepare(
        "INSERT INTO calendar_meeting(conversation_id, calendar_url) VALUES (?1, ?2) "
        "ON CONFLICT(conversation_id) DO UPDATE SET calendar_url = excluded.calendar_url");
    link.bind(1, conversation_id).bind(2, calendar_url);
    link.run();
    return link.error();
}

Error CalendarRepository::unlink_meeting(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement unlink = db_.prepare("DELETE FROM calendar_meeting WHERE conversation_id = ?1");
    unlink.bind(1, conversation_id);
    unlink.run();
    return unlink.error();
}

std::optional<std::string> CalendarRepository::calendar_of(const std::string& conversation_id) {
    Statement query = db_.prepare("SELECT s.name FROM calendar_meeting m JOIN calendar_source s "
                                  "ON s.url = m.calendar_url WHERE m.conversation_id = ?1");
    query.bind(1, conversation_id);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

bool CalendarRepository::is_planned_meeting(const std::string& conversation_id) {
    Statement query = db_.prepare("SELECT 1 FROM calendar_meeting m JOIN conversation c "
                                  "ON c.id = m.conversation_id WHERE m.conversation_id = ?1 "
                                  "AND c.status = 'planned'");
    query.bind(1, conversation_id);
    return query.step();
}

std::vector<MatchablePerson> CalendarRepository::people_to_match() {
    Statement query = db_.prepare("SELECT p.id, p.name, e.email FROM person p LEFT JOIN "
                                  "person_email e ON e.person_id = p.id WHERE p.deleted_at IS "
                                  "NULL ORDER BY p.id");
    std::vector<MatchablePerson> out;
    while (query.step()) {
        if (out.empty() || out.back().id != query.text(0))
            out.push_back({query.text(0), query.text(1), {}});
        if (!query.is_null(2)) out.back().emails.push_back(query.text(2));
    }
    return out;
}

} // namespace rapport::store
