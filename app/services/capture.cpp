#include "services/capture.hpp"

#include "core/debrief.hpp"
#include "core/follow_up_rules.hpp"

namespace rapport::services {
namespace {

// The conversation the note debriefs: the one named, when it is the
// person's and not cancelled; else, with "We met", one recorded now.
store::Error debriefed_conversation(store::Store& store,
                                    const std::optional<std::string>& person_id,
                                    const std::optional<std::string>& conversation_id, bool met,
                                    std::optional<core::Conversation>& debriefed) {
    if (!person_id) return {};
    if (conversation_id) {
        debriefed = store.conversations().find(*conversation_id);
        if (debriefed && (debriefed->person_id != *person_id ||
                          debriefed->status == core::ConversationStatus::Cancelled))
            debriefed.reset();
    }
    if (debriefed || !met) return {};
    core::Conversation made;
    if (store::Error e =
            store.conversations().record_unplanned(*person_id, store.clock().now(), made))
        return e;
    debriefed = made;
    return {};
}

// The note's headings fill the conversation's fields, and it is held
// (once: one thank-you due).
store::Error debrief(store::Store& store, const core::Conversation& debriefed,
                     const std::string& body, store::CaptureResult& done) {
    const core::Millis now = store.clock().now();
    const bool was_held = debriefed.status == core::ConversationStatus::Held;
    core::Conversation filled = *store.conversations().find(debriefed.id);
    if (core::add_debrief(filled, core::read_debrief(body, filled.questions)))
        if (store::Error e = store.conversations().save(filled)) return e;
    if (!was_held)
        if (store::Error e = store.conversations().hold(debriefed.id, now)) return e;
    done.conversation_id = debriefed.id;
    done.debrief = true;
    if (!was_held) done.thank_you_due = core::thank_you_due(now);
    return {};
}

} // namespace

store::Error file_capture(store::Store& store, const std::string& body,
                          std::optional<std::string> person_id,
                          std::optional<std::string> conversation_id, bool met,
                          store::CaptureResult* result) {
    if (store::Error e = store.refuse_if_read_only()) return e;
    if (body.find_first_not_of(" \t\r\n") == std::string::npos)
        return {}; // Done on an empty capture changes nothing
    if (person_id && !store.people().find(*person_id)) person_id.reset();
    store::Transaction transaction(store.database());
    if (transaction.begin_error()) return transaction.begin_error();
    store::CaptureResult done;
    done.person_id = person_id;
    std::optional<core::Conversation> debriefed;
    if (store::Error e = debriefed_conversation(store, person_id, conversation_id, met, debriefed))
        return e;
    if (debriefed)
        if (store::Error e = debrief(store, *debriefed, body, done)) return e;
    core::Note note;
    note.person_id = person_id;
    note.conversation_id = done.conversation_id;
    note.body = body;
    if (store::Error e = store.notes().save(note)) return e;
    done.note_id = note.id;
    if (store::Error e = transaction.commit()) return e;
    if (result) *result = done;
    return {};
}

store::Error finish_capture(store::Store& store, store::CaptureResult* result) {
    std::optional<store::CaptureDraft> kept = store.captures().draft();
    if (!kept) return {};
    store::Transaction transaction(store.database());
    if (transaction.begin_error()) return transaction.begin_error();
    store::CaptureResult done;
    if (store::Error e = file_capture(store, kept->body, kept->person_id, kept->conversation_id,
                                      kept->met, &done))
        return e;
    if (store::Error e = store.captures().clear_draft()) return e;
    if (store::Error e = transaction.commit()) return e;
    if (result) *result = done;
    return {};
}

std::optional<std::string> conversation_to_debrief(store::Store& store,
                                                   const std::string& person_id) {
    const auto target = store.captures().target(store.clock().now(), person_id);
    if (target && target->person_id == person_id) return target->conversation_id;
    return std::nullopt;
}

store::Error chosen_person(store::Store& store, const std::string& picked_id,
                           const std::string& typed_name, std::string& id, bool& added) {
    added = picked_id.empty();
    if (!added) {
        id = picked_id;
        return {};
    }
    core::Person person;
    if (store::Error e = add_person_named(store, typed_name, person)) return e;
    id = person.id;
    return {};
}

store::Error add_person_named(store::Store& store, const std::string& name, core::Person& added) {
    added = {};
    added.name = name;
    return store.people().save(added);
}

} // namespace rapport::services
