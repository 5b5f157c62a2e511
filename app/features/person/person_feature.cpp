// A person's page and form: what they load, and the actions that change a
// person (save, merge, delete with undo, stage, cadence, contact logged).
#include "features/person/person_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/calendar.hpp"
#include "core/links.hpp"
#include "core/text.hpp"
#include "features/careers/careers_actions.hpp"
#include "features/follow_ups/follow_ups_actions.hpp"
#include "store/store.hpp"
#include "ui/conflict_actions.hpp"
#include "ui/screens/screen.hpp"

namespace rapport::ui {

PersonFeature::PersonFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<EditPerson>([this](EditPerson& a) { begin_edit(a.id); });
    bus.handle<ShareReceived>([this](ShareReceived& a) { take_share(a); });
    bus.handle<SavePerson>([this](SavePerson& a) { save_person(a.allow_duplicate); });
    bus.handle<MergeInto>([this](MergeInto& a) { merge_into(a.existing_id); });
    bus.handle<DeletePerson>([this](DeletePerson& a) { remove(a.id); });
    bus.handle<ShowOlderTimeline>([this](ShowOlderTimeline&) { timeline_limit_ += kTimelinePage; });
    bus.handle<TakeBackValue>([this](TakeBackValue& a) {
        if (store::Error e = shell_.store().sync().take_back(a.row)) return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify("Took the other value back; it syncs as your edit");
    });
    bus.handle<LetGoValue>([this](LetGoValue& a) {
        if (store::Error e = shell_.store().sync().dismiss(a.row)) shell_.show_error(e);
    });
    bus.handle<SetStage>([this](SetStage& a) {
        if (store::Error e = shell_.store().people().set_stage(a.person_id, a.stage))
            return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify(std::string("Moved to ") + std::string(core::stage_label(a.stage)));
    });
    bus.handle<SetCadence>([this](SetCadence& a) {
        store::Store& store = shell_.store();
        auto person = store.people().find(a.person_id);
        if (!person) return;
        person->cadence_days = a.days;
        // A cadence needs a starting point: today, if nothing was logged.
        if (a.days > 0 && !person->last_interaction_at)
            person->last_interaction_at = store.clock().now();
        if (store::Error e = store.people().save(*person)) return shell_.show_error(e);
    });
    bus.handle<LogInteraction>([this](LogInteraction& a) {
        store::Store& store = shell_.store();
        if (store::Error e = store.follow_ups().log_interaction(a.person_id, store.clock().now()))
            return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify("Logged: you were in touch today");
    });
}

bool PersonFeature::launch(const Route& route) {
    if (route.screen != Screen::PersonEdit) return false;
    begin_edit(route.argument);
    return true;
}

bool PersonFeature::keyboard_on_hold(const Route& route) const {
    return route.screen == Screen::PersonEdit && editor_.focus_requested;
}

void PersonFeature::draw(const Route& route, ScreenContext& screen) {
    if (route.screen == Screen::PersonEdit)
        draw_edit(screen);
    else
        draw_person(screen);
}

void PersonFeature::load(const Route& route) {
    if (route.screen == Screen::Person && !route.argument.empty()) last_viewed_ = route.argument;
    person_.reset();
    if (route.argument.empty()) return;
    store::Store& store = shell_.store();
    auto person = store.people().find(route.argument);
    if (!person) return;
    PersonModel detail;
    detail.person = *person;
    if (timeline_person_ != person->id) {
        timeline_person_ = person->id;
        timeline_limit_ = kTimelinePage;
    }
    // One more than shown says whether older entries exist.
    detail.timeline = store.dashboard().timeline(person->id, timeline_limit_ + 1);
    detail.older_entries = static_cast<int>(detail.timeline.size()) > timeline_limit_;
    if (detail.older_entries) detail.timeline.pop_back();
    detail.referred = store.people().referred_by(person->id);
    if (!person->organisation.empty())
        detail.organisation = store.people().organisation_named(person->organisation);
    if (person->referred_by)
        if (auto referrer = store.people().find(*person->referred_by))
            detail.referrer_name = referrer->name;
    const core::Millis now = shell_.model().now;
    detail.open_follow_ups = store.follow_ups().due(now + 3650 * core::kDay, 100, person->id);
    if (auto planned = store.conversations().upcoming(now - 12 * core::kHour, 1, person->id);
        !planned.empty())
        detail.planned = planned.front();
    detail.conflicts = store.sync().conflicts_about(person->id);
    person_ = std::move(detail);
    // A note on the timeline can be filed under a career option.
    shell_.actions().ask(ReadCareerOptions{});
}

