// Notes: the inbox, notes on a person, a conversation's debriefs.
#include "store/note_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"

namespace rapport::store {

const Table<core::Note>& notes_table() {
    using N = core::Note;
    static const Table<N> table("note",
                                {column<&N::id>("id"), column<&N::person_id>("person_id"),
                                 column<&N::conversation_id>("conversation_id"),
                                 column<&N::body>("body")},
                                Stamps::CreatedAndUpdated);
    return table;
}

Error NoteRepository::save(core::Note& n) {
    const bool empty = n.body.find_first_not_of(" \t\r\n") == std::string::npos;
    return save_record(notes_table(), n, empty ? "A note needs some text" : "", nothing_more);
}

std::int64_t NoteRepository::count() {
    return db_.scalar("SELECT count(*) FROM note WHERE deleted_at IS NULL");
}

bool NoteRepository::any() {
    return db_.scalar("SELECT EXISTS (SELECT 1 FROM note WHERE deleted_at IS NULL)") != 0;
}

std::optional<core::Note> NoteRepository::find(const std::string& id) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return notes_table().read(q);
}

std::vector<core::Note> NoteRepository::inbox(int limit) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE person_id IS NULL AND deleted_at IS NULL ORDER BY "
                              "created_at DESC LIMIT ?1");
    q.bind(1, limit);
    std::vector<core::Note> notes;
    while (q.step())
        notes.push_back(notes_table().read(q));
    return notes;
}

std::vector<core::Note> NoteRepository::about(const std::string& conversation_id) {
    Statement q = db_.prepare("SELECT " + notes_table().select_list() +
                              " FROM note WHERE conversation_id = ?1 AND deleted_at IS NULL ORDER "
                              "BY created_at");
    q.bind(1, conversation_id);
    std::vector<core::Note> notes;
    while (q.step())
        notes.push_back(notes_table().read(q));
    return notes;
}

int NoteRepository::count_inbox() {
    return static_cast<int>(
        db_.scalar("SELECT count(*) FROM note WHERE person_id IS NULL AND deleted_at IS NULL"));
}

Error NoteRepository::remove(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement gone = db_.prepare("UPDATE note SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 "
                                 "AND deleted_at IS NULL");
    gone.bind(1, id).bind(2, clock_.now());
    gone.run();
    return gone.error();
}

Error NoteRepository::restore(const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement back =
        db_.prepare("UPDATE note SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1");
    back.bind(1, id).bind(2, clock_.now());
    back.run();
    return back.error();
}

bool NoteRepository::person_has_note(const std::string& person_id, const std::string& body) {
    Statement q = db_.prepare(
        "SELECT 1 FROM note WHERE person_id = ?1 AND body = ?2 AND deleted_at IS NULL LIMIT 1");
    q.bind(1, person_id).bind(2, body);
    return q.step();
}

} // namespace rapport::store
