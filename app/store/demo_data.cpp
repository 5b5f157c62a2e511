#include "store/demo_data.hpp"

#include "core/follow_up_rules.hpp"

#include <array>
#include <string>

namespace rapport::store {
namespace {

// SplitMix64: tiny, fast and the same on every platform.
class Random {
  public:
    explicit Random(unsigned long long seed) : state_(seed) {}
    unsigned long long next() {
        unsigned long long z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<unsigned long long>(n)); }
    template <class T, size_t N> const T& pick(const std::array<T, N>& items) {
        return items[static_cast<size_t>(below(static_cast<int>(N)))];
    }

  private:
    unsigned long long state_;
};

// A message to `person_id`, written and marked sent `at`.
Error send(Store& store, const std::string& person_id, core::MessageKind kind, const char* subject,
           const char* body, core::Millis at) {
    core::Message m;
    m.person_id = person_id;
    m.kind = kind;
    m.subject = subject;
    m.body = body;
    if (Error e = store.messages().save(m)) return e;
    return store.messages().mark_sent(m.id, at);
}

constexpr std::array<const char*, 48> kFirst = {
    "Amara",  "Ines",   "Daniel",  "Chloé",   "Helen",  "Rosa",      "Tobias", "Sam",
    "Priya",  "Kenji",  "Fatima",  "Lucas",   "Mei",    "Oluwaseun", "Sofia",  "Mateo",
    "Aisha",  "Jonas",  "Leilani", "Omar",    "Ewa",    "Diego",     "Hana",   "Noah",
    "Zainab", "Luca",   "Ingrid",  "Rahul",   "Camila", "Yusuf",     "Grace",  "Andrei",
    "Nia",    "Thiago", "Sora",    "Beatriz", "Kwame",  "Elif",      "Marcus", "Anya",
    "Tariq",  "Julia",  "Wei",     "Maya",    "Emeka",  "Lena",      "Arjun",  "Valentina"};
constexpr std::array<const char*, 48> kLast = {
    "Osei",   "Duarte",  "Kim",    "Nguyễn-Berg", "Brennan", "Delgado", "Wright",   "Ortiz",
    "Patel",  "Tanaka",  "Haddad", "Moreau",      "Chen",    "Adeyemi", "Rossi",    "García",
    "Rahman", "Becker",  "Kahale", "Farouk",      "Nowak",   "Herrera", "Sato",     "Williams",
    "Bello",  "Ferrari", "Larsen", "Iyer",        "Souza",   "Demir",   "O'Connor", "Popescu",
    "Mensah", "Costa",   "Ito",    "Almeida",     "Boateng", "Yılmaz",  "Johnson",  "Volkova",
    "Aziz",   "Schmidt", "Zhang",  "Cohen",       "Okafor",  "Fischer", "Reddy",    "Morales"};
struct Org {
    const char* name;
    const char* field;
};
constexpr std::array<Org, 24> kOrgs = {{
    {"Brightline Labs", "UX research"},
    {"Lakeside Museum", "Museums"},
    {"City of Fairview", "Urban planning"},
    {"Northgate Health", "Data science"},
    {"Harborview University", "Linguistics"},
    {"Cobalt Architects", "Architecture"},
    {"Meridian Bank", "Finance"},
    {"Greenfield Energy", "Renewable energy"},
    {"Open Atlas", "Software"},
    {"Riverside Hospital", "Nursing"},
    {"Kestrel Games", "Game design"},
    {"Summit Consulting", "Consulting"},
    {"Tidewater Press", "Publishing"},
    {"Pine Street Studio", "Graphic design"},
    {"Helix Biotech", "Biotechnology"},
    {"Redwood Legal Aid", "Law"},
    {"Orbit Aerospace", "Aerospace"},
    {"Maple Grove Schools", "Education"},
    {"Copperline Logistics", "Supply chain"},
    {"Beacon Nonprofit", "Nonprofit"},
    {"Silverleaf Hotels", "Hospitality"},
    {"Quanta Analytics", "Data science"},
    {"Fieldstone Farms", "Agriculture"},
    {"Vantage Media", "Journalism"},
}};
constexpr std::array<const char*, 24> kRoles = {
    "Senior UX Researcher", "Curator",           "Planner II",         "Data Scientist",
    "Assoc. Professor",     "Project Architect", "Financial Analyst",  "Energy Engineer",
    "Software Engineer",    "Nurse Manager",     "Game Designer",      "Consultant",
    "Acquisitions Editor",  "Art Director",      "Research Scientist", "Staff Attorney",
    "Systems Engineer",     "Teacher",           "Operations Lead",    "Program Director",
    "General Manager",      "Analytics Lead",    "Agronomist",         "Reporter"};
constexpr std::array<const char*, 12> kCities = {
    "Denton, TX", "Austin, TX",  "Chicago, IL", "Seattle, WA", "Denver, CO",   "Atlanta, GA",
    "Boston, MA", "Toronto, ON", "Remote",      "Dallas, TX",  "Portland, OR", "New York, NY"};
constexpr std::array<const char*, 8> kSchools = {
    "BA, University of North Texas",      "MS, Georgia Tech",      "PhD, University of Michigan",
    "BFA, Rhode Island School of Design", "MBA, UT Austin",        "BS, Texas A&M",
    "MA, University of Toronto",          "BSN, Baylor University"};
constexpr std::array<const char*, 20> kNotes = {
    "Research ops is a growing path; start with usability testing.",
    "Portfolio matters more than the degree title.",
    "Recommended the Coursera course on statistics for social science.",
    "Suggested joining the local chapter of the professional association.",
    "Likes the variety of projects; dislikes the long review cycles.",
    "Typical day: stand-up, two interviews, synthesis in the afternoon.",
    "Mentor was a professor who pushed her to publish early.",
    "Certifications matter less than shipped work in this field.",
    "Asked me to send my résumé after I finish the capstone.",
    "Offered to introduce me to a colleague on the data team.",
    "Volunteering at the museum opened the door for her.",
    "Start with an internship at a smaller firm to learn every role.",
    "Learn SQL and one visualisation tool well.",
    "The culture values mentorship and writing things down.",
    "Field work is physically demanding but deeply rewarding.",
    "Recommended reading: 'The Design of Everyday Things'.",
    "Networking events in spring are the best time to meet hiring managers.",
    "Keep a record of what you learn in each conversation.",
    "Told me to follow up in a month with my project results.",
    "Thinks remote work makes mentoring harder; seek in-person teams early."};
// What people recommend, for the debrief fields ("What I've heard" sums them).
constexpr std::array<const char*, 5> kCourses = {
    "Intro to statistics", "Google UX Design certificate", "Technical writing", "Intro to GIS",
    "Public speaking"};
constexpr std::array<const char*, 4> kCertifications = {"NN/g UX certification",
                                                        "Google Data Analytics certificate",
                                                        "Project+", "First aid and field safety"};
constexpr std::array<const char*, 4> kMentors = {"Dana Whitfield", "Professor Ruth Adeyemi",
                                                 "Sam Ortiz", "The local meetup's organisers"};
constexpr std::array<const char*, 4> kLikes = {"The variety of problems", "Seeing work ship",
                                               "Mentoring juniors", "Time outdoors"};
constexpr std::array<const char*, 4> kDislikes = {"Paperwork", "On-call weeks", "Slow decisions",
                                                  "Funding cycles"};
// Answers to the six starters, four ways each, so comparing one question
// across people shows different careers.
constexpr std::array<std::array<const char*, 4>, 6> kAnswers = {{
    {"Started in a very different role and moved over through a side project.",
     "Straight from a master's into an internship that turned into a job.",
     "Ten years in teaching first; a night course opened the door.",
     "Volunteered with a local group until they hired me part-time."},
    {"Mornings are meetings, afternoons are focused work; no two days match.",
     "Mostly on site: walking the floor, fixing what broke overnight, planning tomorrow.",
     "Long stretches of writing and analysis, a client call or two, then reviews.",
     "Teaching two sessions, office hours, and grading in between."},
    {"A former manager who always asked 'what did you learn?'.",
     "A professor who read every draft and sent me to my first conference.",
     "No single mentor: a group of peers who met monthly to swap notes.",
     "An older colleague who showed me how the organisation really works."},
    {"Loves the people and the problems; dislikes the paperwork.",
     "Likes seeing work ship; dislikes the on-call weeks.",
     "Likes the autonomy; finds the funding cycles stressful.",
     "Likes mentoring juniors; dislikes how slowly decisions get made."},
    {"Take statistics and a writing-intensive course; both pay off.",
     "An introductory programming course, even if you never code for a living.",
     "Public speaking: everything here is presenting to someone.",
     "Accounting basics: budgets decide most of what we can do."},
    {"A short certificate helps, but real projects help more.",
     "The professional licence matters here; start the hours early.",
     "None required; a portfolio of three solid pieces is what we look at.",
     "First-aid and safety training are expected on day one."},
}};

core::Stage stage_for(Random& random) {
    // More people early in the pipeline, as in real practice.
    static constexpr std::array<core::Stage, 20> kWeights = {core::Stage::Identified,
                                                             core::Stage::Identified,
                                                             core::Stage::Identified,
                                                             core::Stage::Identified,
                                                             core::Stage::Researched,
                                                             core::Stage::Researched,
                                                             core::Stage::Researched,
                                                             core::Stage::ReachedOut,
                                                             core::Stage::ReachedOut,
                                                             core::Stage::ReachedOut,
                                                             core::Stage::Scheduled,
                                                             core::Stage::Scheduled,
                                                             core::Stage::Met,
                                                             core::Stage::Met,
                                                             core::Stage::Thanked,
                                                             core::Stage::Thanked,
                                                             core::Stage::KeepingInTouch,
                                                             core::Stage::KeepingInTouch,
                                                             core::Stage::NoReply,
                                                             core::Stage::Paused};
    return kWeights[static_cast<size_t>(random.below(20))];
}

// The i-th demo person, referred by one of `ids` (those made before) if a
// referral; `handle` is their email's and profile's name.
core::Person demo_person(Random& random, int i, const std::vector<std::string>& ids,
                         std::string& handle) {
    core::Person p;
    const std::string first = random.pick(kFirst), last = random.pick(kLast);
    p.name = (i % 17 == 4 ? "Dr. " : "") + first + " " + last;
    const Org& org = random.pick(kOrgs);
    p.organisation = org.name;
    p.field = org.field;
    p.role = random.pick(kRoles);
    p.location = random.pick(kCities);
    p.source =
        static_cast<core::Source>(random.below(static_cast<int>(core::source_names().size())));
    p.stage = stage_for(random);
    for (char c : first + "." + last)
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '.')
            handle += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    handle += std::to_string(i);
    if (random.below(3) > 0) p.emails.push_back(handle + "@example.org");
    if (random.below(2) == 0) p.linkedin = "https://www.linkedin.com/in/" + handle;
    if (p.source == core::Source::Referral && !ids.empty())
        p.referred_by = ids[static_cast<size_t>(random.below(static_cast<int>(ids.size())))];
    if (core::pipeline_rank(p.stage) >= pipeline_rank(core::Stage::Researched)) {
        p.research.education = random.pick(kSchools);
        p.research.specialty = org.field;
        p.research.past_careers = std::string("Previously at ") + random.pick(kOrgs).name;
        p.research.inspirations = "Mentors early in their career";
    }
    if (p.stage == core::Stage::KeepingInTouch || p.stage == core::Stage::Thanked)
        p.cadence_days = 30 + 30 * random.below(3);
    return p;
}

