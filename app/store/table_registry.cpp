#include "store/table_registry.hpp"

namespace rapport::store {
namespace {

constexpr PersonColumn kNone{nullptr, false};

// Not synced: organisations and person_email (derived from a person's fields
// when one is applied), a conversation's questions (they ride with it), and
// capture drafts (being typed on this device).
constexpr std::array<TableInfo, 17> kTables = {{
    {"organisation", "id", nullptr, false, {kNone, kNone}},
    {"person", "id", "updated_at", true, {{{"referred_by", true}, kNone}}},
    {"person_email", "email", nullptr, false, {kNone, kNone}},
    {"stage_change", "id", "at", false, {{{"person_id", false}, kNone}}},
    {"conversation", "id", "updated_at", true, {{{"person_id", true}, kNone}}},
    {"conversation_question", "conversation_id", nullptr, false, {kNone, kNone}},
    {"note", "id", "updated_at", true, {{{"person_id", true}, kNone}}},
    {"message", "id", "updated_at", true, {{{"person_id", true}, kNone}}},
    {"follow_up", "id", "updated_at", true, {{{"person_id", true}, {"about_person_id", false}}}},
    {"question", "id", "updated_at", true, {kNone, kNone}},
    {"career_option", "id", "updated_at", true, {kNone, kNone}},
    {"evidence", "id", "created_at", true, {kNone, kNone}},
    {"profile", "id", "updated_at", false, {kNone, kNone}},
    {"speech", "id", "updated_at", true, {kNone, kNone}},
    {"capture_draft", "id", nullptr, false, {kNone, kNone}},
    {"message_template", "kind", "updated_at", false, {kNone, kNone}},
    {"shared_setting", "name", "updated_at", false, {kNone, kNone}},
}};

} // namespace

std::span<const TableInfo> data_tables() {
    return kTables;
}

const TableInfo* table_info(std::string_view name) {
    for (const TableInfo& t : kTables)
        if (name == t.name) return &t;
    return nullptr;
}

} // namespace rapport::store
