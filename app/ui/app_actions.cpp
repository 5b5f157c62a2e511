// Applying what a frame recorded: navigation, settings and every write to
// the store. Runs after the frame, so drawing never sees half a change.
#include "core/calendar.hpp"
#include "core/debrief.hpp"
#include "core/elevator_speech.hpp"
#include "core/links.hpp"
#include "store/demo_data.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace rapport::ui {
namespace {

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr double kSnackbarSeconds = 6.0;

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::string current;
    for (char c : text + ",") {
        if (c == ',' || c == ';' || c == '\n') {
            const size_t a = current.find_first_not_of(" \t");
            if (a != std::string::npos)
                items.push_back(current.substr(a, current.find_last_not_of(" \t") - a + 1));
            current.clear();
        } else {
            current += c;
        }
    }
    return items;
}

std::string join_list(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

} // namespace

void App::show_error(const store::Error& error) {
    model_.last_error = error.message;
}

void App::notify(std::string text, std::optional<std::string> undo_delete_of) {
    snackbar_ = {std::move(text), std::move(undo_delete_of), ImGui::GetTime() + kSnackbarSeconds};
}

void App::begin_edit(const std::string& person_id) {
    person_editor_ = PersonEditor{};
    if (!person_id.empty()) {
        if (auto person = store_.person(person_id))
            person_editor_.draft = *person;
        else
            return show_error({store::ErrorKind::Invalid, "That person no longer exists"});
    }
    const core::Person& p = person_editor_.draft;
    person_editor_.emails = join_list(p.emails);
    person_editor_.phones = join_list(p.phones);
    person_editor_.tags = join_list(p.tags);
    person_editor_.links = join_list(p.research.links);
    if (p.referred_by)
        if (auto referrer = store_.person(*p.referred_by))
            person_editor_.referrer_name = referrer->name;
    if (auto org = store_.organisation_named(p.organisation)) person_editor_.organisation = *org;
    person_editor_.focus_requested = true;
    open_route({Screen::PersonEdit, person_id});
}

void App::save_person(bool allow_duplicate) {
    PersonEditor& editor = person_editor_;
    core::Person person = editor.draft;
    person.emails = split_list(editor.emails);
    person.phones = split_list(editor.phones);
    person.tags = split_list(editor.tags);
    person.research.links = split_list(editor.links);
    const bool is_new = person.id.empty();
    if (is_new && !allow_duplicate) {
        editor.duplicates = store_.find_duplicates(person);
        if (!editor.duplicates.empty()) return; // the form offers open / merge / add anyway
    }
    if (store::Error error = store_.save_person(person)) {
        editor.error = error.message; // the form keeps every field as typed
        return;
    }
    // The organisation's principles belong to the organisation, shared by
    // everyone who works there.
    if (!person.organisation.empty() && !editor.organisation.principles.empty()) {
        core::Organisation org = store_.organisation_named(person.organisation)
                                     .value_or(core::Organisation{"", person.organisation, "", ""});
        org.principles = editor.organisation.principles;
        if (store::Error error = store_.save_organisation(org)) editor.error = error.message;
    }
    editor.error.clear();
    editor.duplicates.clear();
    people_changed();
    navigator_.replace({Screen::Person, person.id});
    notify(is_new ? "Added " + person.name : "Saved");
}

void App::finish_capture() {
    autosave_capture(true);
    if (capture_.dirty) return; // could not save: keep the screen and the text
    store::CaptureResult result;
    if (store::Error error = store_.finish_capture(&result)) return show_error(error);
    const std::string who = capture_.person_name;
    const bool had_text = !result.note_id.empty();
    capture_ = CaptureEditor{};
    people_changed();
    navigator_.back();
    if (!had_text) return;
    std::string text = who.empty() ? "Saved to your inbox" : "Saved on " + who;
    if (result.thank_you_due) text += " · thank-you due tomorrow";
    notify(text);
}

void App::start_conversation(const std::string& id) {
    auto conversation = store_.conversation(id);
    if (!conversation)
        return show_error({store::ErrorKind::Invalid, "That conversation no longer exists"});
    const auto person = store_.person(conversation->person_id);
    conversation_ = ConversationEditor{};
    // No plan yet: the guide's six starter questions, in order.
    if (conversation->questions.empty()) {
        const auto bank = store_.questions();
        const core::TemplateValues values =
            person ? core::person_values(*person) : core::TemplateValues{};
        for (size_t i = 0; i < bank.size() && i < 6; ++i)
            conversation->questions.push_back(
                {bank[i].id, core::fill_placeholders(bank[i].text, values), ""});
        if (store::Error e = store_.save_conversation(*conversation)) return show_error(e);
    }
    conversation_.conversation = *conversation;
    conversation_.person_name = person ? person->name : "";
    conversation_.started_at = store_.clock().now();
    open_route({Screen::Conversation, id});
}

