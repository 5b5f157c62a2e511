// The schema, one step per schema version, oldest first. Every database a
// release has written is at one of these steps; migrate() (migrations.cpp)
// runs the ones after it.
#include "store/schema_steps.hpp"

#include <array>

namespace rapport::store {
namespace {

// Never edit a step that has shipped: add a new one.
const std::array<const char*, 13> kSchemaSteps = {
    // 1: capture drafts and inbox notes, the minimum that loses nothing.
    R"sql(
    CREATE TABLE capture_draft (
        id          TEXT PRIMARY KEY,
        person_id   TEXT,
        body        TEXT NOT NULL DEFAULT '',
        cursor      INTEGER NOT NULL DEFAULT 0,
        updated_at  INTEGER NOT NULL
    );
    CREATE TABLE note (
        id          TEXT PRIMARY KEY,
        person_id   TEXT,
        conversation_id TEXT,
        body        TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
    );
    CREATE INDEX note_by_person ON note(person_id, created_at) WHERE deleted_at IS NULL;
    )sql",

    // 2: the whole domain, the timeline, and full-text search.
    R"sql(
    CREATE TABLE organisation (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        principles TEXT NOT NULL DEFAULT '',
        core_beliefs TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE TABLE person (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        pronouns TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        organisation_id TEXT REFERENCES organisation(id),
        field TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        emails TEXT NOT NULL DEFAULT '',
        phones TEXT NOT NULL DEFAULT '',
        links TEXT NOT NULL DEFAULT '',
        linkedin TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'other',
        referred_by TEXT REFERENCES person(id),
        tags TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL DEFAULT 'identified',
        cadence_days INTEGER NOT NULL DEFAULT 0,
        education TEXT NOT NULL DEFAULT '',
        specialty TEXT NOT NULL DEFAULT '',
        past_careers TEXT NOT NULL DEFAULT '',
        inspirations TEXT NOT NULL DEFAULT '',
        research_links TEXT NOT NULL DEFAULT '',
        research_notes TEXT NOT NULL DEFAULT '',
        last_interaction_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX person_by_name ON person(name COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX person_by_stage ON person(stage) WHERE deleted_at IS NULL;
    CREATE INDEX person_by_referrer ON person(referred_by) WHERE referred_by IS NOT NULL;
    CREATE INDEX person_by_linkedin ON person(linkedin) WHERE linkedin <> '';
    CREATE INDEX person_by_recent ON person(last_interaction_at) WHERE deleted_at IS NULL;
    CREATE TABLE person_email (
        email TEXT NOT NULL,
        person_id TEXT NOT NULL REFERENCES person(id),
        PRIMARY KEY (email, person_id)
    ) WITHOUT ROWID;
    CREATE TABLE stage_change (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES person(id),
        from_stage TEXT,
        to_stage TEXT NOT NULL,
        at INTEGER NOT NULL
    );
    CREATE INDEX stage_change_by_person ON stage_change(person_id, at);
    CREATE TABLE conversation (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES person(id),
        when_at INTEGER NOT NULL,
        duration_minutes INTEGER NOT NULL DEFAULT 15,
        mode TEXT NOT NULL DEFAULT 'in_person',
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned',
        held_at INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        takeaways TEXT NOT NULL DEFAULT '',
        advice TEXT NOT NULL DEFAULT '',
        courses TEXT NOT NULL DEFAULT '',
        certifications TEXT NOT NULL DEFAULT '',
        mentors TEXT NOT NULL DEFAULT '',
        likes TEXT NOT NULL DEFAULT '',
        dislikes TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX conversation_by_person ON conversation(person_id, when_at);
    CREATE INDEX conversation_by_status ON conversation(status, when_at) WHERE deleted_at IS NULL;
    CREATE TABLE conversation_question (
        conversation_id TEXT NOT NULL REFERENCES conversation(id),
        position INTEGER NOT NULL,
        question_id TEXT,
        text TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (conversation_id, position)
    );
    CREATE INDEX answer_by_question ON conversation_question(question_id);
    CREATE INDEX note_by_conversation ON note(conversation_id) WHERE conversation_id IS NOT NULL;
    CREATE TABLE message (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES person(id),
        kind TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        sent_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX message_by_person ON message(person_id, created_at);
    CREATE TABLE follow_up (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES person(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        due INTEGER NOT NULL,
        done_at INTEGER,
        conversation_id TEXT,
        message_id TEXT,
        about_person_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX follow_up_open ON follow_up(due) WHERE done_at IS NULL AND deleted_at IS NULL;
    CREATE INDEX follow_up_by_person ON follow_up(person_id, done_at, due);
    CREATE TABLE question (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        category TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE TABLE career_option (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        interest INTEGER NOT NULL DEFAULT 3 CHECK (interest BETWEEN 1 AND 5),
        notes TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        career_id TEXT NOT NULL REFERENCES career_option(id),
        kind TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        conversation_id TEXT,
        question_position INTEGER,
        note_id TEXT,
        created_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX evidence_by_career ON evidence(career_id);
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        major TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT '',
        strengths TEXT NOT NULL DEFAULT '',
        weaknesses TEXT NOT NULL DEFAULT '',
        skills TEXT NOT NULL DEFAULT '',
        exploring TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE speech (
        id TEXT PRIMARY KEY,
        audience TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );

    -- Full-text search: one document per searchable thing, indexed by FTS5
    -- as external content so snippets can be drawn from it.
    CREATE TABLE search_doc (
        docid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL UNIQUE,
        person_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX search_doc_by_person ON search_doc(person_id);
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content='search_doc', content_rowid='docid',
        tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.docid, new.title, new.body);
    END;
    CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body)
            VALUES ('delete', old.docid, old.title, old.body);
    END;
    CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body)
            VALUES ('delete', old.docid, old.title, old.body);
        INSERT INTO search_fts(rowid, title, body) VALUES (new.docid, new.title, new.body);
    END;

    -- Sources keep their documents current.
    CREATE TRIGGER person_search_ai AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_doc(kind, ref_id, person_id, title, body) VALUES ('person', new.id, new.id, new.name,
            (new.role || ' ' || new.organisation || ' ' || new.field || ' ' || new.location || ' ' || new.tags || ' ' || new.emails || ' ' || new.education || ' ' || new.specialty || ' ' || new.past_careers || ' ' || new.inspirations || ' ' || new.research_notes));
    END;
    CREATE TRIGGER person_search_au AFTER UPDATE ON person BEGIN
        DELETE FROM search_doc WHERE new.deleted_at IS NOT NULL AND person_id = new.id;
        INSERT INTO search_doc(kind, ref_id, person_id, title, body)
            SELECT 'person', new.id, new.id, new.name,
                (new.role || ' ' || new.organisation || ' ' || new.field || ' ' || new.location || ' ' || new.tags || ' ' || new.emails || ' ' || new.education || ' ' || new.specialty || ' ' || new.past_careers || ' ' || new.inspirations || ' ' || new.research_notes)
            WHERE new.deleted_at IS NULL
        ON CONFLICT(ref_id) DO UPDATE SET title = excluded.title, body = excluded.body;
    END;
    CREATE TRIGGER note_search_ai AFTER INSERT ON note WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_doc(kind, ref_id, person_id, title, body)
            VALUES ('note', new.id, new.person_id, '', new.body);
    END;
    CREATE TRIGGER note_search_au AFTER UPDATE ON note BEGIN
        DELETE FROM search_doc WHERE new.deleted_at IS NOT NULL AND ref_id = new.id;
        INSERT INTO search_doc(kind, ref_id, person_id, title, body)
            SELECT 'note', new.id, new.person_id, '', new.body WHERE new.deleted_at IS NULL
        ON CONFLICT(ref_id) DO UPDATE SET person_id = excluded.person_id, body = excluded.body;
    END;
    CREATE TRIGGER conversation_search_ai AFTER INSERT ON conversation WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_doc(kind, ref_id, person_id, title, body) VALUES ('conversation', new.id, new.person_id, '',
            (new.place || ' ' || new.notes || ' ' || new.takeaways || ' ' || new.advice || ' ' || new.courses || ' ' || new.certifications || ' ' || new.mentors || ' ' || new.likes || ' ' || new.dislikes || ' ' || new.next_steps));
    END;
    CREATE TRIGGER conversation_search_au AFTER UPDATE ON conversation BEGIN
        DELETE FROM search_doc WHERE new.deleted_at IS NOT NULL
            AND (ref_id = new.id OR ref_id LIKE new.id || ':%');
        INSERT INTO search_doc(kind, ref_id, person_id, title, body)
            SELECT 'conversation', new.id, new.person_id, '',
                (new.place || ' ' || new.notes || ' ' || new.takeaways || ' ' || new.advice || ' ' || new.courses || ' ' || new.certifications || ' ' || new.mentors || ' ' || new.likes || ' ' || new.dislikes || ' ' || new.next_steps)
            WHERE new.deleted_at IS NULL
        ON CONFLICT(ref_id) DO UPDATE SET person_id = excluded.person_id, body = excluded.body;
    END;
    CREATE TRIGGER answer_search_ai AFTER INSERT ON conversation_question BEGIN
        INSERT INTO search_doc(kind, ref_id, person_id, title, body)
            SELECT 'answer', new.conversation_id || ':' || new.position, c.person_id, new.text, new.answer
            FROM conversation c WHERE c.id = new.conversation_id;
    END;
    CREATE TRIGGER answer_search_au AFTER UPDATE ON conversation_question BEGIN
        UPDATE search_doc SET title = new.text, body = new.answer
            WHERE ref_id = new.conversation_id || ':' || new.position;
    END;
    CREATE TRIGGER answer_search_ad AFTER DELETE ON conversation_question BEGIN
        DELETE FROM search_doc WHERE ref_id = old.conversation_id || ':' || old.position;
    END;

    -- Notes written before this version join the index.
    INSERT INTO search_doc(kind, ref_id, person_id, title, body)
        SELECT 'note', id, person_id, '', body FROM note WHERE deleted_at IS NULL;
    )sql",

    // 3: a capture remembers the conversation it is about.
    R"sql(
    ALTER TABLE capture_draft ADD COLUMN conversation_id TEXT;
    )sql",

    // 4: "We met" on a capture with no conversation to debrief.
    R"sql(
    ALTER TABLE capture_draft ADD COLUMN met INTEGER NOT NULL DEFAULT 0;
    )sql",

    // 5: evidence typed freely may name the person it came from.
    R"sql(
    ALTER TABLE evidence ADD COLUMN person_id TEXT REFERENCES person(id);
    )sql",

    // 6: your own version of a message template (none: the built-in one).
    R"sql(
    CREATE TABLE message_template (
        kind TEXT PRIMARY KEY,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    );
    )sql",

    // 7: sync with a CardDAV/CalDAV server. The account (never its
    // password), each collection's sync token, and for every record the
    // server's copy as last merged: where it is, its ETag, its fields (the
    // base of the next three-way merge) and its text (whose properties
    // other apps added are kept). Conflicts keep the value that lost.
    R"sql(
    CREATE TABLE sync_account (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        address TEXT NOT NULL,
        user TEXT NOT NULL,
        device TEXT NOT NULL,
        contacts_url TEXT NOT NULL DEFAULT '',
        calendar_url TEXT NOT NULL DEFAULT '',
        records_url TEXT NOT NULL DEFAULT '',
        last_synced_at INTEGER,
        last_summary TEXT NOT NULL DEFAULT '',
        last_problem TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE sync_collection (
        url TEXT PRIMARY KEY,
        token TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sync_item (
        tbl TEXT NOT NULL,
        record_id TEXT NOT NULL,
        url TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        base TEXT,
        stamp TEXT NOT NULL DEFAULT '',
        raw TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (tbl, record_id)
    );
    CREATE INDEX sync_item_by_url ON sync_item(url);
    CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        kept TEXT,
        lost TEXT,
        local_lost INTEGER NOT NULL,
        at INTEGER NOT NULL
    );
    CREATE INDEX sync_conflict_by_record ON sync_conflict(tbl, record_id);
    )sql",

    // 8: follow-ups this device has shown a notification for, at the due
    // time it had then: one notification per follow-up, again only once it
    // is snoozed to a new time. Local to the device, never synced.
    R"sql(
    CREATE TABLE reminder_shown (
        follow_up_id TEXT NOT NULL,
        due INTEGER NOT NULL,
        shown_at INTEGER NOT NULL,
        PRIMARY KEY (follow_up_id, due)
    );
    )sql",

    // 9: LinkedIn's Connections.csv was imported as "LinkedIn alumni". The
    // people it brought (the import left each a "Connected on LinkedIn on …"
    // note) are LinkedIn connections; someone marked alumni by hand stays so.
    R"sql(
    UPDATE person SET source = 'linkedin'
    WHERE source = 'linkedin_alumni' AND EXISTS (
        SELECT 1 FROM note WHERE note.person_id = person.id
            AND note.body LIKE 'Connected on LinkedIn on %');
    )sql",

