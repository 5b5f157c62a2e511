// Career options: what they load; adding, editing, rating, deleting them;
// filing and removing evidence.
#include "features/careers/careers_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/enum_names.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <imgui.h>
#include <optional>

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
        if (editor_.option.id == a.career_id) { // open and being edited: one writer
            editor_.option.interest = a.interest;
            editor_.autosave.edited(ImGui::GetTime());
            return save(true);
        }
        for (core::CareerOption option : shell_.store().careers().list())
            if (option.id == a.career_id) {
                option.interest = a.interest;
                if (store::Error e = shell_.store().careers().save(option))
                    return shell_.show_error(e);
            }
    });
    bus.handle<FileEvidence>([this](FileEvidence& a) { file(a); });
    bus.handle<DeleteCareer>([this](DeleteCareer& a) { remove(a); });
    bus.handle<RemoveEvidence>([this](RemoveEvidence& a) { remove_evidence(a); });
    bus.serve<ReadCareerOptions>([this](ReadCareerOptions&) { load_options(); });
    bus.serve<FileEvidenceControl>(
        [this](FileEvidenceControl& r) { file_evidence(r.screen, r.key, r.evidence); });
}

void CareersFeature::open(const Route& route) {
    if (route.screen != Screen::Career) return;
    editor_ = CareerEditor{};
    for (const core::CareerOption& option : shell_.store().careers().list())
        if (option.id == route.argument) editor_.option = option;
}

void CareersFeature::load(const Route& route) {
    load_options();
    if (route.screen == Screen::Career) evidence_ = read_evidence(route.argument);
    if (route.screen == Screen::CareerCompare) {
        const auto [left, right] = compared_ids(route);
        left_evidence_ = read_evidence(left);
        right_evidence_ = read_evidence(right);
    }
}

std::pair<std::string, std::string> compared_ids(const Route& route) {
    const size_t comma = route.argument.find(',');
    if (comma == std::string::npos) return {route.argument, {}};
    return {route.argument.substr(0, comma), route.argument.substr(comma + 1)};
}

std::vector<CareersFeature::EvidenceRow>
CareersFeature::read_evidence(const std::string& career_id) {
    store::Store& store = shell_.store();
    std::vector<EvidenceRow> rows;
    for (const core::Evidence& e : store.careers().evidence_for(career_id)) {
        std::optional<std::string> person_id = e.person_id;
        if (e.conversation_id)
            if (auto c = store.conversations().find(*e.conversation_id)) person_id = c->person_id;
        if (e.note_id)
            if (auto n = store.notes().find(*e.note_id); n && n->person_id)
                person_id = n->person_id;
        std::string who;
        if (person_id)
            if (auto p = store.people().find(*person_id)) who = p->name;
        rows.push_back({e, who});
    }
    return rows;
}

void CareersFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    core::CareerOption option = editor_.option;
    if (option.title.find_first_not_of(" \t") == std::string::npos)
        return editor_.autosave.saved(); // a name is needed: the last one stays
    if (store::Error e = shell_.store().careers().save(option)) return shell_.show_error(e);
    editor_.option.updated_at = option.updated_at;
    editor_.autosave.saved();
    load_options();
}

void CareersFeature::remove(const DeleteCareer& a) {
    save(true);
    std::string title;
    for (const CareerRow& row : careers_)
        if (row.option.id == a.career_id) title = row.option.title;
    if (store::Error e = shell_.store().careers().remove(a.career_id)) return shell_.show_error(e);
    if (shell_.navigator().current().screen == Screen::Career) shell_.back();
    load_options();
    shell_.notify("Deleted " + title, [this, id = a.career_id] {
        if (store::Error e = shell_.store().careers().restore(id)) return shell_.show_error(e);
        load_options();
    });
}

void CareersFeature::remove_evidence(const RemoveEvidence& a) {
    if (store::Error e = shell_.store().careers().remove_evidence(a.evidence_id))
        return shell_.show_error(e);
    const auto reload = [this] {
        load_options();
        if (shell_.navigator().current().screen == Screen::Career)
            evidence_ = read_evidence(shell_.navigator().current().argument);
    };
    reload();
    shell_.notify("Evidence removed", [this, reload, id = a.evidence_id] {
        if (store::Error e = shell_.store().careers().restore_evidence(id))
            return shell_.show_error(e);
        reload();
    });
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
    else if (route.screen == Screen::CareerCompare)
        draw_compare(route, screen);
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
    if (!a.person_id.empty()) evidence.person_id = a.person_id;
    if (store::Error e = store.careers().add_evidence(evidence)) return shell_.show_error(e);
    load_options();
    if (shell_.navigator().current().screen == Screen::Career &&
        shell_.navigator().current().argument == a.career_id)
        evidence_ = read_evidence(a.career_id);
    shell_.notify("Filed as " + std::string(core::label_of(core::evidence_kind_names(), a.kind)));
}

// A screenshot of the option ranked first, or the first two side by side.
std::optional<Route> CareersFeature::route_for(const std::string& request) {
    const bool one = asks_for_screen(request, "career");
    if (!one && !asks_for_screen(request, "careers-compare")) return std::nullopt;
    const auto options = shell_.store().careers().list();
    if (one && !options.empty()) return Route{Screen::Career, options[0].id};
    if (options.size() >= 2)
        return Route{Screen::CareerCompare, options[0].id + "," + options[1].id};
    return Route{Screen::Careers, {}};
}

} // namespace rapport::ui
