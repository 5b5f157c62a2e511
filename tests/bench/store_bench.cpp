// Store benchmark at 10k people / 100k notes: open, search as you type,
// autosave commits and the queries behind Today and People, against the
// bars in tests/bench/README.md. Usage: rapport_store_bench [DB_PATH] (built if missing).
#include "bench/bench_stats.hpp"
#include "interop/contact_import.hpp"
#include "store/demo_data.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace rapport;
using namespace rapport::bench;

namespace {

// The floor for search: the same FTS5 index queried raw through Debian's
// sqlite3 shell (bm25 rank, 50 rows), timed by the shell itself; median of 7.
double floor_fts_ms(const std::string& db, const std::string& term) {
    // The shell times statements it reads, not ones given as arguments.
    const std::string script = std::filesystem::temp_directory_path() / "rapport-floor.sql";
    {
        std::ofstream out(script);
        out << ".timer on\n.output /dev/null\n";
        for (int i = 0; i < 7; ++i)
            out << "SELECT rowid FROM search_fts WHERE search_fts MATCH '\"" << term
                << "\"*' ORDER BY rank LIMIT 50;\n";
    }
    const std::string command = "sqlite3 -readonly '" + db + "' < '" + script + "' 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return -1;
    std::vector<double> runs;
    char line[512];
    while (std::fgets(line, sizeof line, pipe)) {
        double real = 0;
        if (std::sscanf(line, "Run Time: real %lf", &real) == 1) runs.push_back(real * 1000);
    }
    pclose(pipe);
    std::filesystem::remove(script);
    if (runs.empty()) return -1;
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

struct FloorRow {
    std::string what;
    double floor_ms;
    double rapport_ms;
};
std::vector<FloorRow> floor_table;

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "/tmp/rapport-bench-10k.db";
    core::SystemClock clock;
    store::Error error;
    if (!std::filesystem::exists(path)) {
        std::printf("building %s: 10k demo people, 100k notes…\n", path.c_str());
        const double start = now_ms();
        auto store = store::Store::open(path, clock, error);
        if (!store) return std::fprintf(stderr, "%s\n", error.message.c_str()), 1;
        store::DemoSummary summary;
        if ((error = store::fill_demo(*store, 10000, summary)))
            return std::fprintf(stderr, "%s\n", error.message.c_str()), 1;
        // One word in every note: the worst case for ranking.
        store->database().exec("UPDATE note SET body = body || ' interview'");
        std::printf("built in %.1f s: %d people, %d notes, %d conversations\n",
                    (now_ms() - start) / 1000, summary.people, summary.notes,
                    summary.conversations);
    }

    const Stats open = measure(5, [&](int) { store::Store::open(path, clock, error); });
    auto store = store::Store::open(path, clock, error);
    if (!store) return std::fprintf(stderr, "%s\n", error.message.c_str()), 1;
    std::printf("\n%lld people, %lld notes in %s\n\n",
                static_cast<long long>(store->people().count()),
                static_cast<long long>(store->notes().count()), path.c_str());
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "what (10k people / 100k notes)", "p50 / p95",
                "bar", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(24, '-').c_str(),
                std::string(20, '-').c_str(), std::string(6, '-').c_str());
    row("open (migrations checked, statements ready)", p50_p95(open), "part of 500 ms launch",
        open.p95 < 100);

    // Search as you type: each keystroke of a word is a query.
    auto typing = [&](const std::vector<std::string>& words) {
        std::vector<std::string> queries;
        for (const std::string& word : words)
            for (size_t n = 1; n <= word.size(); ++n)
                queries.push_back(word.substr(0, n));
        return measure(static_cast<int>(queries.size()) * 3, [&](int i) {
            store->search().find(queries[static_cast<size_t>(i) % queries.size()]);
        });
    };
    const Stats prefix = typing({"amara", "portfolio", "brightline", "nguyen", "usability"});
    row("search as you type (prefixes)", p50_p95(prefix), "p50 10 / p95 30 ms",
        prefix.p50 <= 10 && prefix.p95 <= 30);
    const Stats full = measure(60, [&](int i) {
        static const char* terms[] = {"portfolio matters", "statistics", "Delgado", "mentor"};
        store->search().find(terms[i % 4]);
    });
    row("search full terms", p50_p95(full), "p50 10 / p95 30 ms", full.p50 <= 10 && full.p95 <= 30);
    const Stats common = measure(30, [&](int) { store->search().find("interview"); });
    row("search a term in every note", p50_p95(common), "p95 30 ms", common.p95 <= 30);
    floor_table.push_back({"portfolio", floor_fts_ms(path, "portfolio"),
                           measure(15, [&](int) { store->search().find("portfolio"); }).p50});
    floor_table.push_back({"statistics", floor_fts_ms(path, "statistics"),
                           measure(15, [&](int) { store->search().find("statistics"); }).p50});
    floor_table.push_back({"interview (every note)", floor_fts_ms(path, "interview"), common.p50});

