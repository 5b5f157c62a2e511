// Frame CPU per screen at 10k people / 100k notes: the time from NewFrame to
// Render (what the app spends per frame, without the GPU), headless.
// Usage: rapport_frame_bench [DB_PATH] (the store benchmark builds it).
#include "bench/bench_stats.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"

#include <cstdio>
#include <imgui.h>

using namespace rapport;
using namespace rapport::bench;

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "/tmp/rapport-bench-10k.db";
    core::SystemClock clock;
    store::Error error;
    auto store = store::Store::open(path, clock, error, true);
    if (!store)
        return std::fprintf(stderr, "%s (run rapport_store_bench first)\n", error.message.c_str()),
               1;

    std::printf("\n| %-44s | %-22s | %-18s | %-4s |\n", "frame CPU at 10k people, 420x860",
                "p50 / p95", "bar", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(24, '-').c_str(),
                std::string(20, '-').c_str(), std::string(6, '-').c_str());
    const std::string someone = store->people({})[0].id;
    const auto next = store->upcoming_conversations(0, 1);
    const std::string conversation = next.empty() ? "" : next.front().conversation.id;
    const std::pair<const char*, ui::Route> screens[] = {
        {"Today", {ui::Screen::Today, {}}},
        {"People (10k, clipped)", {ui::Screen::People, {}}},
        {"Person", {ui::Screen::Person, someone}},
        {"Capture", {ui::Screen::Capture, {}}},
        {"Prepare", {ui::Screen::Prepare, {}}},
        {"Careers", {ui::Screen::Careers, {}}},
        {"Compare answers", {ui::Screen::Compare, "builtin-typical-day"}},
        {"Conversation", {ui::Screen::Conversation, conversation}},
        {"Import and export", {ui::Screen::Data, {}}},
        {"Settings", {ui::Screen::Settings, {}}}};
    for (const auto& [name, route] : screens) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(420, 860);
        io.DeltaTime = 1.0f / 60.0f;
        ui::AppServices services;
        services.version = "bench";
        {
            ui::App app(*store, ui::Preferences{}, services, route);
            app.load_fonts(*io.Fonts, 1.0f);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
            for (int i = 0; i < 10; ++i) {
                ImGui::NewFrame();
                app.frame();
                ImGui::Render();
            }
            // The pointer moves over the screen, as it does while reading.
            const Stats stats = measure(300, [&](int i) {
                io.MousePos = ImVec2(100.0f + (i % 50) * 4.0f, 200.0f + (i % 70) * 8.0f);
                ImGui::NewFrame();
                app.frame();
                ImGui::Render();
            });
            const std::string what = std::string(name) + " (" +
                                     std::to_string(app.context().hits.all().size()) + " targets)";
            row(what, p50_p95(stats), "p95 2 ms", stats.p95 <= 2.0);
        }
        ImGui::DestroyContext();
    }
    return 0;
}
