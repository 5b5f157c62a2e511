#include "ui/navigator.hpp"

#include <algorithm>

#include <array>
#include <utility>

namespace rapport::ui {
namespace {

struct ScreenInfo {
    Screen screen;
    std::string_view name;
    std::string_view title;
};

constexpr std::array<ScreenInfo, 25> kScreens = {{
    {Screen::Today, "today", "Today"},
    {Screen::People, "people", "People"},
    {Screen::Prepare, "prepare", "Prepare"},
    {Screen::Careers, "careers", "Careers"},
    {Screen::Capture, "capture", "Capture"},
    {Screen::Settings, "settings", "Settings"},
    {Screen::Person, "person", "Person"},
    {Screen::PersonEdit, "person-edit", "Edit person"},
    {Screen::Conversation, "conversation", "Conversation"},
    {Screen::PlanConversation, "plan", "Plan a conversation"},
    {Screen::Compose, "compose", "Write"},
    {Screen::Compare, "compare", "Compare answers"},
    {Screen::Speech, "speech", "Elevator speech"},
    {Screen::Career, "career", "Career option"},
    {Screen::CareerCompare, "careers-compare", "Side by side"},
    {Screen::Data, "data", "Import and export"},
    {Screen::ImportPreview, "import", "Import"},
    {Screen::Note, "note", "Note"},
    {Screen::Debrief, "debrief", "Conversation"},
    {Screen::Inbox, "inbox", "Inbox"},
    {Screen::Heard, "heard", "What I've heard"},
    {Screen::Templates, "templates", "Message templates"},
    {Screen::Sync, "sync", "Sync"},
    {Screen::Scheduled, "scheduled", "Coming up"},
    {Screen::Help, "help", "Help"},
}};

} // namespace

bool is_tab(Screen screen) {
    return screen == Screen::Today || screen == Screen::People || screen == Screen::Prepare ||
           screen == Screen::Careers;
}

std::string_view screen_name(Screen screen) {
    for (const auto& info : kScreens)
        if (info.screen == screen) return info.name;
    return "today";
}

std::string_view screen_title(Screen screen) {
    for (const auto& info : kScreens)
        if (info.screen == screen) return info.title;
    return "";
}

std::optional<Screen> screen_from_name(std::string_view name) {
    for (const auto& info : kScreens)
        if (info.name == name) return info.screen;
    return std::nullopt;
}

void Navigator::switch_tab(Screen tab) {
    stack_.assign(1, Route{tab, {}});
    places_.assign(1, next_place());
}

void Navigator::push(Route route) {
    if (route == current()) return; // a double tap must not stack a screen twice
    if (is_tab(route.screen)) return switch_tab(route.screen);
    stack_.push_back(std::move(route));
    places_.push_back(next_place());
}

void Navigator::replace(Route route) {
    if (stack_.size() == 1) return push(std::move(route));
    if (route == stack_[stack_.size() - 2]) {
        back();
        return;
    }
    stack_.back() = std::move(route);
    places_.back() = next_place();
}

void Navigator::pop_to_root() {
    stack_.resize(1);
    places_.resize(1);
}

bool Navigator::only_above_root(const std::function<bool(Screen)>& which) const {
    for (size_t i = 1; i < stack_.size(); ++i)
        if (!which(stack_[i].screen)) return false;
    return true;
}

bool Navigator::back() {
    if (stack_.size() > 1) {
        stack_.pop_back();
        places_.pop_back();
        return true;
    }
    if (stack_.front().screen != Screen::Today) { // back from a tab goes home first
        switch_tab(Screen::Today);
        return true;
    }
    return false;
}

} // namespace rapport::ui
