#include "shell/data_commands.hpp"

#include "core/clock.hpp"
#include "interop/file_output.hpp"
#include "platform/instance_lock.hpp"
#include "services/export_data.hpp"
#include "services/import_file.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace rapport {
namespace {

constexpr int kOk = 0, kFailure = 1, kUsage = 2;

int complain(int code, const std::string& message) {
    std::cerr << "rapport: " << message << "\n";
    return code;
}

int from_error(const store::Error& e) {
    return complain(e.kind == store::ErrorKind::Invalid || e.kind == store::ErrorKind::TooNew
                        ? kUsage
                        : kFailure,
                    e.message);
}

const char* kind_label(store::ImportRow::Kind kind) {
    switch (kind) {
    case store::ImportRow::Kind::New:
        return "new";
    case store::ImportRow::Kind::Duplicate:
        return "already here";
    case store::ImportRow::Kind::Changed:
        return "changed";
    case store::ImportRow::Kind::Same:
        return "unchanged";
    }
    return "";
}

} // namespace

int run_import(const ImportCommand& command, const std::string& database_path) {
    core::SystemClock clock;
    store::Error open_error;
    auto store = store::Store::open(database_path, clock, open_error);
    if (!store) return complain(kFailure, open_error.message);
    services::ImportPreview preview;
    using Problem = services::ImportProblem::Kind;
    if (const services::ImportProblem problem =
            services::preview_import(command.path, *store, preview)) {
        switch (problem.kind) {
        case Problem::Folder:
            return complain(kUsage, command.path + " is a folder, not a file");
        case Problem::Unreadable:
            return complain(kUsage, "cannot read " + command.path + ": " + problem.detail);
        default:
            return complain(kUsage,
                            command.path +
                                (problem.line ? ":" + std::to_string(problem.line) + ": " : ": ") +
                                problem.detail + "; nothing was imported");
        }
    }
    store::ImportOutcome outcome;
    std::string kept;
    if (preview.backup) {
        if (command.dry_run) {
            std::cout << "a Rapport backup; restoring would "
                      << (preview.replaces_data ? "replace everything in " : "fill ")
                      << database_path << "\n";
            return kOk;
        }
        if (preview.replaces_data && !command.yes)
            return complain(kUsage, database_path +
                                        " already has people, notes or conversations; restoring "
                                        "replaces all of them. Rerun with --yes to go ahead (a "
                                        "snapshot is kept first)");
        const store::Error e =
            services::apply_import(preview, *store, clock, outcome, nullptr, kept);
        if (!kept.empty()) std::cout << "kept a snapshot of the old data: " << kept << "\n";
        if (e) return from_error(e);
        std::cout << "restored " << store->people().count() << " people and "
                  << store->notes().count() << " notes from " << command.path << "\n";
        platform::InstanceLock::notify(database_path, "reload");
        return kOk;
    }

    const store::ImportPlan& plan = preview.plan;
    using Kind = store::ImportRow::Kind;
    std::cout << preview.format << ": " << plan.count(Kind::New) << " new, "
              << plan.count(Kind::Duplicate) << " already here with something new, "
              << plan.count(Kind::Changed) << " changed since the last import, "
              << plan.count(Kind::Same) << " unchanged\n";
    if (command.dry_run) {
        for (const store::ImportRow& row : plan.rows) {
            std::cout << "  line " << row.contact.line << "  " << kind_label(row.kind) << "  "
                      << row.contact.name;
            if (!row.reason.empty()) std::cout << " (" << row.reason << ")";
            for (const std::string& change : row.changes)
                std::cout << "\n      " << change;
            std::cout << "\n";
        }
        std::cout << "dry run: nothing was changed\n";
        return kOk;
    }
    if (store::Error e = services::apply_import(preview, *store, clock, outcome, nullptr, kept))
        return from_error(e);
    std::cout << "imported: " << outcome.added << " added, " << outcome.merged << " updated, "
              << outcome.skipped << " left as they were\n";
    platform::InstanceLock::notify(database_path, "reload");
    return kOk;
}

int run_export(const ExportCommand& command, const std::string& database_path) {
    core::SystemClock clock;
    store::Error open_error;
    // Read-only: an export never writes the database, and works beside a
    // running Rapport.
    auto store = store::Store::open(database_path, clock, open_error, true);
    if (!store) return complain(kFailure, open_error.message);
    const std::string* folder =
        command.format == "md" && command.out_path ? &*command.out_path : nullptr;
    services::Exported exported;
    if (store::Error e = services::export_all(*store, clock, command.format, folder, exported))
        return from_error(e);
    if (folder) {
        std::cerr << "wrote " << exported.files << " Markdown files to " << *folder << "\n";
        return kOk;
    }
    const std::string& data = exported.data;
    std::string error;
    if (!command.out_path) {
        std::cout << data;
        return std::cout.flush() ? kOk : kFailure;
    }
    if (!interop::write_file_atomically(*command.out_path, data, error))
        return complain(kUsage, error);
    std::cerr << "wrote " << *command.out_path << " (" << data.size() << " bytes)\n";
    return kOk;
}

int run_search(const SearchCommand& command, const std::string& database_path) {
    core::SystemClock clock;
    store::Error open_error;
    auto store = store::Store::open(database_path, clock, open_error, true);
    if (!store) return complain(kFailure, open_error.message);
    const auto hits = store->search().find(command.query, 50);
    auto plain = [](std::string s) {
        std::string out;
        for (char c : s)
            if (c != '\x02' && c != '\x03') out += c == '\n' ? ' ' : c;
        return out;
    };
    if (command.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const store::SearchHit& h : hits)
            list.push_back({{"kind", h.kind},
                            {"id", h.ref_id},
                            {"person_id", h.person_id.value_or("")},
                            {"person", h.person_name},
                            {"title", plain(h.title)},
                            {"excerpt", plain(h.snippet)}});
        std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kOk;
    }
    if (hits.empty()) std::cout << "nothing matches \"" << command.query << "\"\n";
    for (const store::SearchHit& h : hits)
        std::cout << (h.person_name.empty() ? "(inbox)" : h.person_name) << " · " << h.kind << ": "
                  << plain(h.snippet.empty() ? h.title : h.snippet) << "\n";
    return kOk;
}

} // namespace rapport
