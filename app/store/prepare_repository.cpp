// The question bank, the profile and elevator speeches, career options.
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

const Table<core::CareerOption>& careers_table() {
    using C = core::CareerOption;
    static const Table<C> table("career_option",
                                {column<&C::id>("id"), column<&C::title>("title"),
                                 column<&C::field>("field"), column<&C::interest>("interest"),
                                 column<&C::notes>("notes")},
                                Stamps::CreatedAndUpdated);
    return table;
}

const Table<core::Evidence>& evidence_table() {
    using E = core::Evidence;
    static const Table<E> table(
        "evidence",
        {column<&E::id>("id"), column<&E::career_id>("career_id"),
         code_column<&E::kind, &core::evidence_kind_names>("kind"), column<&E::text>("text"),
         column<&E::conversation_id>("conversation_id"),
         column<&E::question_position>("question_position"), column<&E::note_id>("note_id")},
        Stamps::Created);
    return table;
}

std::vector<core::Question> Store::questions(bool include_archived) {
    Statement q = db_.prepare("SELECT " + questions_table().select_list() +
                              " FROM question WHERE deleted_at IS NULL AND (?1 OR archived = 0) "
                              "ORDER BY position, created_at");
    q.bind(1, include_archived ? 1 : 0);
    std::vector<core::Question> list;
    while (q.step())
        list.push_back(questions_table().read(q));
    return list;
}

Error Store::save_question(core::Question& question) {
    const bool empty = question.text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (question.id.empty() && !empty) // a new question goes last
        question.position =
            static_cast<int>(db_.scalar("SELECT coalesce(max(position), 0) + 1 FROM question"));
    return save_record(questions_table(), question, empty ? "A question needs some text" : "",
                       nothing_more);
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
    Statement q = db_.prepare("SELECT " + speeches_table().select_list() +
                              " FROM speech WHERE deleted_at IS NULL ORDER BY audience");
    std::vector<core::ElevatorSpeech> list;
    while (q.step())
        list.push_back(speeches_table().read(q));
    return list;
}

Error Store::save_speech(core::ElevatorSpeech& s) {
    return save_record(speeches_table(), s, "", nothing_more);
}

std::vector<core::CareerOption> Store::careers() {
    Statement q = db_.prepare("SELECT " + careers_table().select_list() +
                              " FROM career_option WHERE deleted_at IS NULL ORDER BY interest "
                              "DESC, title");
    std::vector<core::CareerOption> list;
    while (q.step())
        list.push_back(careers_table().read(q));
    return list;
}

Error Store::save_career(core::CareerOption& c) {
    return save_record(careers_table(), c, core::validate_career(c), nothing_more);
}

Error Store::add_evidence(core::Evidence& e) {
    e.id.clear(); // evidence is only ever added
    e.created_at = 0;
    const bool empty = !e.conversation_id && !e.note_id && e.text.empty();
    Error error =
        save_record(evidence_table(), e,
                    empty ? "Evidence needs an answer, a note or some text" : "", nothing_more);
    if (error.kind == ErrorKind::Invalid && !empty)
        return {ErrorKind::Invalid, "That career option no longer exists"};
    return error;
}

std::vector<core::Evidence> Store::evidence_for(const std::string& career_id) {
    Statement q = db_.prepare("SELECT " + evidence_table().select_list() +
                              " FROM evidence WHERE career_id = ?1 AND deleted_at IS NULL ORDER "
                              "BY created_at");
    q.bind(1, career_id);
    std::vector<core::Evidence> list;
    while (q.step())
        list.push_back(evidence_table().read(q));
    return list;
}

} // namespace rapport::store
