// Career options and the evidence for and against each.
#include "store/career_repository.hpp"

#include "store/row_codec.hpp"
#include "store/save_ritual.hpp"
#include "store/tables.hpp"

namespace rapport::store {

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
         column<&E::question_position>("question_position"), column<&E::note_id>("note_id"),
         column<&E::person_id>("person_id")},
        Stamps::Created);
    return table;
}

std::vector<core::CareerOption> CareerRepository::list() {
    Statement q = db_.prepare("SELECT " + careers_table().select_list() +
                              " FROM career_option WHERE deleted_at IS NULL ORDER BY interest "
                              "DESC, title");
    std::vector<core::CareerOption> list;
    while (q.step())
        list.push_back(careers_table().read(q));
    return list;
}

Error CareerRepository::save(core::CareerOption& c) {
    return save_record(careers_table(), c, core::validate_career(c), nothing_more);
}

Error CareerRepository::add_evidence(core::Evidence& e) {
    e.id.clear(); // evidence is only ever added
    e.created_at = 0;
    const bool empty = !e.conversation_id && !e.note_id &&
                       e.text.find_first_not_of(" \t\r\n") == std::string::npos;
    Error error =
        save_record(evidence_table(), e,
                    empty ? "Evidence needs an answer, a note or some text" : "", nothing_more);
    if (error.kind == ErrorKind::Invalid && !empty)
        return {ErrorKind::Invalid, "That career option no longer exists"};
    return error;
}

std::vector<core::Evidence> CareerRepository::evidence_for(const std::string& career_id) {
    Statement q = db_.prepare("SELECT " + evidence_table().select_list() +
                              " FROM evidence WHERE career_id = ?1 AND deleted_at IS NULL ORDER "
                              "BY created_at");
    q.bind(1, career_id);
    std::vector<core::Evidence> list;
    while (q.step())
        list.push_back(evidence_table().read(q));
    return list;
}

Error CareerRepository::remove(const std::string& id) {
    return set_deleted("career_option", true, id, clock_.now());
}

Error CareerRepository::restore(const std::string& id) {
    return set_deleted("career_option", true, id, std::nullopt);
}

Error CareerRepository::remove_evidence(const std::string& id) {
    return set_deleted("evidence", false, id, clock_.now());
}

Error CareerRepository::restore_evidence(const std::string& id) {
    return set_deleted("evidence", false, id, std::nullopt);
}

Error CareerRepository::set_deleted(const char* table, bool stamped, const std::string& id,
                                    std::optional<core::Millis> at) {
    if (Error e = refuse_if_read_only()) return e;
    Statement update = db_.prepare(std::string("UPDATE ") + table + " SET deleted_at = ?2" +
                                   (stamped ? ", updated_at = ?3" : "") + " WHERE id = ?1");
    update.bind(1, id);
    if (at)
        update.bind(2, *at);
    else
        update.bind_null(2);
    if (stamped) update.bind(3, clock_.now());
    if (!update.run()) return update.error();
    if (db_.changes() == 0) return {ErrorKind::Invalid, "That is no longer there"};
    return {};
}

} // namespace rapport::store
