#pragma once
// The application's data. Opens the file safely (permissions, WAL, version
// checks, migrations with a snapshot first) and offers what screens need as
// single queries. Every write is one transaction; failures come back as
// store::Error values the UI can show, and leave the database unchanged.
#include "core/career.hpp"
#include "core/clock.hpp"
#include "core/conversation.hpp"
#include "core/export_set.hpp"
#include "core/follow_up_rules.hpp"
#include "core/person.hpp"
#include "core/profile.hpp"
#include "core/question_bank.hpp"
#include "core/records.hpp"
#include "store/database.hpp"
#include "store/import.hpp"

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

template <class R> class Table;

struct CaptureDraft {
    std::string body;
    int cursor = 0;
    core::Millis updated_at = 0;
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    // "We met": a note about someone with no conversation to debrief
    // records one as held now (else it is a plain note).
    bool met = false;
};

// Who a capture is most likely about, and why.
struct CaptureTarget {
    std::string person_id;
    std::string person_name;
    std::optional<std::string> conversation_id;
    std::string reason; // "conversation ended 12 min ago", "on their page"
};

// What finishing a capture did, for the status line and the terminal.
struct CaptureResult {
    std::string note_id;
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    std::optional<core::Millis> thank_you_due;
    bool debrief = false; // the note became a conversation's debrief
};

// ---- read models: exactly what a screen shows ----

enum class PeopleSort { NextAction, RecentlyMet, Name };

struct PeopleQuery {
    std::vector<core::Stage> stages;    // empty: every stage
    std::optional<core::Source> source; // empty: every source
    PeopleSort sort = PeopleSort::NextAction;
    int limit = 200;
    int offset = 0;
};

struct PersonSummary {
    std::string id;
    std::string name;
    std::string role;
    std::string organisation;
    core::Stage stage = core::Stage::Identified;
    core::Source source = core::Source::Other;
    std::optional<core::FollowUpKind> next_kind;
    std::optional<core::Millis> next_due;
    std::optional<core::Millis> last_interaction_at;
};

struct DueFollowUp {
    core::FollowUp follow_up;
    std::string person_name;
    std::string about_person_name; // tell-the-referrer: who was met
};

struct UpcomingConversation {
    core::Conversation conversation; // without questions
    std::string person_name;
    int planned_questions = 0;
};

struct LosingTouch {
    std::string person_id;
    std::string person_name;
    core::Millis last_interaction_at = 0;
    int cadence_days = 0;
    core::Millis due = 0;
};

struct StageCount {
    core::Stage stage;
    int count = 0;
};

enum class TimelineKind { Conversation, Note, Message, FollowUp, StageChange };

// One entry of a person's timeline, as data: the screen words it.
struct TimelineEntry {
    TimelineKind kind;
    std::string id;
    core::Millis at = 0;
    // Conversation: its status code; message and follow-up: their kind code;
    // stage change: the stage reached.
    std::string code;
    // Conversation: its mode code; stage change: the stage left ("" at first).
    std::string detail_code;
    bool open = false; // a message still a draft, a follow-up not done
    std::string text;  // the start of the body (kTimelineTextChars at most)
};
constexpr int kTimelineTextChars = 600;

// A conversation held with someone, with their name: the rows "What I've
// heard" sums up.
struct HeldConversation {
    std::string person_name;
    core::Conversation conversation; // without questions
};

struct Answer {
    std::string conversation_id;
    int position = 0;
    std::string person_id;
    std::string person_name;
    std::string role;
    std::string organisation;
    core::Millis when = 0;
    std::string question;
    std::string answer;
};

struct SearchHit {
    std::string kind; // person, note, conversation, answer
    std::string ref_id;
    std::optional<std::string> person_id;
    std::string person_name;
    std::string title;
    std::string snippet; // matches wrapped in \x02 … \x03
    double rank = 0;
};

// Everyone's name, for pickers: lower-cased once here, not per frame.
struct PersonName {
    std::string id;
    std::string name;
    std::string key; // lower_ascii(name)
};

struct Duplicate {
    std::string person_id;
    std::string name;
    std::string reason; // "same email", "same LinkedIn profile", "same name and organisation"
};

struct Snapshot {
    std::string path;
    std::string day; // YYYY-MM-DD
    long long bytes = 0;
};

class Store {
  public:
    // Opens or creates the database at `path` (":memory:" for tests). A
    // damaged file is copied aside and opened read-only; a newer one is refused.
    // `read_only` opens without any write (for a second look at a file the
    // user does not want changed, and for tests of the read-only path).
    static std::unique_ptr<Store> open(const std::string& path, const core::Clock& clock,
                                       Error& error, bool read_only = false);

    int schema_version();
    const std::string& path() const { return db_.path(); }
    const core::Clock& clock() const { return clock_; }
    Database& database() { return db_; }
    bool read_only() const { return read_only_; }
    // Why the store is read-only, if it is ("damaged: copied to …").
    const std::string& read_only_reason() const { return read_only_reason_; }

