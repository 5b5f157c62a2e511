// Career options: what they load, and adding, rating and filing evidence.
#include "features/careers/careers_feature.hpp"

#include "core/enum_names.hpp"
#include "store/store.hpp"

#include <algorithm>

namespace rapport::ui {

CareersFeature::CareersFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<AddCareer>([this](AddCareer& a) {
        core::CareerOption option;
        option.title = a.title;
        option.interest = a.interest;
        if (store::Error e = shell_.store().careers().save(option)) return shell_.show_error(e);
    });
    bus.handle<SetInterest>([this](SetInterest& a) {
        for (core::CareerOption option : shell_.store().careers().list())
            if (option.id == a.career_id) {
                option.interest = a.interest;
                if (store::Error e = shell_.store().careers().save(option))
                    return shell_.show_error(e);
            }
    });
    bus.handle<FileEvidence>([this](FileEvidence& a) { file(a); });
}

void CareersFeature::load(const Route& route) {
    load_options();
    if (route.screen != Screen::Career) return;
    store::Store& store = shell_.store();
    evidence_.clear();
    for (const core::Evidence& e : store.careers().evidence_for(route.argument)) {
        std::string who;
        if (e.conversation_id)
            if (auto c = store.conversations().find(*e.conversation_id))
                if (auto p = store.people().find(c->person_id)) who = p->name;
        if (e.note_id)
            if (auto n = store.notes().find(*e.note_id); n && n->person_id)
                if (auto p = store.people().find(*n->person_id)) who = p->name;
        evidence_.push_back({e, who});
    }
}

void CareersFeature::load_options() {
    store::Store& store = shell_.store();
    careers_.clear();
    for (const core::CareerOption& option : store.careers().list()) {
        CareerRow row{option};
        for (const core::Evidence& e : store.careers().evidence_for(option.id))
            (e.kind == core::EvidenceKind::Pro   ? row.pros
             : e.kind == core::EvidenceKind::Con ? row.cons
                                                 : row.open)++;
        careers_.push_back(row);
    }
    // Interest first, then how much you have learned about it.
    std::stable_sort(careers_.begin(), careers_.end(), [](const CareerRow& a, const CareerRow& b) {
        if (a.option.interest != b.option.interest) return a.option.interest > b.option.interest;
        return a.pros + a.cons + a.open > b.pros + b.cons + b.open;
    });
}

void CareersFeature::draw(const Route& route, ScreenContext& screen) {
    if (route.screen == Screen::Career)
        draw_option(route.argument, screen);
    else
        draw_list(screen);
}

void CareersFeature::file(const FileEvidence& a) {
    store::Store& store = shell_.store();
    core::Evidence evidence;
    evidence.career_id = a.career_id;
    evidence.kind = a.kind;
    evidence.text = a.text;
    if (!a.conversation_id.empty()) {
        evidence.conversation_id = a.conversation_id;
        evidence.question_position = a.question_position;
    }
    if (!a.note_id.empty()) {
        const auto note = store.notes().find(a.note_id);
        if (!note) return shell_.show_error({store::ErrorKind::Invalid, "That note is gone"});
        evidence.note_id = a.note_id;
        evidence.text = note->body; // all of it, not the line the timeline shows
    }
    if (store::Error e = store.careers().add_evidence(evidence)) return shell_.show_error(e);
    shell_.notify("Filed as " + std::string(core::label_of(core::evidence_kind_names(), a.kind)));
}

} // namespace rapport::ui
