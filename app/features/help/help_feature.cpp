#include "features/help/help_feature.hpp"

#include "ui/launch_request.hpp"

#include <string>

namespace rapport::ui {

void HelpFeature::load(const Route&) {
    if (read_) return; // the guide does not change while Rapport runs
    read_ = true;
    const AppServices& services = shell_.services();
    if (!services.user_guide) return;
    guide_ = core::read_guide(services.user_guide());
    // Menu paths ("Settings → Sync") drawn with ›, which the embedded Noto
    // Sans has; it has no arrows.
    const auto arrows = [](std::string& text) {
        for (size_t at = text.find("→"); at != std::string::npos; at = text.find("→", at))
            text.replace(at, std::string("→").size(), "›");
    };
    for (core::GuideSection& section : guide_.sections) {
        arrows(section.title);
        for (core::GuideBlock& block : section.blocks)
            arrows(block.text);
    }
}

std::optional<Route> HelpFeature::route_for(const std::string& request) {
    if (auto n = request_argument(request, std::string(kScreenRequest) + "help:"))
        return Route{Screen::Help, *n};
    return std::nullopt;
}

} // namespace rapport::ui
