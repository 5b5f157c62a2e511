// A conversation's state and actions: the record as stored, edits saved
// within half a second, and the moves that change what follows from it.
#include "features/debrief/debrief_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/calendar.hpp"
#include "store/store.hpp"

#include <imgui.h>

namespace rapport::ui {

DebriefFeature::DebriefFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<ToggleMoveConversation>([this](ToggleMoveConversation&) { toggle_move(); });
    bus.handle<MoveConversation>([this](MoveConversation&) { move(); });
    bus.handle<CancelConversation>([this](CancelConversation& a) { cancel(a.confirmed); });
    bus.handle<DeleteConversation>([this](DeleteConversation&) { remove(); });
}

void DebriefFeature::open(const Route& route) {
    save(true);
    reload(route.argument);
}

void DebriefFeature::reload(const std::string& id) {
    store::Store& store = shell_.store();
    editor_ = DebriefEditor{};
    auto conversation = store.conversations().find(id);
    if (!conversation) return;
    editor_.conversation = *conversation;
    if (auto person = store.people().find(conversation->person_id))
        editor_.person_name = person->name;
    editor_.notes = store.notes().about(id);
}

bool DebriefFeature::leave(const Route&) {
    save(true);
    return false; // the shell goes back
}

void DebriefFeature::load(const Route& route) {
    // Back from a note or from conversation mode: what they changed shows,
    // unless typing here is still to be written.
    if (editor_.autosave.dirty() || route.argument != editor_.conversation.id) return;
    DebriefEditor kept = std::move(editor_);
    reload(route.argument);
    if (editor_.conversation.id.empty()) return;
    editor_.moving = kept.moving;
    editor_.move_date = std::move(kept.move_date);
    editor_.move_time = std::move(kept.move_time);
    editor_.move_error = std::move(kept.move_error);
    editor_.confirm_cancel = kept.confirm_cancel;
    editor_.autosave = kept.autosave;
}

void DebriefFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force) || editor_.conversation.id.empty()) return;
    if (store::Error e = shell_.store().conversations().save(editor_.conversation)) {
        editor_.problem = e.message + " — your text is kept and will be retried.";
        return;
    }
    editor_.problem.clear();
    editor_.autosave.saved();
}

void DebriefFeature::toggle_move() {
    editor_.moving = !editor_.moving;
    editor_.move_error.clear();
    const core::Clock& clock = shell_.store().clock();
    const core::Conversation& c = editor_.conversation;
    const core::Millis at = c.held_at.value_or(c.when);
    editor_.move_date = core::local_date_text(at, clock);
    editor_.move_time = core::local_time_text(at, clock, shell_.model().hour_clock);
}

void DebriefFeature::move() {
    save(true);
    store::Store& store = shell_.store();
    const auto to = core::parse_local(editor_.move_date, editor_.move_time, store.clock());
    if (!to) {
        editor_.move_error = "Give the date as 2026-12-02 and the time as 14:30.";
        return;
    }
    if (store::Error e = store.conversations().move(editor_.conversation.id, *to)) {
        editor_.move_error = e.message;
        return;
    }
    reload(editor_.conversation.id);
    shell_.people_changed();
    shell_.notify("Moved to " + core::local_date_text(*to, store.clock()) + " " +
                  core::local_time_text(*to, store.clock(), shell_.model().hour_clock));
}

void DebriefFeature::cancel(bool confirmed) {
    if (!confirmed) {
        editor_.confirm_cancel = !editor_.confirm_cancel;
        return;
    }
    save(true);
    const bool held = editor_.conversation.status == core::ConversationStatus::Held;
    if (store::Error e = shell_.store().conversations().cancel(editor_.conversation.id))
        return shell_.show_error(e);
    reload(editor_.conversation.id);
    shell_.people_changed();
    shell_.notify(held ? "Marked as not held · its thank-you is no longer due"
                       : "Conversation cancelled");
}

void DebriefFeature::remove() {
    save(true);
    const std::string id = editor_.conversation.id;
    if (store::Error e = shell_.store().conversations().remove(id)) return shell_.show_error(e);
    editor_ = DebriefEditor{};
    shell_.people_changed();
    shell_.back();
    shell_.notify("Conversation deleted", [this, id] {
        if (store::Error e = shell_.store().conversations().restore(id))
            return shell_.show_error(e);
        shell_.people_changed();
    });
}

// A screenshot of the conversation held most recently.
std::optional<Route> DebriefFeature::route_for(const std::string& request) {
    if (!asks_for_screen(request, "debrief")) return std::nullopt;
    const auto held = shell_.store().conversations().held();
    if (held.empty()) return Route{Screen::Today, {}};
    return Route{Screen::Debrief, held.back().conversation.id};
}

} // namespace rapport::ui
