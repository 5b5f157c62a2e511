// The question bank, the profile and elevator speeches, career options.
#include "store/row_codec.hpp"
#include "store/store.hpp"
#include "store/uuid.hpp"

namespace rapport::store {

std::vector<core::Question> Store::questions(bool include_archived) {
    Statement q = db_.prepare(
        "SELECT id, text, category, builtin, archived, position FROM question WHERE deleted_at "
        "IS NULL AND (?1 OR archived = 0) ORDER BY position, created_at");
    q.bind(1, include_archived ? 1 : 0);
    std::vector<core::Question> list;
    while (q.step())
        list.push_back({q.text(0), q.text(1), decode(core::question_category_names(), q.text(2)),
                        q.integer(3) != 0, q.integer(4) != 0, static_cast<int>(q.integer(5))});
    return list;
}

Error Store::save_question(core::Question& question) {
    if (Error e = refuse_if_read_only()) return e;
    if (question.text.find_first_not_of(" \t\r\n") == std::string::npos)
        return {ErrorKind::Invalid, "A question needs some text"};
    const core::Millis now = clock_.now();
    if (question.id.empty()) {
        question.id = new_uuid();
        question.position =
            static_cast<int>(db_.scalar("SELECT coalesce(max(position), 0) + 1 FROM question"));
    }
    Statement upsert = db_.prepare(
        "INSERT INTO question(id, text, category, builtin, archived, position, created_at, "
        "updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?7) ON CONFLICT(id) DO UPDATE SET "
        "text=excluded.text, category=excluded.category, archived=excluded.archived, "
        "position=excluded.position, updated_at=excluded.updated_at");
    upsert.bind(1, question.id).bind(2, question.text);
    upsert.bind(3, core::code_of(core::question_category_names(), question.category));
    upsert.bind(4, question.builtin ? 1 : 0).bind(5, question.archived ? 1 : 0);
    upsert.bind(6, question.position).bind(7, now);
    upsert.run();
    return upsert.error();
}

core::Profile Store::profile() {
    Statement q = db_.prepare("SELECT name, major, goals, strengths, weaknesses, skills, "
                              "exploring FROM profile WHERE id = 1");
    if (!q.step()) return {};
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)};
}

bool Store::has_profile() {
    return db_.scalar("SELECT count(*) FROM profile WHERE id = 1") > 0;
}

Error Store::save_profile(const core::Profile& p) {
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

std::vector<core::ElevatorSpeech> Store::speeches() {
    Statement q = db_.prepare("SELECT id, audience, text, updated_at FROM speech WHERE "
                              "deleted_at IS NULL ORDER BY audience");
    std::vector<core::ElevatorSpeech> list;
    while (q.step())
        list.push_back(
            {q.text(0), decode(core::audience_names(), q.text(1)), q.text(2), q.integer(3)});
    return list;
}

Error Store::save_speech(core::ElevatorSpeech& s) {
    if (Error e = refuse_if_read_only()) return e;
    if (s.id.empty()) s.id = new_uuid();
    s.updated_at = clock_.now();
    Statement upsert = db_.prepare(
        "INSERT INTO speech(id, audience, text, updated_at) VALUES (?1,?2,?3,?4) ON CONFLICT(id) "
        "DO UPDATE SET audience=excluded.audience, text=excluded.text, "
        "updated_at=excluded.updated_at");
    upsert.bind(1, s.id).bind(2, core::code_of(core::audience_names(), s.audience));
    upsert.bind(3, s.text).bind(4, s.updated_at);
    upsert.run();
    return upsert.error();
}

std::vector<core::CareerOption> Store::careers() {
    Statement q = db_.prepare("SELECT id, title, field, interest, notes, created_at, updated_at "
                              "FROM career_option WHERE deleted_at IS NULL ORDER BY interest "
                              "DESC, title");
    std::vector<core::CareerOption> list;
    while (q.step())
        list.push_back({q.text(0), q.text(1), q.text(2), static_cast<int>(q.integer(3)), q.text(4),
                        q.integer(5), q.integer(6)});
    return list;
}

Error Store::save_career(core::CareerOption& c) {
    if (Error e = refuse_if_read_only()) return e;
    if (std::string problem = core::validate_career(c); !problem.empty())
        return {ErrorKind::Invalid, problem};
    const core::Millis now = clock_.now();
    if (c.id.empty()) {
        c.id = new_uuid();
        c.created_at = now;
    }
    c.updated_at = now;
    Statement upsert = db_.prepare(
        "INSERT INTO career_option(id, title, field, interest, notes, created_at, updated_at) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET title=excluded.title, "
        "field=excluded.field, interest=excluded.interest, notes=excluded.notes, "
        "updated_at=excluded.updated_at");
    upsert.bind(1, c.id).bind(2, c.title).bind(3, c.field).bind(4, c.interest);
    upsert.bind(5, c.notes).bind(6, c.created_at).bind(7, c.updated_at);
    upsert.run();
    return upsert.error();
}

Error Store::add_evidence(core::Evidence& e) {
    if (Error err = refuse_if_read_only()) return err;
    if (!e.conversation_id && !e.note_id && e.text.empty())
        return {ErrorKind::Invalid, "Evidence needs an answer, a note or some text"};
    e.id = new_uuid();
    e.created_at = clock_.now();
    Statement insert = db_.prepare(
        "INSERT INTO evidence(id, career_id, kind, text, conversation_id, question_position, "
        "note_id, created_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    insert.bind(1, e.id).bind(2, e.career_id);
    insert.bind(3, core::code_of(core::evidence_kind_names(), e.kind)).bind(4, e.text);
    insert.bind(5, e.conversation_id);
    if (e.question_position)
        insert.bind(6, *e.question_position);
    else
        insert.bind_null(6);
    insert.bind(7, e.note_id).bind(8, e.created_at);
    insert.run();
    if (insert.error().kind == ErrorKind::Invalid)
        return {ErrorKind::Invalid, "That career option no longer exists"};
    return insert.error();
}

std::vector<core::Evidence> Store::evidence_for(const std::string& career_id) {
    Statement q = db_.prepare("SELECT id, career_id, kind, text, conversation_id, "
                              "question_position, note_id, created_at FROM evidence WHERE "
                              "career_id = ?1 AND deleted_at IS NULL ORDER BY created_at");
    q.bind(1, career_id);
    std::vector<core::Evidence> list;
    while (q.step()) {
        core::Evidence e;
        e.id = q.text(0);
        e.career_id = q.text(1);
        e.kind = decode(core::evidence_kind_names(), q.text(2));
        e.text = q.text(3);
        e.conversation_id = q.optional_text(4);
        if (!q.is_null(5)) e.question_position = static_cast<int>(q.integer(5));
        e.note_id = q.optional_text(6);
        e.created_at = q.integer(7);
        list.push_back(std::move(e));
    }
    return list;
}

} // namespace rapport::store