// What the demo happens against: now, and the questions a plan starts with.
struct DemoTime {
    core::Millis now;
    const std::vector<core::Question>& questions;
};

// What happened with `p` up to their stage: a planned or held conversation
// (with its thank-you and a later check-in), an outreach awaiting a reply.
Error add_history(Store& store, const core::Person& p, const std::string& handle, int i,
                  Random& random, const DemoTime& at, DemoSummary& summary) {
    const core::Millis now = at.now;
    const std::vector<core::Question>& questions = at.questions;
    // Someone just met is due a thank-you soon; others were met weeks ago.
    const core::Millis met_at =
        p.stage == core::Stage::Met
            ? now - (1 + random.below(40)) * core::kHour
            : now - (3 + random.below(120)) * core::kDay - random.below(8) * core::kHour;
    if (p.stage == core::Stage::Scheduled) {
        core::Conversation c;
        c.person_id = p.id;
        c.when = now + (1 + random.below(14)) * core::kDay + (9 + random.below(8)) * core::kHour;
        c.mode = static_cast<core::ConversationMode>(random.below(3));
        c.place =
            c.mode == core::ConversationMode::VideoCall ? "https://meet.example.org/" + handle : "";
        for (size_t q = 0; q < 6 && q < questions.size(); ++q)
            c.questions.push_back({questions[q].id, questions[q].text, ""});
        if (Error e = store.conversations().save(c)) return e;
        ++summary.conversations;
    }
    if (core::pipeline_rank(p.stage) >= core::pipeline_rank(core::Stage::Met) &&
        !core::is_side_state(p.stage)) {
        core::Conversation c;
        c.person_id = p.id;
        c.when = met_at;
        c.mode = static_cast<core::ConversationMode>(random.below(4));
        c.takeaways = random.pick(kNotes);
        c.advice = random.pick(kNotes);
        c.courses = random.pick(kCourses);
        c.certifications = random.pick(kCertifications);
        c.mentors = random.pick(kMentors);
        c.likes = random.pick(kLikes);
        c.dislikes = random.pick(kDislikes);
        for (size_t q = 0; q < 6 && q < questions.size(); ++q)
            c.questions.push_back({questions[q].id, questions[q].text,
                                   kAnswers[q][(static_cast<size_t>(i) + q) % 4]});
        const core::Stage reached = p.stage;
        if (Error e = store.conversations().save(c)) return e;
        if (Error e = store.conversations().hold(c.id, met_at)) return e;
        ++summary.conversations;
        if (reached != core::Stage::Met) {
            if (Error e = send(store, p.id, core::MessageKind::ThankYou, "Thank you",
                               "Thank you for your time and advice.", met_at + 20 * core::kHour))
                return e;
        }
        if (reached == core::Stage::KeepingInTouch)
            if (Error e = store.follow_ups().log_interaction(p.id, met_at + (2 + random.below(20)) *
                                                                                core::kDay))
                return e;
    } else if (p.stage == core::Stage::ReachedOut || p.stage == core::Stage::NoReply) {
        const core::Millis sent = now - (1 + random.below(10)) * core::kDay;
        if (Error e = send(store, p.id, core::MessageKind::Outreach, "A 15-minute conversation?",
                           "I found you through the alumni network…", sent))
            return e;
        if (p.stage == core::Stage::NoReply) store.people().set_stage(p.id, core::Stage::NoReply);
    }
    return {};
}

