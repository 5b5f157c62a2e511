#include "features/plan/plan_feature.hpp"

#include "ui/launch_request.hpp"

#include "interop/icalendar.hpp"

#include "core/calendar.hpp"
#include "core/conversation_plan.hpp"
#include "store/store.hpp"
#include "ui/wording.hpp"

namespace rapport::ui {

PlanFeature::PlanFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<PlanConversation>([this](PlanConversation& a) { begin(a); });
    bus.handle<SavePlan>([this](SavePlan&) { save_plan(); });
    bus.handle<ExportInvite>([this](ExportInvite& a) { export_invite(a.conversation_id); });
}

bool PlanFeature::launch(const Route& route) {
    const auto c = shell_.store().conversations().find(route.argument);
    begin({c ? c->person_id : "", route.argument});
    editor_.show_questions = route.find == "questions"; // --screen questions
    return true;
}

void PlanFeature::load(const Route&) {
    bank_ = shell_.store().prepare().questions(true); // the screen hides the archived
}

void PlanFeature::begin(const PlanConversation& a) {
    store::Store& store = shell_.store();
    const auto person = store.people().find(a.person_id);
    if (!person) return;
    editor_ = PlanEditor{};
    editor_.person_name = person->name;
    editor_.conversation.person_id = person->id;
    const core::Clock& clock = store.clock();
    // A new plan starts tomorrow at 10:00, 15 minutes, as the guide asks.
    core::Millis when = core::default_plan_time(clock.now(), clock);
    if (auto existing = a.conversation_id.empty() ? std::nullopt
                                                  : store.conversations().find(a.conversation_id)) {
        editor_.conversation = *existing;
        when = existing->when;
    }
    editor_.values = core::person_values(*person);
    // A plan starts with the guide's six starters, filled from research.
    if (editor_.conversation.questions.empty())
        editor_.conversation.questions =
            core::starter_questions(store.prepare().questions(), editor_.values);
    editor_.date = core::local_date_text(when, clock);
    editor_.time = core::local_time_text(when, clock, shell_.model().hour_clock);
    shell_.open({Screen::PlanConversation, person->id});
}

void PlanFeature::save_plan() {
    store::Store& store = shell_.store();
    const auto when = core::parse_local(editor_.date, editor_.time, store.clock());
    if (!when) {
        editor_.error = shell_.model().hour_clock == core::HourClock::Twelve
                            ? "Use a date like 2026-12-02 and a time like 2:30 PM"
                            : "Use a date like 2026-12-02 and a time like 14:30";
        return;
    }
    core::Conversation c = editor_.conversation;
    c.when = *when;
    if (store::Error e = store.conversations().save(c)) return void(editor_.error = e.message);
    shell_.people_changed();
    shell_.back();
    shell_.notify("Planned for " + day_label(core::local_date(*when, store.clock())) + " at " +
                  core::local_time_text(*when, store.clock(), shell_.model().hour_clock));
}

void PlanFeature::export_invite(const std::string& conversation_id) {
    store::Store& store = shell_.store();
    const auto c = store.conversations().find(conversation_id);
    const auto person = c ? store.people().find(c->person_id) : std::nullopt;
    if (!c || !person) return shell_.notify("That conversation is no longer there");
    std::string error;
    const AppServices& services = shell_.services();
    if (services.download) { // the browser: a download the calendar app opens
        const std::string name = interop::invite_file_name(person->name);
        const std::string ics = interop::conversation_invite(*c, person->name, store.clock().now());
        if (!services.download(name, ics, error))
            return shell_.show_error({store::ErrorKind::Other, error});
        return shell_.notify("Invite downloaded: " + name);
    }
    if (!services.export_invite)
        return shell_.notify("Invites cannot be saved from here"); // never a silent tap
    const std::string path = services.export_invite(*c, person->name, error);
    if (path.empty()) return shell_.show_error({store::ErrorKind::Other, error});
    shell_.notify("Invite saved: " + path);
}

// A screenshot of the next planned conversation's plan, at its top or at
// its questions.
std::optional<Route> PlanFeature::route_for(const std::string& request) {
    const bool questions = asks_for_screen(request, "questions");
    if (!questions && !asks_for_screen(request, "plan")) return std::nullopt;
    store::Store& store = shell_.store();
    const auto next = store.conversations().upcoming(store.clock().now(), 1);
    if (next.empty()) return Route{Screen::Prepare, {}};
    return Route{Screen::PlanConversation, next.front().conversation.id,
                 questions ? "questions" : ""};
}

} // namespace rapport::ui