void App::save_answers(bool force) {
    if (!conversation_.dirty) return;
    if (!force && ImGui::GetTime() - conversation_.last_edit_at < 1.0) return;
    core::Conversation copy = conversation_.conversation;
    if (store::Error e = store_.save_conversation(copy)) return show_error(e);
    conversation_.conversation.updated_at = copy.updated_at;
    conversation_.dirty = false;
}

void App::begin_compose(const std::string& person_id, core::MessageKind kind,
                        const std::string& met_person) {
    const auto person = store_.person(person_id);
    if (!person) return;
    compose_ = ComposeEditor{};
    compose_.person_name = person->name;
    compose_.email = person->emails.empty() ? "" : person->emails.front();
    // What the templates may say, from the person, the profile and the
    // last conversation.
    const core::Profile me = store_.profile();
    core::TemplateValues& v = compose_.values;
    v = core::person_values(*person);
    v["my_name"] = me.name;
    v["my_study"] = me.major;
    v["met_person"] = met_person;
    if (person->referred_by)
        if (auto referrer = store_.person(*person->referred_by)) {
            v["referrer"] = referrer->name;
            v["how_found"] = referrer->name + ", who suggested I reach out";
        }
    if (v["how_found"].empty()) v["how_found"] = std::string(core::source_phrase(person->source));
    for (const store::TimelineEntry& e : store_.timeline(person->id, 50))
        if (e.kind == store::TimelineKind::Conversation && !e.detail.empty()) {
            v["learned"] = e.detail.substr(0, e.detail.find('\n'));
            break;
        }
    compose_.message.person_id = person->id;
    compose_.message.kind = kind;
    const core::MessageDraft draft = core::filled_template(kind, v);
    compose_.message.subject = draft.subject;
    compose_.message.body = draft.body;
    compose_.template_body = draft.body;
    open_route({Screen::Compose, person->id});
}

void App::save_message_draft(bool force) {
    if (!compose_.dirty) return;
    if (!force && ImGui::GetTime() - compose_.last_edit_at < 1.0) return;
    if (store::Error e = store_.save_message(compose_.message)) return show_error(e);
    compose_.dirty = false;
}

void App::load_speech_editor() {
    save_speech(true); // what was typed elsewhere first
    speech_ = SpeechEditor{};
    speech_.profile = store_.profile();
    for (size_t i = 0; i < speech_.versions.size(); ++i)
        speech_.versions[i].audience = static_cast<core::Audience>(i);
    for (const core::ElevatorSpeech& s : store_.speeches())
        speech_.versions[static_cast<size_t>(s.audience)] = s;
}

void App::save_speech(bool force) {
    if (!speech_.dirty) return;
    if (!force && ImGui::GetTime() - speech_.last_edit_at < 1.0) return;
    if (store::Error e = store_.save_profile(speech_.profile)) return show_error(e);
    for (core::ElevatorSpeech& version : speech_.versions)
        if (!version.text.empty() || !version.id.empty())
            if (store::Error e = store_.save_speech(version)) return show_error(e);
    speech_.dirty = false;
}