// A few career options, with answers filed as evidence for and against.
Error add_careers(Store& store) {
    const std::array<std::pair<const char*, int>, 3> options = {
        {{"UX researcher", 5}, {"Data scientist", 4}, {"Museum curator", 3}}};
    std::vector<std::string> option_ids;
    for (const auto& [title, interest] : options) {
        core::CareerOption option;
        option.title = title;
        option.interest = interest;
        if (Error e = store.careers().save(option)) return e;
        option_ids.push_back(option.id);
    }
    Statement answers = store.database().prepare(
        "SELECT conversation_id, position, answer FROM conversation_question WHERE answer <> '' "
        "ORDER BY conversation_id, position LIMIT 9");
    std::vector<core::Evidence> filed;
    for (int i = 0; answers.step(); ++i) {
        core::Evidence e;
        e.career_id = option_ids[static_cast<size_t>(i) % option_ids.size()];
        e.kind = static_cast<core::EvidenceKind>((i / 3) % 3); // every option gets each kind
        e.conversation_id = answers.text(0);
        e.question_position = static_cast<int>(answers.integer(1));
        e.text = answers.text(2);
        filed.push_back(e);
    }
    answers.reset();
    for (core::Evidence& e : filed)
        if (Error err = store.careers().add_evidence(e)) return err;

    return {};
}

} // namespace