    std::string text;
    const Stats autosave = measure(300, [&](int i) {
        text += "word" + std::to_string(i) + ' ';
        store->captures().save_draft({text, static_cast<int>(text.size()), 0, {}, {}});
    });
    row("autosave commit (WAL, synchronous FULL)", p50_p95(autosave), "p95 15 ms",
        autosave.p95 <= 15);

    // What the People tab reads when it opens and after each change there:
    // every row (the list is clipped when drawn, not when read).
    const Stats people = measure(20, [&](int) {
        store::PeopleQuery q;
        q.limit = 1'000'000;
        store->people().list(q);
    });
    row("People tab: all 10k rows by next action", p50_p95(people), "frame budget 16 ms",
        people.p95 <= 16);
    const Stats names = measure(20, [&](int) { store->people().names(); });
    row("names for capture's picker and leads", p50_p95(names), "frame budget 16 ms",
        names.p95 <= 16);
    const Stats by_name = measure(50, [&](int) {
        store::PeopleQuery q;
        q.sort = store::PeopleSort::Name;
        q.stages = {core::Stage::Met, core::Stage::Thanked};
        q.limit = 60;
        store->people().list(q);
    });
    row("people filtered by stage, by name", p50_p95(by_name), "frame budget 16 ms",
        by_name.p95 <= 16);
    const core::Millis now = clock.now();
    const Stats today = measure(50, [&](int) {
        store->follow_ups().due(now + core::kDay);
        store->conversations().upcoming(now);
        store->dashboard().losing_touch(now);
        store->dashboard().pipeline_counts();
    });
    row("Today: due, upcoming, losing touch, counts", p50_p95(today), "frame budget 16 ms",
        today.p95 <= 16);
    const std::string someone = store->people().list({})[0].id;
    const Stats timeline = measure(50, [&](int) { store->dashboard().timeline(someone); });
    row("a person's timeline", p50_p95(timeline), "frame budget 16 ms", timeline.p95 <= 16);
    const auto questions = store->prepare().questions();
    const Stats answers =
        measure(20, [&](int) { store->conversations().answers_to(questions[1].id); });
    row("compare answers to one question", p50_p95(answers), "frame budget 16 ms",
        answers.p95 <= 16);

    // Whole-database work, timed once each.
    std::string json;
    const double json_start = now_ms();
    store->backups().to_json(json);
    const double json_ms = now_ms() - json_start;
    const std::string scratch = std::filesystem::temp_directory_path() / "rapport-bench-scratch.db";
    std::filesystem::remove(scratch);
    double restore_ms = -1;
    if (auto target = store::Store::open(scratch, clock, error)) {
        const double start = now_ms();
        if (!target->backups().restore(json, true)) restore_ms = now_ms() - start;
    }
    std::filesystem::remove(scratch);
    const std::string snapshot = scratch + ".snapshot";
    const double snapshot_start = now_ms();
    store->snapshot_to(snapshot);
    const double snapshot_ms = now_ms() - snapshot_start;
    std::filesystem::remove(snapshot);
    // A 10,000-row LinkedIn export into an empty database: parse, match, apply.
    std::string csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    for (int i = 0; i < 10000; ++i)
        csv += "Person" + std::to_string(i) + ",Bench,https://www.linkedin.com/in/bench-" +
               std::to_string(i) + ",,Org " + std::to_string(i % 500) + ",Analyst,1 Mar 2024\r\n";
    double import_ms = -1;
    if (auto target = store::Store::open(scratch, clock, error)) {
        const double start = now_ms();
        const core::ImportParse parsed = interop::parse_contacts(csv);
        store::ImportOutcome outcome;
        if (!target->imports().apply(target->imports().plan(parsed), outcome))
            import_ms = now_ms() - start;
    }
    std::filesystem::remove(scratch);
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "JSON backup of everything",
                (std::to_string(static_cast<int>(json_ms)) + " ms, " +
                 std::to_string(json.size() / 1048576) + " MB")
                    .c_str(),
                "", "");
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "restore it into an empty database",
                (std::to_string(static_cast<int>(restore_ms)) + " ms").c_str(), "", "");
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "snapshot (online backup API)",
                (std::to_string(static_cast<int>(snapshot_ms)) + " ms").c_str(), "", "");
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "import a 10,000-row LinkedIn CSV",
                (std::to_string(static_cast<int>(import_ms)) + " ms").c_str(), "", "");
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", "peak RSS of this benchmark process",
                (std::to_string(usage.ru_maxrss / 1024) + " MB").c_str(), "", "");
    std::printf(
        "\n| search, p50 (10k people / 100k notes) | Rapport ms | floor ms (raw FTS5, sqlite3 "
        "shell) | ratio |\n|---|---|---|---|\n");
    for (const FloorRow& r : floor_table)
        std::printf("| %s | %.2f | %.2f | %.1fx |\n", r.what.c_str(), r.rapport_ms, r.floor_ms,
                    r.floor_ms > 0 ? r.rapport_ms / r.floor_ms : 0.0);
    return 0;
}
