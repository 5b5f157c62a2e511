#pragma once
// Career options: ranked by interest and evidence, each with the pros, cons
// and open questions filed from answers and notes (careers_screen.cpp), and
// the "File under a career" control other screens show (file_evidence.cpp).
#include "core/career.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

struct AddCareer {
    std::string title;
    int interest;
};
struct SetInterest {
    std::string career_id;
    int interest;
};
// Files an answer (conversation and question position) or a note as a pro,
// con or open question under a career option.
struct FileEvidence {
    std::string career_id;
    core::EvidenceKind kind;
    std::string text;
    std::string conversation_id;
    int question_position = 0;
    std::string note_id;
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
    bool draws(Screen screen) const override {
        return screen == Screen::Careers || screen == Screen::Career;
    }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    // Reads the options, ranked (other screens file evidence under them).
    void load_options();
    // "File under a career", then the kind and the option. `key` names what
    // is filed, unique on the screen; `evidence` carries what it points at.
    void file_evidence(ScreenContext& screen, const std::string& key, FileEvidence evidence);

    const std::vector<CareerRow>& careers() const { return careers_; }
    const std::vector<EvidenceRow>& evidence() const { return evidence_; }

  private:
    void draw_list(ScreenContext& screen);
    void draw_option(const std::string& id, ScreenContext& screen);
    void file(const FileEvidence& a);

    Shell& shell_;
    std::vector<CareerRow> careers_;
    std::vector<EvidenceRow> evidence_; // of the option open
    std::string new_career_;            // an option, as typed
    int new_career_interest_ = 3;
    std::string filing_; // the key of what is being filed
    int filing_kind_ = 0;
};

} // namespace rapport::ui