core::Profile demo_profile() {
    return {"Jordan Reyes",
            "a junior studying information science",
            "work in user research",
            "",
            "",
            "",
            ""};
}

Error fill_demo(Store& store, int count, DemoSummary& summary, unsigned long long seed) {
    if (count < 1 || count > 200000)
        return {ErrorKind::Invalid, "demo size must be between 1 and 200000 people"};
    if (store.people().count() > 0)
        return {ErrorKind::Invalid,
                "the database already has people; --demo only fills an empty database"};
    Random random(seed);
    const int notes_per_person = count >= 1000 ? 10 : 3;
    const auto questions = store.prepare().questions();
    Transaction transaction(store.database());
    if (transaction.begin_error()) return transaction.begin_error();
    const core::Millis now = store.clock().now();
    if (!store.prepare().has_profile()) {
        // Someone to write the demo's messages and speech as.
        if (Error e = store.prepare().save_profile(demo_profile())) return e;
    }
    std::vector<std::string> ids;
    ids.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::string handle;
        core::Person p = demo_person(random, i, ids, handle);
        if (Error e = store.people().save(p)) return e;
        ids.push_back(p.id);

        if (Error e = add_history(store, p, handle, i, random, {now, questions}, summary)) return e;
        for (int n = 0; n < notes_per_person; ++n) {
            core::Note note;
            note.person_id = p.id;
            note.body = random.pick(kNotes);
            if (Error e = store.notes().save(note)) return e;
        }
        summary.notes += notes_per_person;
    }
    // Two thoughts captured about nobody yet: the inbox has something to file.
    for (const char* body : {"Someone from the parks department at the fair: ask Dana for her name",
                             "Idea: ask about remote internships next time"}) {
        core::Note note;
        note.body = body;
        if (Error e = store.notes().save(note)) return e;
        ++summary.notes;
    }
    if (Error e = add_careers(store)) return e;

    // Someone practising for months has long since told old referrers.
    Statement told = store.database().prepare(
        "UPDATE follow_up SET done_at = due + 86400000 WHERE kind = 'tell_referrer' AND "
        "done_at IS NULL AND due < ?1");
    told.bind(1, now - 10 * core::kDay);
    if (!told.run()) return told.error();
    summary.people = count;
    return transaction.commit();
}

} // namespace rapport::store
