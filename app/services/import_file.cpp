#include "services/import_file.hpp"

#include "interop/contact_import.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rapport::services {

ImportProblem preview_import(const std::string& path, store::Store& store, ImportPreview& preview) {
    using Kind = ImportProblem::Kind;
    preview = ImportPreview{};
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {Kind::Folder, path, 0};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {Kind::Unreadable, std::strerror(errno), 0};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();
    if (store::BackupRepository::is_backup(bytes)) {
        preview.backup = true;
        preview.replaces_data = store.backups().count_user_rows() > 0;
        // Counted for the preview; the restore itself checks everything.
        try {
            const auto doc = nlohmann::json::parse(bytes);
            preview.backup_people =
                static_cast<std::int64_t>(doc.at("tables").at("person").at("rows").size());
        } catch (const std::exception&) {
            preview.backup_people = 0;
        }
        preview.backup_bytes = std::move(bytes);
        return {};
    }
    const core::ImportParse parsed = interop::parse_contacts(bytes);
    if (!parsed.ok()) return {Kind::NotImportable, parsed.error, parsed.error_line};
    preview.format = parsed.format;
    preview.plan = store.imports().plan(parsed);
    return {};
}

store::Error apply_import(const ImportPreview& preview, store::Store& store,
                          const core::Clock& clock, store::ImportOutcome& outcome,
                          store::ImportProgress* progress, std::string& kept) {
    if (!preview.backup) return store.imports().apply(preview.plan, outcome, progress);
    if (preview.replaces_data && store.path() != ":memory:") {
        // What was here stays on disk beside the database.
        const std::string path =
            store.path() + ".before-restore-" + std::to_string(clock.now() / 1000) + ".db";
        if (store::Error e = store.snapshot_to(path)) return e;
        kept = path;
    }
    return store.backups().restore(preview.backup_bytes, true, progress);
}

} // namespace rapport::services