    // ---- capture drafts ----
    std::optional<CaptureDraft> capture_draft();
    Error save_capture_draft(const CaptureDraft& draft);
    // Turns the draft into a note and clears it (see file_capture).
    Error finish_capture(CaptureResult* result = nullptr);
    // Files a capture. About a person with a conversation (held, or planned
    // and not cancelled): the note is that conversation's debrief, its
    // headings read into the conversation's fields, and the conversation is
    // held (once: one thank-you due). About a person without one: a plain
    // note, unless `met`, which records a conversation held now. About
    // nobody: the inbox. Only blank text changes nothing.
    Error file_capture(const std::string& body, std::optional<std::string> person_id,
                       std::optional<std::string> conversation_id, bool met, CaptureResult* result);
    // Who a capture is about. With `current_person` (capture opened from
    // their page or one of their conversations): them, with their
    // conversation held or planned within the last few hours, if any.
    // Otherwise the conversation held or planned most recently within the
    // last few hours (held early or late, by when it was held), else nobody.
    std::optional<CaptureTarget> capture_target(core::Millis now,
                                                const std::optional<std::string>& current_person);

    // ---- people ----
    // Assigns id and times when new. A new person may bring its own id (an
    // import keeping a vCard UID): an unused id with created_at 0.
    Error save_person(core::Person& person);
    std::optional<core::Person> person(const std::string& id);
    std::optional<core::Person> person_by_name(const std::string& name);
    std::vector<PersonSummary> people(const PeopleQuery& query);
    std::int64_t count_people();
    std::vector<PersonName> person_names();
    Error delete_person(const std::string& id);  // soft
    Error restore_person(const std::string& id); // undo a delete
    Error set_stage(const std::string& person_id, core::Stage stage);
    std::vector<Duplicate> find_duplicates(const core::Person& candidate);
    // Folds `other` into `keep`: every note, conversation, message, follow-up
    // and referral moves over, empty fields of `keep` are filled from
    // `other`, and `other` is deleted (softly).
    Error merge_people(const std::string& keep_id, const std::string& other_id);
    std::vector<core::Person> referred_by(const std::string& person_id);
    Error save_organisation(core::Organisation& organisation);
    std::optional<core::Organisation> organisation_named(const std::string& name);

    // ---- conversations ----
    Error save_conversation(core::Conversation& conversation);
    std::optional<core::Conversation> conversation(const std::string& id);
    // Marks it held now: the person moves to met, a thank-you is due in 24 h,
    // and the referrer, if any, is due a note that you met.
    Error hold_conversation(const std::string& conversation_id, core::Millis held_at);
    // Cancels a planned or held conversation: its open follow-ups go with it
    // and the person's stage goes back to where it was before it, when it
    // was this conversation that moved them.
    Error cancel_conversation(const std::string& conversation_id);
    // Moves a planned conversation's time, or a held one's; the follow-ups
    // it started move with it.
    Error move_conversation(const std::string& conversation_id, core::Millis to);
    // Soft delete, with its follow-ups; restore brings both back.
    Error delete_conversation(const std::string& conversation_id);
    Error restore_conversation(const std::string& conversation_id);
    // Every held conversation with the person's name, oldest first.
    std::vector<HeldConversation> held_conversations();
    std::vector<UpcomingConversation>
    upcoming_conversations(core::Millis from, int limit = 20,
                           const std::optional<std::string>& person_id = std::nullopt);
    std::vector<Answer> answers_to(const std::string& question_id);
    int conversations_held_between(core::Millis from, core::Millis to);

    // ---- notes, messages, follow-ups ----
    Error save_note(core::Note& note);
    std::int64_t count_notes();
    // Whether any note exists: a count would read every note row.
    bool has_notes();
    std::optional<core::Note> note(const std::string& id);
    std::vector<core::Note> inbox_notes(int limit = 50);
    int count_inbox();
    // The notes filed on a conversation (its debriefs), oldest first.
    std::vector<core::Note> notes_about(const std::string& conversation_id);
    Error delete_note(const std::string& id);  // soft
    Error restore_note(const std::string& id); // undo a delete
    Error save_message(core::Message& message);
    // Records it as sent: starts the 3-and-7 business-day reply clock for an
    // outreach, completes the matching follow-ups, moves the stage and resets
    // the keep-in-touch clock.
    Error mark_message_sent(const std::string& message_id, core::Millis sent_at);
    // They answered: open nudges close and the stage moves on.
    Error record_reply(const std::string& person_id, core::Millis at);
    Error log_interaction(const std::string& person_id, core::Millis at);
    Error add_follow_up(core::FollowUp& follow_up);
    Error complete_follow_up(const std::string& id, core::Millis at);
    Error snooze_follow_up(const std::string& id, core::Millis until);
    std::vector<DueFollowUp>
    due_follow_ups(core::Millis until, int limit = 100,
                   const std::optional<std::string>& person_id = std::nullopt);
    // Open follow-ups due from `from` (inclusive) to `until`, soonest first.
    std::vector<DueFollowUp> due_follow_ups_between(core::Millis from, core::Millis until,
                                                    int limit);
    // How many open follow-ups are due by `until`: the list stops at its limit.
    int count_due_follow_ups(core::Millis until);
    std::vector<LosingTouch> losing_touch(core::Millis now, int limit = 50);
    std::vector<StageCount> pipeline_counts();
    std::vector<TimelineEntry> timeline(const std::string& person_id, int limit = 200);