void PersonFeature::begin_edit(const std::string& person_id, const std::string& name,
                               const std::string& linkedin) {
    store::Store& store = shell_.store();
    editor_ = PersonEditor{};
    if (!person_id.empty()) {
        if (auto person = store.people().find(person_id))
            editor_.draft = *person;
        else
            return shell_.show_error({store::ErrorKind::Invalid, "That person no longer exists"});
    } else {
        editor_.draft.name = name;
        editor_.draft.linkedin = linkedin;
        if (!linkedin.empty()) editor_.draft.source = core::Source::LinkedInConnection;
    }
    const core::Person& p = editor_.draft;
    editor_.emails = core::join_list(p.emails);
    editor_.phones = core::join_list(p.phones);
    editor_.tags = core::join_list(p.tags);
    editor_.links = core::join_list(p.research.links);
    if (p.referred_by)
        if (auto referrer = store.people().find(*p.referred_by))
            editor_.referrer_name = referrer->name;
    if (auto org = store.people().organisation_named(p.organisation)) editor_.organisation = *org;
    editor_.focus_requested = true;
    shell_.open({Screen::PersonEdit, person_id});
}

namespace {

// The LinkedIn profile a shared text or link names, if any.
std::string linkedin_in(const ShareReceived& share) {
    for (const std::string& token : core::split_words(share.url + " " + share.text))
        if (std::string profile = core::normalize_linkedin_url(token); !profile.empty())
            return profile;
    return {};
}

// "Amara Osei | LinkedIn" → "Amara Osei": a shared profile's title names them.
std::string name_in_title(std::string title) {
    for (const std::string_view tail : {" | LinkedIn", " - LinkedIn", " – LinkedIn"})
        if (const size_t at = title.find(tail); at != std::string::npos) title.erase(at);
    return core::trim(title);
}

} // namespace

void PersonFeature::take_share(const ShareReceived& share) {
    store::Store& store = shell_.store();
    std::string body;
    for (const std::string* part : {&share.title, &share.text, &share.url}) {
        const std::string line = core::trim(*part);
        if (line.empty() || body.find(line) != std::string::npos) continue;
        if (!body.empty()) body += '\n';
        body += line;
    }
    if (body.empty()) return shell_.notify("Nothing came with the share");
    const std::string profile = linkedin_in(share);
    std::optional<std::string> person_id;
    std::string person_name;
    if (!profile.empty()) {
        core::Person candidate;
        candidate.linkedin = profile;
        for (const store::Duplicate& d : store.people().duplicates_of(candidate))
            if (d.reason == "same LinkedIn profile") {
                person_id = d.person_id;
                person_name = d.name;
                break;
            }
        // A profile of no one here yet: the New person form, filled in.
        if (!person_id) return begin_edit("", name_in_title(share.title), profile);
    }
    core::Note note;
    note.person_id = person_id;
    note.body = body;
    if (store::Error e = store.notes().save(note)) return shell_.show_error(e);
    shell_.people_changed();
    if (person_id) {
        shell_.open({Screen::Person, *person_id});
        shell_.notify("Saved on " + person_name);
    } else {
        shell_.notify("Saved to your inbox");
    }
}

