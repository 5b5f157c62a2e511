#include "features/conversation/conversation_feature.hpp"

#include "ui/launch_request.hpp"

#include "core/conversation_plan.hpp"
#include "features/capture/capture_actions.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <imgui.h>

namespace rapport::ui {

ConversationFeature::ConversationFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<StartConversation>([this](StartConversation& a) { start(a.id); });
    bus.handle<StepQuestion>([this](StepQuestion& a) { step(a.delta); });
    bus.handle<EndConversation>([this](EndConversation&) { end(); });
    bus.handle<ContinueOvertime>([this](ContinueOvertime&) { editor_.time_up_dismissed = true; });
}

bool ConversationFeature::launch(const Route& route) {
    start(route.argument);
    return true;
}

void ConversationFeature::start(const std::string& id) {
    store::Store& store = shell_.store();
    auto conversation = store.conversations().find(id);
    if (!conversation)
        return shell_.show_error({store::ErrorKind::Invalid, "That conversation no longer exists"});
    const auto person = store.people().find(conversation->person_id);
    editor_ = ConversationEditor{};
    // No plan yet: the guide's six starter questions, in order.
    if (conversation->questions.empty()) {
        conversation->questions =
            core::starter_questions(store.prepare().questions(),
                                    person ? core::person_values(*person) : core::TemplateValues{});
        if (store::Error e = store.conversations().save(*conversation)) return shell_.show_error(e);
    }
    editor_.conversation = *conversation;
    editor_.person_name = person ? person->name : "";
    editor_.started_at = store.clock().now();
    shell_.open({Screen::Conversation, id});
}

void ConversationFeature::save(bool force) {
    if (!editor_.autosave.due(ImGui::GetTime(), force)) return;
    core::Conversation copy = editor_.conversation;
    if (store::Error e = shell_.store().conversations().save(copy)) return shell_.show_error(e);
    editor_.conversation.updated_at = copy.updated_at;
    editor_.autosave.saved();
}

void ConversationFeature::step(int delta) {
    save(true);
    const int count = static_cast<int>(editor_.conversation.questions.size());
    editor_.index = std::clamp(editor_.index + delta, 0, std::max(0, count - 1));
    // Typing an answer and moving on: the next card's box takes the keys
    // that follow, so no answer lands on the wrong card.
    editor_.focus_answer = editor_.answering;
}

void ConversationFeature::end() {
    save(true);
    if (editor_.autosave.dirty()) return; // not saved: stay, the answers are on screen
    // Capture follows, about this person and this conversation.
    shell_.actions().ask(CaptureAfterConversation{editor_.conversation.person_id,
                                                  editor_.person_name, editor_.conversation.id});
}

void ConversationFeature::report(const Route& route, FrameReport& report) const {
    if (route.screen != Screen::Conversation) return;
    // The timer shows whole seconds: wake at the next one.
    const core::Millis now = shell_.store().clock().now();
    report.wake_within((1000 - (now - editor_.started_at) % 1000) / 1000.0);
}

// A screenshot of the conversation under way: the next one planned.
std::optional<Route> ConversationFeature::route_for(const std::string& request) {
    if (!asks_for_screen(request, "conversation")) return std::nullopt;
    store::Store& store = shell_.store();
    const auto next = store.conversations().upcoming(store.clock().now() - core::kDay, 1);
    if (next.empty()) return Route{Screen::Today, {}};
    return Route{Screen::Conversation, next.front().conversation.id};
}

} // namespace rapport::ui