void App::apply(Action& action) {
    std::visit(
        Overloaded{
            [&](SwitchTab& a) { navigator_.switch_tab(a.tab); },
            [&](OpenScreen& a) { open_route(std::move(a.route)); },
            [&](ShowOlderTimeline&) { timeline_limit_ += kTimelinePage; },
            [&](GoBack&) {
                // Leaving capture with text in it files it: nothing to forget.
                if (navigator_.current().screen == Screen::Capture) return finish_capture();
                navigator_.back();
            },
            [&](SetTheme& a) {
                preferences_.theme = a.theme;
                context_.theme = a.theme;
                context_.palette = &palette_for(a.theme);
                apply_style(ImGui::GetStyle(), *context_.palette, context_.scale);
                save_preferences_file();
            },
            [&](SetTextSize& a) {
                const float size =
                    std::clamp(a.size, Preferences::kMinTextSize, Preferences::kMaxTextSize);
                if (std::fabs(size - preferences_.text_size) < 0.001f) return;
                preferences_.text_size = size;
                fonts_dirty_ = true;
                save_preferences_file();
            },
            [&](SaveCaptureDraft& a) {
                capture_.text = std::move(a.body);
                capture_.cursor = a.cursor;
                autosave_capture(true);
            },
            [&](FinishCapture&) { finish_capture(); },
            [&](CapturePick& a) {
                std::string id = a.person_id;
                if (id.empty()) {
                    // A new name: they are created now; finishing moves them to met.
                    core::Person person;
                    person.name = a.name;
                    if (store::Error e = store_.save_person(person)) return show_error(e);
                    id = person.id;
                    people_changed();
                }
                capture_.person_id = id;
                capture_.person_name = a.name;
                capture_.conversation_id.reset();
                if (auto target = store_.capture_target(store_.clock().now(), std::nullopt))
                    if (target->person_id == id) capture_.conversation_id = target->conversation_id;
                capture_.reason = "picked";
                capture_.picking = false;
                capture_.pick_query.clear();
                capture_.dirty = true;
                capture_.focus_requested = true;
                capture_.pending_cursor = static_cast<int>(capture_.text.size());
                autosave_capture(true);
            },
            [&](StartConversation& a) { start_conversation(a.id); },
            [&](Compose& a) { begin_compose(a.person_id, a.kind, a.met_person); },
            [&](AddCareer& a) {
                core::CareerOption option;
                option.title = a.title;
                option.interest = a.interest;
                if (store::Error e = store_.save_career(option)) return show_error(e);
            },
            [&](SetInterest& a) {
                for (core::CareerOption option : store_.careers())
                    if (option.id == a.career_id) {
                        option.interest = a.interest;
                        if (store::Error e = store_.save_career(option)) return show_error(e);
                    }
            },
            [&](FileEvidence& a) {
                core::Evidence evidence;
                evidence.career_id = a.career_id;
                evidence.kind = a.kind;
                evidence.text = a.text;
                if (!a.conversation_id.empty()) {
                    evidence.conversation_id = a.conversation_id;
                    evidence.question_position = a.question_position;
                }
                if (!a.note_id.empty()) {
                    const auto note = store_.note(a.note_id);
                    if (!note) return show_error({store::ErrorKind::Invalid, "That note is gone"});
                    evidence.note_id = a.note_id;
                    evidence.text = note->body; // all of it, not the line the timeline shows
                }
                if (store::Error e = store_.add_evidence(evidence)) return show_error(e);
                notify("Filed as " +
                       std::string(core::label_of(core::evidence_kind_names(), a.kind)));
            },
            [&](OpenSpeech&) {
                load_speech_editor();
                open_route({Screen::Speech, {}});
            },
            [&](FinishWelcome&) {
                // Saving (even an empty profile) answers the first-run question.
                if (store::Error e = store_.save_profile(speech_.profile)) return show_error(e);
                speech_.dirty = false;
                welcome_open_ = false;
                if (!speech_.profile.name.empty())
                    notify("Thanks, " +
                           speech_.profile.name.substr(0, speech_.profile.name.find(' ')));
            },
            [&](AssembleSpeech&) {
                core::ElevatorSpeech& version =
                    speech_.versions[static_cast<size_t>(speech_.audience)];
                version.text = core::assemble_speech(speech_.profile);
                speech_.dirty = true;
                save_speech(true);
            },
            [&](Rehearse& a) {
                const core::Millis now = store_.clock().now();
                if (a.start) {
                    speech_.rehearsal_started = now;
                } else if (speech_.rehearsal_started) {
                    speech_.last_rehearsal_seconds =
                        static_cast<int>((now - *speech_.rehearsal_started) / 1000);
                    speech_.rehearsal_started.reset();
                }
            },
            [&](SaveQuestion& a) {
                core::Question q;
                for (const core::Question& existing : store_.questions(true))
                    if (existing.id == a.id) q = existing;
                if (!a.id.empty() && q.id.empty())
                    return show_error({store::ErrorKind::Invalid, "That question is gone"});
                q.text = a.text;
                q.category = a.category;
                if (store::Error e = store_.save_question(q)) return show_error(e);
                notify(a.id.empty() ? "Added to your questions" : "Question saved");
            },
            [&](ArchiveQuestion& a) {
                for (core::Question q : store_.questions(true))
                    if (q.id == a.id) {
                        q.archived = a.archived;
                        if (store::Error e = store_.save_question(q)) return show_error(e);
                        notify(a.archived ? "Archived: it stays in past conversations"
                                          : "Back in your questions");
                    }
            },
            [&](SetMessageKind& a) {
                compose_.message.kind = a.kind;
                const core::MessageDraft draft = core::filled_template(a.kind, compose_.values);
                compose_.message.subject = draft.subject;
                // An edited body is the user's: only an untouched template changes.
                if (compose_.message.body == compose_.template_body)
                    compose_.message.body = draft.body;
                compose_.template_body = draft.body;
                compose_.dirty = true;
            },
            [&](CopyText& a) {
                ImGui::SetClipboardText(a.text.c_str());
                notify("Copied");
            },
            [&](MarkSent&) {
                if (store::Error e = store_.save_message(compose_.message)) return show_error(e);
                if (store::Error e =
                        store_.mark_message_sent(compose_.message.id, store_.clock().now()))
                    return show_error(e);
                const bool outreach = compose_.message.kind == core::MessageKind::Outreach;
                const std::string who = compose_.person_name;
                compose_ = ComposeEditor{};
                people_changed();
                navigator_.back();
                notify(outreach ? "Sent to " + who + " · a nudge is due in 3 business days"
                                : "Marked as sent");
            },
            [&](PlanConversation& a) {
                const auto person = store_.person(a.person_id);
                if (!person) return;
                plan_ = PlanEditor{};
                plan_.person_name = person->name;
                plan_.conversation.person_id = person->id;
                const core::Clock& clock = store_.clock();
                // A new plan starts tomorrow at 10:00, 15 minutes, as the guide asks.
                core::Millis when =
                    core::start_of_local_day(clock.now(), clock) + core::kDay + 10 * core::kHour;
                if (auto existing = a.conversation_id.empty()
                                        ? std::nullopt
                                        : store_.conversation(a.conversation_id)) {
                    plan_.conversation = *existing;
                    when = existing->when;
                }
                plan_.values = core::person_values(*person);
                // A plan starts with the guide's six starters, filled from research.
                if (plan_.conversation.questions.empty()) {
                    const auto bank = store_.questions();
                    for (size_t i = 0; i < bank.size() && i < 6; ++i)
                        plan_.conversation.questions.push_back(
                            {bank[i].id, core::fill_placeholders(bank[i].text, plan_.values), ""});
                }
                plan_.date = core::local_date_text(when, clock);
                plan_.time = core::local_time_text(when, clock);
                open_route({Screen::PlanConversation, person->id});
            },
            [&](SavePlan&) {
                const auto when = core::parse_local(plan_.date, plan_.time, store_.clock());
                if (!when) {
                    plan_.error = "Use a date like 2026-12-02 and a time like 14:30";
                    return;
                }
                core::Conversation c = plan_.conversation;
                c.when = *when;
                if (store::Error e = store_.save_conversation(c))
                    return void(plan_.error = e.message);
                people_changed();
                navigator_.back();
                notify("Planned for " + plan_.date + " " + plan_.time);
            },
            [&](ExportInvite& a) {
                const auto c = store_.conversation(a.conversation_id);
                const auto person = c ? store_.person(c->person_id) : std::nullopt;
                if (!c || !person || !services_.export_invite) return;
                std::string error;
                const std::string path = services_.export_invite(*c, person->name, error);
                if (path.empty()) return show_error({store::ErrorKind::Other, error});
                notify("Invite saved: " + path);
            },
            [&](StepQuestion& a) {
                save_answers(true);
                const int count = static_cast<int>(conversation_.conversation.questions.size());
                conversation_.index =
                    std::clamp(conversation_.index + a.delta, 0, std::max(0, count - 1));
                // Typing an answer and moving on: the next card's box takes
                // the keys that follow, so no answer lands on the wrong card.
                conversation_.focus_answer = conversation_.answering;
            },
            [&](ContinueOvertime&) { conversation_.time_up_dismissed = true; },
            [&](EndConversation&) {
                save_answers(true);
                if (conversation_.dirty) return; // not saved: stay, the answers are on screen
                // Capture follows, about this person and this conversation.
                capture_.person_id = conversation_.conversation.person_id;
                capture_.person_name = conversation_.person_name;
                capture_.conversation_id = conversation_.conversation.id;
                capture_.reason = "the conversation you just had";
                capture_.focus_requested = true;
                capture_.pending_cursor = static_cast<int>(capture_.text.size());
                capture_.dirty = true;
                autosave_capture(true);
                navigator_.replace({Screen::Capture, {}});
            },
            [&](InsertPrompt& a) {
                int cursor = 0;
                capture_.text = core::insert_heading(capture_.text, a.heading, cursor);
                capture_.pending_cursor = cursor;
                capture_.cursor = cursor;
                capture_.focus_requested = true;
                capture_.dirty = true;
                autosave_capture(true);
            },
            [&](AddLead& a) {
                core::Person lead;
                lead.name = a.name;
                lead.source = core::Source::Referral;
                lead.referred_by = capture_.person_id;
                lead.research.notes = a.context;
                if (store::Error e = store_.save_person(lead)) return show_error(e);
                capture_.added_leads.push_back(a.name);
                people_changed();
                notify("Added " + a.name + " as a referral");
            },
            [&](OpenLink& a) {
                std::string error;
                if (services_.open_url && !services_.open_url(a.url, error))
                    model_.last_error = error;
            },
            [&](SetFilter& a) { filter_ = a.filter; },
            [&](Search& a) { search_text_ = a.text; },
            [&](EditPerson& a) { begin_edit(a.id); },
            [&](SavePerson& a) { save_person(a.allow_duplicate); },
            [&](MergeInto& a) {
                // Save what the form holds as its own person, then fold it in.
                core::Person incoming = person_editor_.draft;
                incoming.emails = split_list(person_editor_.emails);
                incoming.phones = split_list(person_editor_.phones);
                incoming.tags = split_list(person_editor_.tags);
                if (store::Error e = store_.save_person(incoming))
                    return void(person_editor_.error = e.message);
                if (store::Error e = store_.merge_people(a.existing_id, incoming.id))
                    return void(person_editor_.error = e.message);
                person_editor_ = PersonEditor{};
                people_changed();
                navigator_.replace({Screen::Person, a.existing_id});
                notify("Merged");
            },
            [&](DeletePerson& a) {
                const auto person = store_.person(a.id);
                if (store::Error e = store_.delete_person(a.id)) return show_error(e);
                people_changed();
                while (navigator_.current().screen == Screen::Person ||
                       navigator_.current().screen == Screen::PersonEdit)
                    if (!navigator_.back()) break;
                notify("Deleted " + (person ? person->name : std::string("person")), a.id);
            },
            [&](UndoDelete&) {
                if (!snackbar_.undo_delete_of) return;
                if (store::Error e = store_.restore_person(*snackbar_.undo_delete_of))
                    return show_error(e);
                people_changed();
                open_route({Screen::Person, *snackbar_.undo_delete_of});
                snackbar_ = Snackbar{};
            },
            [&](SetStage& a) {
                if (store::Error e = store_.set_stage(a.person_id, a.stage)) return show_error(e);
                people_changed();
                notify(std::string("Moved to ") + std::string(core::stage_label(a.stage)));
            },
            [&](SetCadence& a) {
                auto person = store_.person(a.person_id);
                if (!person) return;
                person->cadence_days = a.days;
                // A cadence needs a starting point: today, if nothing was logged.
                if (a.days > 0 && !person->last_interaction_at)
                    person->last_interaction_at = store_.clock().now();
                if (store::Error e = store_.save_person(*person)) return show_error(e);
            },
            [&](LogInteraction& a) {
                if (store::Error e = store_.log_interaction(a.person_id, store_.clock().now()))
                    return show_error(e);
                people_changed();
                notify("Logged: you were in touch today");
            },
            [&](CompleteFollowUp& a) {
                if (store::Error e = store_.complete_follow_up(a.id, store_.clock().now()))
                    return show_error(e);
                people_changed();
                notify("Done");
            },
            [&](SnoozeFollowUp& a) {
                const core::Millis tomorrow = store_.clock().now() + core::kDay;
                if (store::Error e = store_.snooze_follow_up(a.id, tomorrow)) return show_error(e);
                people_changed();
                notify("Snoozed until tomorrow");
            },
            [&](PreviewImport& a) { preview_import(a.path); },
            [&](SetImportMerge& a) {
                auto& rows = import_job_.plan().rows;
                if (import_job_.state() == ImportJob::State::Previewed && a.row >= 0 &&
                    static_cast<size_t>(a.row) < rows.size())
                    rows[static_cast<size_t>(a.row)].merge = a.merge;
            },
            [&](ConfirmImport&) { import_job_.apply(store_); },
            [&](CancelImport&) {
                if (import_job_.state() == ImportJob::State::Applying) return import_job_.cancel();
                import_job_.reset();
                if (navigator_.current().screen == Screen::ImportPreview) navigator_.back();
            },
            [&](ExportData& a) { export_data(a.format, a.path); },
            [&](PickImportFile&) {
                if (services_.pick_file) services_.pick_file();
            },
            [&](LoadDemo&) {
                store::DemoSummary summary;
                if (store::Error e = store::fill_demo(store_, store::kDefaultDemoPeople, summary))
                    return show_error(e);
                people_changed();
                welcome_open_ = !store_.has_profile();
                notify("Added " + std::to_string(summary.people) + " demo people");
            },
        },
        action);
}

} // namespace rapport::ui