void PersonFeature::save_person(bool allow_duplicate) {
    store::Store& store = shell_.store();
    PersonEditor& editor = editor_;
    core::Person person = editor.draft;
    person.emails = core::split_list(editor.emails);
    person.phones = core::split_list(editor.phones);
    person.tags = core::split_list(editor.tags);
    person.research.links = core::split_list(editor.links);
    const bool is_new = person.id.empty();
    editor.checked_name = editor.draft.name;
    editor.checked_emails = editor.emails;
    editor.checked_linkedin = editor.draft.linkedin;
    if (is_new && !allow_duplicate) {
        editor.duplicates = store.people().duplicates_of(person);
        if (!editor.duplicates.empty()) return; // the form offers open / merge / add anyway
    }
    if (store::Error error = store.people().save(person)) {
        editor.error = error.message; // the form keeps every field as typed
        return;
    }
    // The organisation's principles belong to the organisation, shared by
    // everyone who works there.
    if (!person.organisation.empty() && !editor.organisation.principles.empty()) {
        core::Organisation org = store.people()
                                     .organisation_named(person.organisation)
                                     .value_or(core::Organisation{"", person.organisation, "", ""});
        org.principles = editor.organisation.principles;
        if (store::Error error = store.people().save_organisation(org))
            editor.error = error.message;
    }
    editor.error.clear();
    editor.duplicates.clear();
    shell_.people_changed();
    shell_.replace({Screen::Person, person.id});
    shell_.notify(is_new ? "Added " + person.name : "Saved");
}

void PersonFeature::merge_into(const std::string& existing_id) {
    store::Store& store = shell_.store();
    // Save what the form holds as its own person, then fold it in.
    core::Person incoming = editor_.draft;
    incoming.emails = core::split_list(editor_.emails);
    incoming.phones = core::split_list(editor_.phones);
    incoming.tags = core::split_list(editor_.tags);
    if (store::Error e = store.people().save(incoming)) return void(editor_.error = e.message);
    store::MergeUndo undo;
    if (store::Error e = store.people().merge(existing_id, incoming.id, &undo))
        return void(editor_.error = e.message);
    editor_ = PersonEditor{};
    shell_.people_changed();
    shell_.replace({Screen::Person, existing_id});
    shell_.notify("Merged into " + undo.keep_before.name, [this, undo] {
        if (store::Error e = shell_.store().people().unmerge(undo)) return shell_.show_error(e);
        shell_.people_changed(); // the page on top is read again after this
    });
}

void PersonFeature::remove(const std::string& id) {
    store::Store& store = shell_.store();
    const auto person = store.people().find(id);
    if (store::Error e = store.people().remove(id)) return shell_.show_error(e);
    shell_.people_changed();
    while (shell_.navigator().current().screen == Screen::Person ||
           shell_.navigator().current().screen == Screen::PersonEdit)
        if (!shell_.back()) break;
    shell_.notify("Deleted " + (person ? person->name : std::string("person")), [this, id] {
        if (store::Error e = shell_.store().people().restore(id)) return shell_.show_error(e);
        shell_.people_changed();
        shell_.open({Screen::Person, id});
    });
}

bool PersonFeature::leave(const Route&) {
    return shell_.actions().ask(CloseSnoozeChoices{}).closed; // Escape closes them first
}

// A reminder's person ("open:person:ID"), or a screenshot of the first
// person of the list ("person") or a named one ("person:NAME").
std::optional<Route> PersonFeature::route_for(const std::string& request) {
    if (auto id = request_argument(request, kOpenPersonRequest)) return Route{Screen::Person, *id};
    const std::string screen = std::string(kScreenRequest) + "person";
    std::optional<std::string> id;
    if (auto name = request_argument(request, screen + ":")) {
        if (auto person = shell_.store().people().find_by_name(*name)) id = person->id;
    } else if (request == screen) {
        if (auto first = shell_.store().people().list({}); !first.empty()) id = first.front().id;
    } else {
        return std::nullopt;
    }
    // Nobody to show: the People screen says so better than a blank page.
    return id ? Route{Screen::Person, *id} : Route{Screen::People, {}};
}

} // namespace rapport::ui