    // ---- prepare and decide ----
    std::vector<core::Question> questions(bool include_archived = false);
    Error save_question(core::Question& question);
    core::Profile profile();
    // False until a profile was saved or the first-run question skipped.
    bool has_profile();
    Error save_profile(const core::Profile& profile);
    std::vector<core::ElevatorSpeech> speeches();
    Error save_speech(core::ElevatorSpeech& speech);
    std::vector<core::CareerOption> careers();
    Error save_career(core::CareerOption& career);
    Error add_evidence(core::Evidence& evidence);
    std::vector<core::Evidence> evidence_for(const std::string& career_id);

    // ---- import ----
    // Matches every contact with the people here; reads only.
    ImportPlan plan_import(const core::ImportParse& parsed);
    // Applies a plan in one transaction: all of it, or (on an error or a
    // cancel through `progress`) none of it.
    Error apply_import(const ImportPlan& plan, ImportOutcome& outcome,
                       ImportProgress* progress = nullptr);
    bool person_has_note(const std::string& person_id, const std::string& body);

    // ---- export ----
    // Everyone (or these people) with notes, conversations and follow-ups.
    core::ExportSet export_set(const std::vector<std::string>& person_ids = {});

    // ---- backup ----
    // Every row of the user's data as JSON; restore gives identical rows.
    Error backup_json(std::string& out);
    // Refuses a database with people, notes or conversations unless
    // `replace_existing`; then replaces everything, in one transaction.
    // `progress` (optional) counts rows as they go in, and its `cancel`
    // stops the restore with nothing changed.
    Error restore_backup(std::string_view json, bool replace_existing,
                         ImportProgress* progress = nullptr);
    static bool is_backup(std::string_view text);
    std::vector<std::string> table_columns(const std::string& table);
    std::int64_t count_user_rows();

    // ---- search ----
    // Any user text is safe here: it is turned into quoted FTS terms, the
    // last one a prefix, so typing never produces a syntax error.
    std::vector<SearchHit> search(const std::string& text, int limit = 50);

    // ---- safety ----
    Error snapshot_to(const std::string& destination);
    // Once per local day: a copy in `folder`, keeping the newest `keep`.
    Error daily_snapshot(const std::string& folder, int keep = 7);
    std::vector<Snapshot> snapshots(const std::string& folder);
    // Replaces the database's contents with the snapshot's (a copy of the
    // current contents is taken first, next to the database).
    Error restore_snapshot(const std::string& snapshot_path);
    // PRAGMA quick_check; on damage, copies the file aside and turns read-only.
    Error quick_check();
    // What quick_check does on damage, for a check that ran elsewhere.
    Error mark_damaged(const std::string& detail);

  private:
    Store(Database db, const core::Clock& clock) : db_(std::move(db)), clock_(clock) {}
    Error seed_questions();
    Error change_stage(const std::string& person_id, core::StageEvent event, core::Millis at);
    Error write_stage(const std::string& person_id, core::Stage from, core::Stage to,
                      core::Millis at);
    Error insert_follow_up(core::FollowUp& follow_up);
    // Nudges stop once a conversation is planned or held, or they replied.
    Error close_nudges(const std::string& person_id, core::Millis at);
    // The stage `person_id` had before they reached `stage`, if they are at
    // it now (for undoing what a cancelled conversation did).
    std::optional<core::Stage> stage_before(const std::string& person_id, core::Stage stage);
    Error refuse_if_read_only() const;
    // The save ritual every record shares (defined in save_ritual.hpp).
    template <class R, class After>
    Error save_record(const Table<R>& table, R& record, const std::string& problem, After&& after,
                      std::initializer_list<std::optional<std::string>> computed = {});
    // Moves a person's last interaction forward to `at` (never back).
    Error touch(const std::string& person_id, core::Millis at);

    Database db_;
    const core::Clock& clock_;
    bool read_only_ = false;
    std::string read_only_reason_;
};

// Turns user text into a safe FTS5 query ('"dan" "kim"*'), or "" for none.
std::string fts_query_for(const std::string& text);

} // namespace rapport::store
