#pragma once
// What the screens show, read from the store after each change (never during
// drawing), plus the UI-only state that decides what to read.
#include "core/career.hpp"
#include "core/person.hpp"
#include "core/question_bank.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct PeopleFilter {
    std::optional<core::Stage> stage;
    std::optional<core::Source> source;
    store::PeopleSort sort = store::PeopleSort::NextAction;
    bool operator==(const PeopleFilter&) const = default;
};

struct TodayModel {
    std::vector<store::DueFollowUp> due; // overdue and due today: the first 100
    int due_today = 0;                   // all of them
    int due_this_week = 0;
    std::vector<store::UpcomingConversation> upcoming;
    std::vector<store::LosingTouch> losing_touch;
    int met_this_month = 0;
};

struct PersonModel {
    core::Person person;
    std::vector<store::TimelineEntry> timeline; // newest first
    bool older_entries = false;                 // the timeline stops before the first one
    std::vector<core::Person> referred;         // people they referred you to
    std::string referrer_name;
    std::vector<store::DueFollowUp> open_follow_ups;
    std::optional<store::UpcomingConversation> planned; // the next planned conversation
    std::optional<core::Organisation> organisation;     // with its principles
};

// Search shows the best matches, at most this many.
constexpr int kSearchResults = 60;

struct ReadModel {
    std::int64_t people_total = 0;
    bool has_notes = false;
    std::string database_path;
    bool welcome = false;         // first run: ask for name, background and goals
    std::string documents_folder; // where import and export paths start
    std::string today_text;       // "2026-11-27", for file names
    bool browser_files = false;   // downloads and a file picker instead of paths
    std::string version;
    std::string last_error;       // a failed write, shown until the next success
    std::string read_only;        // why changes cannot be saved, if so
    core::Millis now = 0;         // when this model was read
    int utc_offset_minutes = 0;   // the user's time zone then
    core::Millis now_precise = 0; // this frame's time, for the conversation timer

    std::vector<store::StageCount> counts;
    std::vector<store::PersonSummary> people; // filtered and sorted
    std::vector<store::PersonName> names;     // everyone, for pickers and lead checks
    std::string search_query;                 // what `results` answer
    std::vector<store::SearchHit> results;
    TodayModel today;
    std::optional<PersonModel> person;     // the person on screen
    std::vector<core::Question> questions; // the bank, on Prepare
    std::vector<store::Answer> answers;    // to the question being compared
    std::string compared_question;

    // Careers: options ranked by interest and evidence; the one open.
    struct CareerRow {
        core::CareerOption option;
        int pros = 0, cons = 0, open = 0;
    };
    std::vector<CareerRow> careers;
    struct EvidenceRow {
        core::Evidence evidence;
        std::string who; // the person behind an answer or note
    };
    std::vector<EvidenceRow> evidence;
};

} // namespace rapport::ui
