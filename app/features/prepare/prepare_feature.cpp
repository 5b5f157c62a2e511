#include "features/prepare/prepare_feature.hpp"

#include "store/store.hpp"

namespace rapport::ui {

PrepareFeature::PrepareFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<SaveQuestion>([this](SaveQuestion& a) {
        store::Store& store = shell_.store();
        core::Question q;
        for (const core::Question& existing : store.prepare().questions(true))
            if (existing.id == a.id) q = existing;
        if (!a.id.empty() && q.id.empty())
            return shell_.show_error({store::ErrorKind::Invalid, "That question is gone"});
        q.text = a.text;
        q.category = a.category;
        if (store::Error e = store.prepare().save_question(q)) return shell_.show_error(e);
        shell_.notify(a.id.empty() ? "Added to your questions" : "Question saved");
    });
    bus.handle<ArchiveQuestion>([this](ArchiveQuestion& a) {
        store::Store& store = shell_.store();
        for (core::Question q : store.prepare().questions(true))
            if (q.id == a.id) {
                q.archived = a.archived;
                if (store::Error e = store.prepare().save_question(q)) return shell_.show_error(e);
                shell_.notify(a.archived ? "Archived: it stays in past conversations"
                                         : "Back in your questions");
            }
    });
}

void PrepareFeature::load(const Route&) {
    questions_ = shell_.store().prepare().questions(true); // the screen hides the archived
}

} // namespace rapport::ui