    // 10: asking for the notes when a conversation ends. What this device
    // did about each ask: shown (once per ask), put off ("Not now") until
    // ask_after, or let go. Local to the device, never synced.
    R"sql(
    CREATE TABLE end_prompt (
        conversation_id TEXT PRIMARY KEY,
        ask_after INTEGER NOT NULL DEFAULT 0,
        shown_at INTEGER,
        let_go INTEGER NOT NULL DEFAULT 0
    );
    )sql",

    // 11: settings every device shares through sync, by name: "web_app",
    // the web app's address once a device has run it (a conversation's
    // event links to its capture there).
    R"sql(
    CREATE TABLE shared_setting (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    );
    )sql",

    // 12: the account's other calendars, read (never written) for meetings
    // with people in Rapport: which are watched, their events as last read,
    // and the planned conversations made from them. Kept on the device: each
    // device reads the calendars itself.
    R"sql(
    CREATE TABLE calendar_source (
        url TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        watched INTEGER NOT NULL DEFAULT 1,
        version TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE calendar_event (
        calendar_url TEXT NOT NULL REFERENCES calendar_source(url) ON DELETE CASCADE,
        href TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (calendar_url, href)
    );
    CREATE TABLE calendar_meeting (
        conversation_id TEXT PRIMARY KEY,
        calendar_url TEXT NOT NULL REFERENCES calendar_source(url) ON DELETE CASCADE
    );
    )sql",

    // 13: items a full listing did not hold (on a server without
    // sync-collection, or one that forgot the token), since when: one
    // missing again from a later listing, and gone when asked for, was
    // deleted by another device.
    R"sql(
    CREATE TABLE sync_missing (
        url TEXT PRIMARY KEY,
        since INTEGER NOT NULL
    );
    )sql",
};

} // namespace

std::span<const char* const> schema_steps() {
    return kSchemaSteps;
}

} // namespace rapport::store
