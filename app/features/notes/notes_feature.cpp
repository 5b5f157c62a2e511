// A note's state and actions: it opens whole, every edit is written within
// half a second (the same rule as capture), and delete can be undone.
#include "features/notes/notes_feature.hpp"

#include "services/capture.hpp"

#include "ui/launch_request.hpp"

#include "core/text.hpp"
#include "store/store.hpp"

#include <imgui.h>

namespace rapport::ui {

NotesFeature::NotesFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<DeleteNote>([this](DeleteNote& a) { remove(a.id); });
    bus.handle<FileNote>([this](FileNote& a) { file(a); });
    bus.handle<ToggleNotePicker>([this](ToggleNotePicker&) {
        editor_.picking = !editor_.picking;
        editor_.pick_focus = editor_.picking;
        editor_.pick_query.clear();
    });
}

void NotesFeature::open(const Route& route) {
    if (route.screen != Screen::Note) return;
    save(true); // another note still being written goes in first
    store::Store& store = shell_.store();
    editor_ = NoteEditor{};
    if (auto note = store.notes().find(route.argument)) {
        editor_.note = *note;
        if (note->person_id)
            if (auto person = store.people().find(*note->person_id))
                editor_.person_name = person->name;
    }
    // From a search: the caret goes to the first word searched for.
    if (!route.find.empty()) {
        const std::string body = core::lower_ascii(editor_.note.body);
        const auto words = core::split_words(core::lower_ascii(route.find));
        for (const std::string& word : words)
            if (const size_t at = body.find(word); at != std::string::npos) {
                editor_.focus_requested = true;
                editor_.pending_cursor = static_cast<int>(at);
                break;
            }
    }
}

void NotesFeature::load(const Route& route) {
    if (route.screen == Screen::Inbox) inbox_ = shell_.store().notes().inbox(200);
}

bool NotesFeature::leave(const Route& route) {
    if (route.screen == Screen::Note) save(true);
    return false; // the shell goes back
}

bool NotesFeature::keyboard_on_hold(const Route& route) const {
    return route.screen == Screen::Note && (editor_.focus_requested || editor_.pick_focus);
}

void NotesFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force) || editor_.note.id.empty()) return;
    // An emptied note is not written: what it said stays until it is
    // deleted, so clearing the box by mistake loses nothing.
    if (editor_.note.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        editor_.problem = "An empty note is not saved. Delete it instead.";
        editor_.autosave.saved();
        return;
    }
    if (store::Error e = shell_.store().notes().save(editor_.note)) {
        editor_.problem = e.message + " — your text is kept and will be retried.";
        return; // still dirty: the next frame retries
    }
    editor_.problem.clear();
    editor_.autosave.saved();
}

void NotesFeature::remove(const std::string& id) {
    save(true);
    store::Store& store = shell_.store();
    if (store::Error e = store.notes().remove(id)) return shell_.show_error(e);
    if (editor_.note.id == id) editor_ = NoteEditor{};
    shell_.people_changed();
    if (shell_.navigator().current().screen == Screen::Note) shell_.back();
    shell_.notify("Note deleted", [this, id] {
        if (store::Error e = shell_.store().notes().restore(id)) return shell_.show_error(e);
        shell_.people_changed();
    });
}

void NotesFeature::file(const FileNote& a) {
    save(true);
    store::Store& store = shell_.store();
    auto note = store.notes().find(a.note_id);
    if (!note) return;
    std::string id;
    bool added = false;
    if (store::Error e = services::chosen_person(store, a.person_id, a.name, id, added))
        return shell_.show_error(e);
    note->person_id = id;
    if (store::Error e = store.notes().save(*note)) return shell_.show_error(e);
    editor_.picking = false;
    editor_.pick_query.clear();
    shell_.people_changed();
    // Filing from the inbox goes back to it, for the next note.
    shell_.back();
    shell_.notify("Filed under " + a.name);
}

// A screenshot of the newest note: in the inbox, else on anyone.
std::optional<Route> NotesFeature::route_for(const std::string& request) {
    if (!asks_for_screen(request, "note")) return std::nullopt;
    store::Store& store = shell_.store();
    if (const auto inbox = store.notes().inbox(1); !inbox.empty())
        return Route{Screen::Note, inbox.front().id};
    for (const auto& held : store.conversations().held())
        if (const auto notes = store.notes().about(held.conversation.id); !notes.empty())
            return Route{Screen::Note, notes.back().id};
    return Route{Screen::Today, {}};
}

} // namespace rapport::ui
