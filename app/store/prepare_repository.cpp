// The question bank, the profile and elevator speeches.
#include "store/prepare_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"
#include "store/uuid.hpp"

namespace rapport::store {

// Whether a question is built in is set when it is added.
const Table<core::Question>& questions_table() {
    using Q = core::Question;
    static const Table<Q> table(
        "question",
        {column<&Q::id>("id"), column<&Q::text>("text"),
         code_column<&Q::category, &core::question_category_names>("category"),
         column<&Q::builtin>("builtin", false), column<&Q::archived>("archived"),
         column<&Q::position>("position")},
        Stamps::CreatedAndUpdated);
    return table;
}

const Table<core::ElevatorSpeech>& speeches_table() {
    using S = core::ElevatorSpeech;
    static const Table<S> table("speech",
                                {column<&S::id>("id"),
                                 code_column<&S::audience, &core::audience_names>("audience"),
                                 column<&S::text>("text")},
                                Stamps::Updated);
    return table;
}

std::vector<core::Question> PrepareRepository::questions(bool include_archived) {
    Statement q = db_.prepare("SELECT " + questions_table().select_list() +
                              " FROM question WHERE deleted_at IS NULL AND (?1 OR archived = 0) "
                              "ORDER BY position, created_at");
    q.bind(1, include_archived ? 1 : 0);
    std::vector<core::Question> list;
    while (q.step())
        list.push_back(questions_table().read(q));
    return list;
}

Error PrepareRepository::save_question(core::Question& question) {
    const bool empty = question.text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (question.id.empty() && !empty) // a new question goes last
        question.position =
            static_cast<int>(db_.scalar("SELECT coalesce(max(position), 0) + 1 FROM question"));
    return save_record(questions_table(), question, empty ? "A question needs some text" : "",
                       nothing_more);
}

core::Profile PrepareRepository::profile() {
    Statement q = db_.prepare("SELECT name, major, goals, strengths, weaknesses, skills, "
                              "exploring FROM profile WHERE id = 1");
    if (!q.step()) return {};
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)};
}

bool PrepareRepository::has_profile() {
    return db_.scalar("SELECT count(*) FROM profile WHERE id = 1") > 0;
}

Error PrepareRepository::save_profile(const core::Profile& p) {
    if (Error e = refuse_if_read_only()) return e;
    Statement upsert = db_.prepare(
        "INSERT INTO profile(id, name, major, goals, strengths, weaknesses, skills, exploring, "
        "updated_at) VALUES (1,?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO UPDATE SET "
        "name=excluded.name, major=excluded.major, goals=excluded.goals, "
        "strengths=excluded.strengths, weaknesses=excluded.weaknesses, skills=excluded.skills, "
        "exploring=excluded.exploring, updated_at=excluded.updated_at");
    upsert.bind(1, p.name).bind(2, p.major).bind(3, p.goals).bind(4, p.strengths);
    upsert.bind(5, p.weaknesses).bind(6, p.skills).bind(7, p.exploring).bind(8, clock_.now());
    upsert.run();
    return upsert.error();
}

std::vector<core::ElevatorSpeech> PrepareRepository::speeches() {
    Statement q = db_.prepare("SELECT " + speeches_table().select_list() +
                              " FROM speech WHERE deleted_at IS NULL ORDER BY audience");
    std::vector<core::ElevatorSpeech> list;
    while (q.step())
        list.push_back(speeches_table().read(q));
    return list;
}

Error PrepareRepository::save_speech(core::ElevatorSpeech& s) {
    return save_record(speeches_table(), s, "", nothing_more);
}

Error PrepareRepository::seed_questions() {
    // Built-in questions have fixed ids, so later versions can add more and
    // a user's edits or archiving are never overwritten.
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    Statement insert = db_.prepare(
        "INSERT OR IGNORE INTO question(id, text, category, builtin, position, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5)");
    int position = 0;
    const core::Millis now = clock_.now();
    for (const core::BuiltinQuestion& q : core::builtin_questions()) {
        insert.bind(1, std::string("builtin-") + q.key)
            .bind(2, std::string_view(q.text))
            .bind(3, core::code_of(core::question_category_names(), q.category))
            .bind(4, position++)
            .bind(5, now);
        if (!insert.run()) return insert.error();
    }
    // A wording since mended, unedited here: the current one (an edit of the
    // person's own is never touched).
    Statement mend =
        db_.prepare("UPDATE question SET text = ?2, updated_at = ?4 WHERE id = ?1 AND text = ?3");
    for (const core::RetiredWording& old : core::retired_wordings())
        for (const core::BuiltinQuestion& q : core::builtin_questions())
            if (std::string_view(q.key) == old.key) {
                mend.bind(1, std::string("builtin-") + q.key)
                    .bind(2, std::string_view(q.text))
                    .bind(3, std::string_view(old.text))
                    .bind(4, now);
                if (!mend.run()) return mend.error();
            }
    return transaction.commit();
}

std::optional<core::MessageDraft> PrepareRepository::message_template(core::MessageKind kind) {
    Statement q = db_.prepare("SELECT subject, body FROM message_template WHERE kind = ?1");
    q.bind(1, core::code_of(core::message_kind_names(), kind));
    if (!q.step()) return std::nullopt;
    return core::MessageDraft{q.text(0), q.text(1)};
}

Error PrepareRepository::save_message_template(core::MessageKind kind,
                                               const core::MessageDraft& draft) {
    if (Error e = refuse_if_read_only()) return e;
    if (draft.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return {ErrorKind::Invalid,
                "A template needs some text (Reset brings back the built-in one)"};
    Statement put = db_.prepare(
        "INSERT INTO message_template(kind, subject, body, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(kind) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
        "updated_at = excluded.updated_at");
    put.bind(1, core::code_of(core::message_kind_names(), kind))
        .bind(2, draft.subject)
        .bind(3, draft.body)
        .bind(4, clock_.now());
    put.run();
    return put.error();
}

Error PrepareRepository::reset_message_template(core::MessageKind kind) {
    if (Error e = refuse_if_read_only()) return e;
    Statement gone = db_.prepare("DELETE FROM message_template WHERE kind = ?1");
    gone.bind(1, core::code_of(core::message_kind_names(), kind));
    gone.run();
    return gone.error();
}

} // namespace rapport::store
