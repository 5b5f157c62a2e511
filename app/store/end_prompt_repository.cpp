#include "store/end_prompt_repository.hpp"

namespace rapport::store {
namespace {

// A planned conversation's end, in the store's milliseconds.
constexpr const char* kEnd = "(c.when_at + c.duration_minutes * 60000)";

} // namespace

std::vector<EndedConversation> EndPromptRepository::just_ended(core::Millis now) {
    Statement query =
        db_.prepare(std::string("SELECT c.id, c.person_id, p.name, ") + kEnd +
                    ", coalesce(e.ask_after, 0), e.shown_at IS NOT NULL "
                    "FROM conversation c JOIN person p ON p.id = c.person_id "
                    "LEFT JOIN end_prompt e ON e.conversation_id = c.id "
                    "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.status = 'planned' "
                    "AND coalesce(e.let_go, 0) = 0 AND " +
                    kEnd + " BETWEEN ?1 - ?2 AND ?1 ORDER BY 4 DESC");
    query.bind(1, now).bind(2, kJustEndedFor);
    std::vector<EndedConversation> ended;
    while (query.step())
        ended.push_back({query.text(0), query.text(1), query.text(2), query.integer(3),
                         query.integer(4), query.integer(5) != 0});
    return ended;
}

std::vector<EndedConversation> EndPromptRepository::to_ask(core::Millis now) {
    std::vector<EndedConversation> due = just_ended(now);
    std::erase_if(due, [now](const EndedConversation& e) { return e.asked || e.ask_after > now; });
    return due;
}

std::optional<core::Millis> EndPromptRepository::next_ask_after(core::Millis now) {
    Statement query = db_.prepare(
        std::string("SELECT min(at) FROM (") + "SELECT " + kEnd +
        " AS at FROM conversation c WHERE c.deleted_at IS NULL AND c.status = 'planned' AND " +
        kEnd +
        " > ?1 UNION ALL SELECT e.ask_after FROM end_prompt e JOIN conversation c ON c.id = "
        "e.conversation_id WHERE e.let_go = 0 AND e.ask_after > ?1 AND c.status = 'planned' "
        "AND c.deleted_at IS NULL)");
    query.bind(1, now);
    if (!query.step() || query.is_null(0)) return std::nullopt;
    return query.integer(0);
}

Error EndPromptRepository::claim(const std::string& conversation_id, core::Millis now,
                                 bool& claimed) {
    claimed = false;
    if (Error e = refuse_if_read_only()) return e;
    Statement claim =
        db_.prepare("INSERT INTO end_prompt(conversation_id, shown_at) VALUES (?1, ?2) "
                    "ON CONFLICT(conversation_id) DO UPDATE SET shown_at = excluded.shown_at "
                    "WHERE end_prompt.shown_at IS NULL AND end_prompt.let_go = 0 "
                    "AND end_prompt.ask_after <= excluded.shown_at");
    claim.bind(1, conversation_id).bind(2, now);
    if (!claim.run()) return claim.error();
    claimed = db_.changes() == 1;
    return {};
}

Error EndPromptRepository::put_off(const std::string& conversation_id, core::Millis until) {
    if (Error e = refuse_if_read_only()) return e;
    Statement put_off =
        db_.prepare("INSERT INTO end_prompt(conversation_id, ask_after) VALUES (?1, ?2) "
                    "ON CONFLICT(conversation_id) DO UPDATE SET ask_after = ?2, shown_at = NULL");
    put_off.bind(1, conversation_id).bind(2, until);
    put_off.run();
    return put_off.error();
}

Error EndPromptRepository::let_go(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement let_go = db_.prepare("INSERT INTO end_prompt(conversation_id, let_go) VALUES (?1, 1) "
                                   "ON CONFLICT(conversation_id) DO UPDATE SET let_go = 1");
    let_go.bind(1, conversation_id);
    let_go.run();
    return let_go.error();
}

Error EndPromptRepository::take_up(const std::string& conversation_id) {
    if (Error e = refuse_if_read_only()) return e;
    Statement take_up = db_.prepare("UPDATE end_prompt SET let_go = 0 WHERE conversation_id = ?1");
    take_up.bind(1, conversation_id);
    take_up.run();
    return take_up.error();
}

} // namespace rapport::store
