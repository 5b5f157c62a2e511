// Capture's state and actions: the draft comes back exactly as it was left,
// every keystroke is written within a second, and finishing files the note.
#include "features/capture/capture_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/debrief.hpp"
#include "core/text.hpp"
#include "services/capture.hpp"
#include "store/store.hpp"

#include <cstdio>
#include <imgui.h>

namespace rapport::ui {
namespace {

// Why capture chose whom it did, as its card says it.
std::string why_words(const store::CaptureTarget& target, core::Millis now) {
    switch (target.why) {
    case store::CaptureTarget::Why::InProgress:
        return "conversation in progress";
    case store::CaptureTarget::Why::Ended:
        return "conversation ended " +
               std::to_string(std::max<core::Millis>(0, (now - target.ended_at) / core::kMinute)) +
               " min ago";
    case store::CaptureTarget::Why::OnTheirPage:
        break;
    }
    return "on their page";
}

} // namespace

CaptureFeature::CaptureFeature(Shell& shell) : shell_(shell) {
    if (auto draft = shell_.store().captures().draft()) {
        // Back exactly where it was: text, caret, person and conversation.
        editor_.text = draft->body;
        editor_.cursor = draft->cursor;
        editor_.conversation_id = draft->conversation_id;
        editor_.met = draft->met;
        if (draft->person_id)
            if (auto person = shell_.store().people().find(*draft->person_id)) {
                editor_.person_id = person->id;
                editor_.person_name = person->name;
                editor_.reason = "from your draft";
            }
    }
    ActionBus& bus = shell_.actions();
    bus.serve<CaptureAfterConversation>([this](CaptureAfterConversation& r) {
        follow_conversation(r.person_id, r.person_name, r.conversation_id);
    });
    bus.handle<FinishCapture>([this](FinishCapture&) { finish(); });
    bus.handle<CloseCapture>([this](CloseCapture&) { close(); });
    bus.handle<CaptureToInbox>([this](CaptureToInbox&) {
        editor_.person_id.reset();
        editor_.person_name.clear();
        editor_.conversation_id.reset();
        editor_.reason.clear();
        editor_.met = false;
        editor_.picking = false;
        editor_.inbox_chosen = true;
        editor_.focus_requested = true;
        editor_.pending_cursor = editor_.cursor;
        editor_.autosave.edited(ImGui::GetTime());
        save(true);
    });
    bus.handle<CapturePick>([this](CapturePick& a) { pick(a); });
    bus.handle<ToggleMet>([this](ToggleMet&) {
        editor_.met = !editor_.met;
        editor_.autosave.edited(ImGui::GetTime());
        save(true);
    });
    bus.handle<InsertPrompt>([this](InsertPrompt& a) { insert_prompt(a); });
    bus.handle<AddLead>([this](AddLead& a) { add_lead(a); });
}

void CaptureFeature::open(const Route& route) {
    editor_.focus_requested = true;
    editor_.pending_cursor = editor_.cursor;
    if (!route.argument.empty())
        about_conversation(route.argument);
    else
        preselect_person();
}

void CaptureFeature::load(const Route&) {
    editor_.open_questions.clear();
    if (!editor_.conversation_id) return;
    const auto conversation = shell_.store().conversations().find(*editor_.conversation_id);
    if (!conversation) return;
    for (const core::PlannedQuestion& q : conversation->questions)
        if (core::trim(q.answer).empty() && editor_.text.find(q.text) == std::string::npos)
            editor_.open_questions.push_back(q.text);
}

void CaptureFeature::about_conversation(const std::string& conversation_id) {
    store::Store& store = shell_.store();
    const auto conversation = store.conversations().find(conversation_id);
    if (!conversation || conversation->status == core::ConversationStatus::Cancelled)
        return preselect_person(); // gone since the prompt: capture as usual
    const auto person = store.people().find(conversation->person_id);
    if (!person) return preselect_person();
    editor_.person_id = person->id;
    editor_.person_name = person->name;
    editor_.conversation_id = conversation->id;
    editor_.inbox_chosen = false;
    editor_.met = false;
    // Said as it stands: a link may be followed before the end, or long after.
    const core::Millis now = store.clock().now();
    const core::Millis end = conversation->when + conversation->duration_minutes * core::kMinute;
    editor_.reason = now < conversation->when            ? "your planned conversation"
                     : now < end                         ? "conversation in progress"
                     : now - end <= store::kJustEndedFor ? "the conversation that just ended"
                                                         : "your conversation";
    editor_.autosave.edited(ImGui::GetTime());
    save(true);
}

std::optional<std::string> CaptureFeature::person_beneath() const {
    // Capture opens before it is pushed: what is on top now is beneath it.
    const Navigator& navigator = shell_.navigator();
    const Route* below =
        navigator.current().screen == Screen::Capture ? navigator.below() : &navigator.current();
    if (!below || below->argument.empty()) return std::nullopt;
    store::Store& store = shell_.store();
    switch (below->screen) {
    case Screen::Person:
        return below->argument;
    case Screen::Debrief:
    case Screen::Conversation:
        if (auto c = store.conversations().find(below->argument)) return c->person_id;
        return std::nullopt;
    case Screen::Note:
        if (auto n = store.notes().find(below->argument)) return n->person_id;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

void CaptureFeature::preselect_person() {
    // The person's choice stands, and so does a draft's: a note already
    // begun keeps the target it was left with (the inbox too).
    if (editor_.person_id || editor_.inbox_chosen || !editor_.text.empty()) return;
    store::Store& store = shell_.store();
    const auto target = store.captures().target(store.clock().now(), person_beneath());
    if (!target) return;
    editor_.person_id = target->person_id;
    editor_.person_name = target->person_name;
    editor_.conversation_id = target->conversation_id;
    editor_.reason = why_words(*target, store.clock().now());
}

bool CaptureFeature::keyboard_on_hold(const Route&) const {
    return (editor_.focus_requested && !editor_.picking) || editor_.pick_focus;
}

void CaptureFeature::report(const Route& route, FrameReport& report) const {
    report.typing_ready = route.screen == Screen::Capture && editor_.box_active && !editor_.picking;
    // A pending write needs a wake-up even if the caret stops blinking.
    if (editor_.autosave.dirty()) report.caret_blinking = true;
}

void CaptureFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    store::Error error = shell_.store().captures().save_draft(
        {editor_.text, editor_.cursor, 0, editor_.person_id, editor_.conversation_id, editor_.met});
    if (error) {
        // The text stays on screen and dirty, so the next frame retries;
        // the terminal hears it once, not once a frame.
        if (editor_.save_problem != error.message)
            std::fprintf(stderr, "rapport: your note is not saved yet: %s\n",
                         error.message.c_str());
        editor_.save_problem = error.message;
        return;
    }
    if (!editor_.save_problem.empty()) std::fprintf(stderr, "rapport: your note is saved now\n");
    editor_.save_problem.clear();
    editor_.autosave.saved();
}

void CaptureFeature::finish() {
    save(true);
    if (editor_.autosave.dirty()) return; // could not save: keep the screen and the text
    const std::optional<store::CaptureDraft> filing = shell_.store().captures().draft();
    store::CaptureResult result;
    if (store::Error error = services::finish_capture(shell_.store(), &result))
        return shell_.show_error(error);
    const std::string who = editor_.person_name;
    const bool had_text = !result.note_id.empty();
    if (had_text && filing && shell_.services().capture_filed)
        shell_.services().capture_filed({result.note_id, *filing});
    editor_ = CaptureEditor{};
    shell_.people_changed();
    shell_.back();
    if (!had_text) return;
    std::string text = who.empty()      ? "Saved to your inbox"
                       : result.debrief ? "Saved as your conversation with " + who
                                        : "Saved on " + who;
    if (result.thank_you_due) text += " · thank-you due tomorrow";
    shell_.notify(text);
}

void CaptureFeature::keep_or_forget() {
    if (!core::trim(editor_.text).empty()) return save(true);
    editor_ = CaptureEditor{};
    if (store::Error error = shell_.store().captures().save_draft({})) shell_.show_error(error);
    if (store::Error error = services::finish_capture(shell_.store())) shell_.show_error(error);
}

void CaptureFeature::close() {
    keep_or_forget();
    const bool kept = !editor_.text.empty() && !editor_.autosave.dirty();
    shell_.back();
    if (kept) shell_.notify("Kept as a draft · Done files it");
}

void CaptureFeature::follow_conversation(const std::string& person_id,
                                         const std::string& person_name,
                                         const std::string& conversation_id) {
    editor_.person_id = person_id;
    editor_.person_name = person_name;
    editor_.conversation_id = conversation_id;
    editor_.reason = "the conversation you just had";
    editor_.focus_requested = true;
    editor_.pending_cursor = static_cast<int>(editor_.text.size());
    editor_.autosave.edited(ImGui::GetTime());
    save(true);
    shell_.replace({Screen::Capture, {}});
}

void CaptureFeature::pick(const CapturePick& a) {
    store::Store& store = shell_.store();
    // A new name: they are created now; finishing moves them to met.
    std::string id;
    bool added = false;
    if (store::Error e = services::chosen_person(store, a.person_id, a.name, id, added))
        return shell_.show_error(e);
    if (added) shell_.people_changed();
    editor_.person_id = id;
    editor_.person_name = a.name;
    editor_.conversation_id = services::conversation_to_debrief(store, id);
    editor_.reason = editor_.conversation_id ? "picked · your conversation today" : "picked";
    editor_.picking = false;
    editor_.pick_query.clear();
    editor_.focus_requested = true;
    editor_.pending_cursor = static_cast<int>(editor_.text.size());
    editor_.autosave.edited(ImGui::GetTime());
    save(true);
}

void CaptureFeature::insert_prompt(const InsertPrompt& a) {
    int cursor = 0;
    editor_.text = core::insert_heading(editor_.text, a.heading, cursor);
    editor_.pending_cursor = cursor;
    editor_.cursor = cursor;
    editor_.focus_requested = true;
    editor_.autosave.edited(ImGui::GetTime());
    save(true);
}

void CaptureFeature::add_lead(const AddLead& a) {
    core::Person lead;
    lead.name = a.name;
    lead.source = core::Source::Referral;
    lead.referred_by = editor_.person_id;
    lead.research.notes = a.context;
    if (store::Error e = shell_.store().people().save(lead)) return shell_.show_error(e);
    editor_.added_leads.push_back(a.name);
    shell_.people_changed();
    shell_.notify("Added " + a.name + " as a referral");
}

// --capture, a second launch with it, the end prompt's Capture notes
// (capture about the conversation that just ended).
std::optional<Route> CaptureFeature::route_for(const std::string& request) {
    if (request == kNewCaptureRequest || asks_for_screen(request, "capture"))
        return Route{Screen::Capture, {}};
    if (auto id = request_argument(request, kCaptureRequest)) return Route{Screen::Capture, *id};
    return std::nullopt;
}

} // namespace rapport::ui
