#pragma once
// Career options: ranked by interest and evidence, each with the pros, cons
// and open questions filed from answers and notes or typed in, its name,
// field and notes edited in place (careers_screen.cpp); two options side by
// side (career_compare_screen.cpp); and the "File under a career" control
// other screens show (file_evidence.cpp).
#include "core/career.hpp"
#include "features/careers/careers_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <string>
#include <utility>
#include <vector>

namespace rapport::ui {

// The two options a side-by-side route names ("id,id").
std::pair<std::string, std::string> compared_ids(const Route& route);

// The option open, as edited: written by the one autosave rule.
struct CareerEditor {
    core::CareerOption option;
    Autosave autosave;
    // Evidence being typed in.
    std::string evidence_text;
    int evidence_kind = 0;
    std::string from_query; // who it came from, as typed in the picker
    std::string from_id, from_name;
    std::string comparing; // "Compare with…" is open
};

class CareersFeature final : public Feature {
  public:
    struct CareerRow {
        core::CareerOption option;
        int pros = 0, cons = 0, open = 0;
    };
    struct EvidenceRow {
        core::Evidence evidence;
        std::string who; // the person behind an answer or note
    };

    explicit CareersFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Tab, Screen::Careers, icon::kWork, 3}};
    }
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override {
        return screen == Screen::Careers || screen == Screen::Career ||
               screen == Screen::CareerCompare;
    }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void save(bool force) override;
    bool needs_names(const Route& route) const override { return route.screen == Screen::Career; }
    // Reads the options, ranked (other screens file evidence under them).
    void load_options();
    // "File under a career", then the kind and the option. `key` names what
    // is filed, unique on the screen; `evidence` carries what it points at.
    void file_evidence(ScreenContext& screen, const std::string& key, FileEvidence evidence);

    const std::vector<CareerRow>& careers() const { return careers_; }
    const std::vector<EvidenceRow>& evidence() const { return evidence_; }
    const CareerEditor& editor() const { return editor_; }
    // Side by side: the evidence of the left or right option.
    const std::vector<EvidenceRow>& compared(bool right) const {
        return right ? right_evidence_ : left_evidence_;
    }

  private:
    void draw_list(ScreenContext& screen);
    void draw_option(const std::string& id, ScreenContext& screen);
    void draw_about(ScreenContext& screen);
    void draw_add_evidence(ScreenContext& screen);
    void draw_evidence(ScreenContext& screen);
    void draw_compare_with(ScreenContext& screen);
    void draw_compare(const Route& route, ScreenContext& screen);
    void file(const FileEvidence& a);
    void remove(const DeleteCareer& a);
    void remove_evidence(const RemoveEvidence& a);
    // The evidence of `career_id`, with who each came from.
    std::vector<EvidenceRow> read_evidence(const std::string& career_id);

    Shell& shell_;
    std::vector<CareerRow> careers_;
    std::vector<EvidenceRow> evidence_; // of the option open
    CareerEditor editor_;
    // Two options side by side: each one's evidence.
    std::vector<EvidenceRow> left_evidence_, right_evidence_;
    std::string new_career_;          // an option, as typed
    bool new_career_unnamed_ = false; // Add was tapped with no name: say so until one is typed
    int new_career_interest_ = 3;
    std::string filing_; // the key of what is being filed
    int filing_kind_ = 0;
};

} // namespace rapport::ui
