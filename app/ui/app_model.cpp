// Reading the store into the ReadModel: after every change and when the
// screen changes, never while drawing.
#include "core/calendar.hpp"

#include "store/store.hpp"
#include "ui/app.hpp"
#include <algorithm>

namespace rapport::ui {

bool App::people_list_shown() const {
    const Screen screen = navigator_.current().screen;
    return screen == Screen::People || (layout_.list_detail && navigator_.tab() == Screen::People &&
                                        (screen == Screen::Person || screen == Screen::PersonEdit));
}

bool App::people_list_due() const {
    return people_list_shown() && (people_stale_ || !(loaded_filter_ == filter_));
}

void App::refresh_model() {
    const core::Clock& clock = store_.clock();
    const core::Millis now = clock.now();
    model_.now = now;
    model_.utc_offset_minutes = clock.utc_offset_minutes(now);
    const Route& route = navigator_.current();
    const Screen screen = route.screen;
    model_.people_total = store_.count_people();
    model_.has_notes = store_.has_notes();
    model_.database_path = store_.path();
    model_.version = services_.version;
    model_.welcome = welcome_open_;
    model_.documents_folder = services_.documents_folder;
    model_.browser_files = static_cast<bool>(services_.download);
    model_.today_text = core::local_date_text(store_.clock().now(), store_.clock());
    model_.read_only = store_.read_only() ? store_.read_only_reason() : "";
    if (screen == Screen::Today || people_list_shown()) model_.counts = store_.pipeline_counts();

    // The full list is read only while it is on screen, and only when what
    // it depends on changed.
    if (people_list_due()) {
        store::PeopleQuery query;
        if (filter_.stage) query.stages = {*filter_.stage};
        query.source = filter_.source;
        query.sort = filter_.sort;
        query.limit = 1'000'000;
        model_.people = store_.people(query);
        loaded_filter_ = filter_;
        people_stale_ = false;
    }
    // Names: the capture picker and referral leads, and "Referred by".
    const bool needs_names = screen == Screen::Capture || screen == Screen::PersonEdit;
    if (needs_names && names_stale_ && !first_screen_pending_) {
        model_.names = store_.person_names();
        names_stale_ = false;
    }
    if (model_.search_query != search_text_) {
        model_.search_query = search_text_;
        model_.results = store_.search(search_text_, kSearchResults);
    }

    if (screen == Screen::Today) refresh_today();

    if (route.screen == Screen::Prepare || route.screen == Screen::PlanConversation)
        model_.questions = store_.questions(true); // screens hide the archived
    if (route.screen == Screen::Careers || route.screen == Screen::Compare ||
        route.screen == Screen::Career || route.screen == Screen::Person) {
        model_.careers.clear();
        for (const core::CareerOption& option : store_.careers()) {
            ReadModel::CareerRow row{option};
            for (const core::Evidence& e : store_.evidence_for(option.id))
                (e.kind == core::EvidenceKind::Pro   ? row.pros
                 : e.kind == core::EvidenceKind::Con ? row.cons
                                                     : row.open)++;
            model_.careers.push_back(row);
        }
        // Interest first, then how much you have learned about it.
        std::stable_sort(model_.careers.begin(), model_.careers.end(),
                         [](const ReadModel::CareerRow& a, const ReadModel::CareerRow& b) {
                             if (a.option.interest != b.option.interest)
                                 return a.option.interest > b.option.interest;
                             return a.pros + a.cons + a.open > b.pros + b.cons + b.open;
                         });
    }
    if (route.screen == Screen::Career) {
        model_.evidence.clear();
        for (const core::Evidence& e : store_.evidence_for(route.argument)) {
            std::string who;
            if (e.conversation_id)
                if (auto c = store_.conversation(*e.conversation_id))
                    if (auto p = store_.person(c->person_id)) who = p->name;
            if (e.note_id)
                if (auto n = store_.note(*e.note_id); n && n->person_id)
                    if (auto p = store_.person(*n->person_id)) who = p->name;
            model_.evidence.push_back({e, who});
        }
    }
    if (route.screen == Screen::Compare) {
        model_.answers = store_.answers_to(route.argument);
        model_.compared_question.clear();
        for (const core::Question& q : store_.questions(true))
            if (q.id == route.argument) model_.compared_question = q.text;
    }
    if (route.screen == Screen::Person && !route.argument.empty())
        last_viewed_person_ = route.argument;
    model_.person.reset();
    if ((route.screen == Screen::Person || route.screen == Screen::PersonEdit) &&
        !route.argument.empty()) {
        if (auto person = store_.person(route.argument)) {
            PersonModel detail;
            detail.person = *person;
            if (timeline_person_ != person->id) {
                timeline_person_ = person->id;
                timeline_limit_ = kTimelinePage;
            }
            // One more than shown says whether older entries exist.
            detail.timeline = store_.timeline(person->id, timeline_limit_ + 1);
            detail.older_entries = static_cast<int>(detail.timeline.size()) > timeline_limit_;
            if (detail.older_entries) detail.timeline.pop_back();
            detail.referred = store_.referred_by(person->id);
            if (!person->organisation.empty())
                detail.organisation = store_.organisation_named(person->organisation);
            if (person->referred_by)
                if (auto referrer = store_.person(*person->referred_by))
                    detail.referrer_name = referrer->name;
            detail.open_follow_ups =
                store_.due_follow_ups(now + 3650 * core::kDay, 100, person->id);
            if (auto planned = store_.upcoming_conversations(now - 12 * core::kHour, 1, person->id);
                !planned.empty())
                detail.planned = planned.front();
            model_.person = std::move(detail);
        }
    }
}

// Today: what is overdue or due by the end of today, first.
void App::refresh_today() {
    const core::Clock& clock = store_.clock();
    const core::Millis now = model_.now;
    const core::Millis end_of_today = core::start_of_local_day(now, clock) + core::kDay;
    TodayModel& today = model_.today;
    today.due = store_.due_follow_ups(end_of_today - 1);
    today.due_today = store_.count_due_follow_ups(end_of_today - 1);
    today.due_this_week = store_.count_due_follow_ups(end_of_today + 6 * core::kDay);
    today.upcoming = store_.upcoming_conversations(now, 5);
    today.losing_touch = store_.losing_touch(now, 10);
    const core::Millis month_start =
        core::start_of_local_day(now, clock) -
        static_cast<core::Millis>(core::day_of_month(now, clock) - 1) * core::kDay;
    today.met_this_month = store_.conversations_held_between(month_start, now + 1);
}

} // namespace rapport::ui
