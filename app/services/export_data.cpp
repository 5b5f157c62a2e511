#include "services/export_data.hpp"

#include "interop/exports.hpp"
#include "interop/file_output.hpp"

namespace rapport::services {

store::Error export_all(store::Store& store, const core::Clock& clock, const std::string& format,
                        const std::string* markdown_folder, Exported& out) {
    out = Exported{};
    if (format == "json") {
        out.people = store.people().count();
        return store.backups().to_json(out.data);
    }
    const core::ExportSet set = store.exports().collect();
    out.people = static_cast<std::int64_t>(set.people.size());
    if (format == "md" && markdown_folder) {
        std::string error;
        out.files = interop::write_markdown_folder(*markdown_folder, set, clock, error);
        if (out.files < 0) return {store::ErrorKind::Invalid, error};
        return {};
    }
    out.data = interop::export_document(format, set, clock);
    return {};
}

} // namespace rapport::services
