#include "shell/web_durability.hpp"

#include "services/capture.hpp"

#include "store/store.hpp"

#include <emscripten.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace rapport {
namespace {

// A page function's string answer ("" when it has none).
std::string kept_text(const char* which) {
    const int size = EM_ASM_INT(
        {
            const name = UTF8ToString($0);
            const text = Module[name] ? Module[name]() : "";
            return text ? lengthBytesUTF8(text) + 1 : 0;
        },
        which);
    if (size <= 1) return {};
    std::string text(static_cast<size_t>(size), '\0');
    EM_ASM({ stringToUTF8(Module[UTF8ToString($0)](), $1, $2); }, which, text.data(), size);
    text.resize(static_cast<size_t>(size - 1));
    return text;
}

std::optional<std::string> optional_string(const nlohmann::json& object, const char* key) {
    if (object.contains(key) && object[key].is_string()) return object[key].get<std::string>();
    return std::nullopt;
}

// A draft as the page keeps it, and back: the same fields both ways, for
// the draft kept on leaving and for a filed capture.
nlohmann::json draft_to_json(const store::CaptureDraft& draft) {
    nlohmann::json out = {{"body", draft.body},
                          {"cursor", draft.cursor},
                          {"updated_at", draft.updated_at},
                          {"met", draft.met}};
    if (draft.person_id) out["person_id"] = *draft.person_id;
    if (draft.conversation_id) out["conversation_id"] = *draft.conversation_id;
    return out;
}

std::optional<store::CaptureDraft> draft_from_json(const nlohmann::json& kept) {
    if (!kept.is_object() || !kept.contains("body") || !kept["body"].is_string())
        return std::nullopt;
    store::CaptureDraft draft;
    draft.body = kept["body"].get<std::string>();
    draft.cursor = kept.value("cursor", 0);
    draft.updated_at = kept.value("updated_at", core::Millis{0});
    draft.person_id = optional_string(kept, "person_id");
    draft.conversation_id = optional_string(kept, "conversation_id");
    draft.met = kept.value("met", false);
    return draft;
}

} // namespace

std::string draft_json(const store::CaptureDraft& draft) {
    return draft_to_json(draft).dump();
}

void keep_filed_capture(const ui::FiledCapture& filed) {
    nlohmann::json out = draft_to_json(filed.draft);
    out["note_id"] = filed.note_id;
    const std::string json = out.dump();
    EM_ASM({ Module.rapportKeepFiled&& Module.rapportKeepFiled(UTF8ToString($0)); }, json.c_str());
}

void take_back_unsynced_draft(store::Store& store) {
    const auto draft =
        draft_from_json(nlohmann::json::parse(kept_text("rapportUnsyncedDraft"), nullptr, false));
    if (!draft) return;
    const auto saved = store.captures().draft();
    if (saved && saved->updated_at >= draft->updated_at) return;
    if (store::Error error = store.captures().save_draft(*draft))
        std::fprintf(stderr, "rapport: the unsaved draft could not be restored: %s\n",
                     error.message.c_str());
}

std::string file_capture_kept(store::Store& store) {
    const nlohmann::json kept =
        nlohmann::json::parse(kept_text("rapportFiledCapture"), nullptr, false);
    const auto forget = [] {
        EM_ASM({ Module.rapportForgetFiled&& Module.rapportForgetFiled(); });
    };
    const auto kept_draft = draft_from_json(kept);
    if (!kept_draft || !kept.contains("note_id") || !kept["note_id"].is_string()) {
        forget();
        return {};
    }
    if (store.notes().find(kept["note_id"].get<std::string>())) {
        forget(); // it was stored
        return {};
    }
    const store::CaptureDraft& filed = *kept_draft;
    // The database holds the draft as it was before Done (or none): it is
    // replaced by the one filed, and filed again, as Done did. A later draft
    // (typed after Done) stays where it is.
    store::CaptureResult result;
    const auto draft = store.captures().draft();
    store::Error error;
    if (!draft || draft->updated_at <= filed.updated_at) {
        error = store.captures().save_draft(filed);
        if (!error) error = services::finish_capture(store, &result);
    } else {
        error = services::file_capture(store, filed.body, filed.person_id, filed.conversation_id,
                                       filed.met, &result);
    }
    if (error) {
        std::fprintf(
            stderr, "rapport: the note filed before the page closed could not be filed again: %s\n",
            error.message.c_str());
        return {}; // kept: the next start tries again
    }
    if (result.note_id.empty()) {
        forget();
        return {};
    }
    // Kept again under the note filed now, until IndexedDB has it too.
    keep_filed_capture({result.note_id, filed});
    if (result.person_id)
        if (const auto person = store.people().find(*result.person_id))
            return "Your last note was filed on " + person->name;
    return "Your last note was filed in your inbox";
}

} // namespace rapport
