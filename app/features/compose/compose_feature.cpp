#include "features/compose/compose_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/debrief.hpp"
#include "core/message_templates.hpp"
#include "store/store.hpp"

#include <imgui.h>

namespace rapport::ui {

ComposeFeature::ComposeFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<Compose>([this](Compose& a) { begin(a); });
    bus.handle<SetMessageKind>([this](SetMessageKind& a) { set_kind(a.kind); });
    bus.handle<MarkSent>([this](MarkSent&) { mark_sent(); });
}

bool ComposeFeature::launch(const Route& route) {
    begin({route.argument, core::MessageKind::Outreach, ""});
    return true;
}

void ComposeFeature::begin(const Compose& a) {
    store::Store& store = shell_.store();
    const auto person = store.people().find(a.person_id);
    if (!person) return;
    editor_ = ComposeEditor{};
    editor_.person_name = person->name;
    editor_.email = person->emails.empty() ? "" : person->emails.front();
    editor_.linkedin = person->linkedin;
    // What the templates may say, from the person, the profile and the
    // last conversation.
    const core::Profile me = store.prepare().profile();
    core::TemplateValues& v = editor_.values;
    v = core::person_values(*person);
    core::add_profile_values(v, me);
    v["met_person"] = a.met_person;
    if (person->referred_by)
        if (auto referrer = store.people().find(*person->referred_by)) {
            v["referrer"] = referrer->name;
            v["how_found"] = referrer->name + ", who suggested I reach out";
        }
    if (v["how_found"].empty()) v["how_found"] = std::string(core::source_phrase(person->source));
    // [what I learned]: the first takeaway of the last conversation held.
    for (const store::TimelineEntry& e : store.dashboard().timeline(person->id, 50)) {
        if (e.kind != store::TimelineKind::Conversation || e.code != "held") continue;
        if (auto c = store.conversations().find(e.id))
            v["learned"] = core::first_takeaway(c->takeaways);
        break;
    }
    editor_.message.person_id = person->id;
    editor_.message.kind = a.kind;
    const core::MessageDraft draft =
        core::filled_template(a.kind, v, store.prepare().message_template(a.kind));
    editor_.message.subject = draft.subject;
    editor_.message.body = draft.body;
    editor_.template_body = draft.body;
    shell_.open({Screen::Compose, person->id});
}

void ComposeFeature::set_kind(core::MessageKind kind) {
    editor_.message.kind = kind;
    const core::MessageDraft draft = core::filled_template(
        kind, editor_.values, shell_.store().prepare().message_template(kind));
    editor_.message.subject = draft.subject;
    // An edited body is the user's: only an untouched template changes.
    if (editor_.message.body == editor_.template_body) editor_.message.body = draft.body;
    editor_.template_body = draft.body;
    editor_.autosave.edited(ImGui::GetTime());
}

void ComposeFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    if (store::Error e = shell_.store().messages().save(editor_.message))
        return shell_.show_error(e);
    editor_.autosave.saved();
}

void ComposeFeature::mark_sent() {
    store::Store& store = shell_.store();
    if (core::has_gap(editor_.message.subject) || core::has_gap(editor_.message.body))
        return shell_.show_error(
            {store::ErrorKind::Invalid, "Fill in the [bracketed] gaps before you send it"});
    if (const int over = core::character_count(editor_.message.body) - core::kLinkedInNoteLimit;
        editor_.message.kind == core::MessageKind::LinkedInNote && over > 0)
        return shell_.show_error(
            {store::ErrorKind::Invalid, "LinkedIn takes 300 characters at most: cut " +
                                            std::to_string(over) + " before you send it"});
    if (store::Error e = store.messages().save(editor_.message)) return shell_.show_error(e);
    if (store::Error e = store.messages().mark_sent(editor_.message.id, store.clock().now()))
        return shell_.show_error(e);
    const bool outreach = editor_.message.kind == core::MessageKind::Outreach ||
                          editor_.message.kind == core::MessageKind::LinkedInNote;
    const std::string who = editor_.person_name;
    editor_ = ComposeEditor{};
    shell_.people_changed();
    shell_.back();
    shell_.notify(outreach ? "Sent to " + who + " · a nudge is due in 3 business days"
                           : "Marked as sent");
}

// A screenshot of an outreach to someone researched and not yet asked.
std::optional<Route> ComposeFeature::route_for(const std::string& request) {
    if (!asks_for_screen(request, "compose")) return std::nullopt;
    store::PeopleQuery query;
    query.stages = {core::Stage::Researched};
    store::Store& store = shell_.store();
    for (const auto& list : {store.people().list(query), store.people().list({})})
        if (!list.empty()) return Route{Screen::Compose, list.front().id};
    return Route{Screen::Today, {}};
}

} // namespace rapport::ui
