// Frame CPU per screen, and the longest frame while moving between them, at 10k people / 100k
// notes: the time from NewFrame to Render (what the app spends per frame, without the GPU),
// headless. Usage: rapport_frame_bench [DB_PATH] (the store benchmark builds it).
#include "bench/bench_stats.hpp"
#include "features/all_features.hpp"
#include "store/store.hpp"
#include "ui/app.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <imgui.h>
#include <thread>

using namespace rapport;
using namespace rapport::bench;

namespace {

// A headless ImGui context at phone size (420x860, 60 Hz).
ImGuiIO& headless_phone_context() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(420, 860);
    io.DeltaTime = 1.0f / 60.0f;
    return io;
}

void build_fonts(ui::App& app, ImGuiIO& io) {
    app.load_fonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

// The longest frame (p100, wall time from NewFrame to Render, reads and
// writes included) while a person moves around at 10k people: opening
// People, typing a search, opening a person, opening Compare. Taps go
// through the real screens; frames are counted until what was asked for is
// on screen (the reads beside the frames have landed).
struct Session {
    ui::App& app;
    double longest = 0.0;
    int frames = 0;

    void frame() {
        const double start = now_ms();
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
        longest = std::max(longest, now_ms() - start);
        ++frames;
    }
    // A finger on the control labelled `label` (or whose label contains it).
    bool tap(const std::string& label) {
        const ui::HitRegistry::Hit* hit = app.context().hits.find(label);
        if (!hit)
            for (const auto& h : app.context().hits.all())
                if (h.label.find(label) != std::string::npos) hit = &h;
        if (!hit) {
            std::printf("(nothing labelled \"%s\" on screen)\n", label.c_str());
            return false;
        }
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2((hit->min.x + hit->max.x) / 2, (hit->min.y + hit->max.y) / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
        return true;
    }
    void type(const std::string& text) {
        for (char c : text) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
            frame();
        }
    }
    // Draws until the reads beside the frames have landed, then two more.
    // Returns the milliseconds until then.
    double settle() {
        const double start = now_ms();
        for (int i = 0; i < 2000 && app.reads().busy(); ++i) {
            frame();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        const double landed = now_ms() - start;
        frame();
        frame();
        return landed;
    }
};

void longest_frames(store::Store& store, bool beside) {
    std::printf("\n| %-44s | %-22s | %-18s | %-4s |\n",
                beside ? "longest frame at 10k people, wall time"
                       : "the same with every read in the frame (before)",
                "p100 (landed after)", "bar", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(24, '-').c_str(),
                std::string(20, '-').c_str(), std::string(6, '-').c_str());
    store::PeopleQuery first;
    first.limit = 1;
    const std::string first_name = store.people().list(first).front().name;
    auto report = [](const std::string& what, const Session& s, double landed) {
        char measured[64];
        std::snprintf(measured, sizeof measured, "%.1f ms (%.0f ms)", s.longest, landed);
        row(what + " (" + std::to_string(s.frames) + " frames)", measured, "p100 16 ms",
            s.longest <= 16.0);
    };
    ImGuiIO& io = headless_phone_context();
    ui::AppServices services;
    services.version = "bench";
    services.background_reads = beside;
    {
        ui::App app(store, ui::Preferences{}, services, ui::all_features, {ui::Screen::Today, {}});
        build_fonts(app, io);
        Session warm{app};
        for (int i = 0; i < 5; ++i)
            warm.frame();

        Session people{app};
        if (!people.tap("People")) std::printf("(no People tab)\n");
        report("open People (10,000 rows)", people, people.settle());

        Session search{app};
        search.tap("Search people, notes, answers");
        search.type("urban");
        report("type a search (5 keys)", search, search.settle());
        io.KeyMap[ImGuiKey_Backspace] = 8;
        for (int i = 0; i < 5; ++i) {
            io.KeysDown[8] = true;
            search.frame();
            io.KeysDown[8] = false;
            search.frame();
        }
        search.settle();

        Session person{app};
        person.tap(first_name);
        report("open a person (from the list)", person, person.settle());

        Session compare{app};
        io.KeyMap[ImGuiKey_Escape] = 27; // back to the People list, where the tabs are
        io.KeysDown[27] = true;
        compare.frame();
        io.KeysDown[27] = false;
        compare.frame();
        compare.tap("Prepare");
        compare.settle();
        compare.longest = 0;
        compare.frames = 0;
        compare.tap("What do you do in a typical day?");
        report("open Compare answers (from Prepare)", compare, compare.settle());
    }
    ImGui::DestroyContext();
}

} // namespace

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
    const std::string someone = store->people().list({})[0].id;
    const auto next = store->conversations().upcoming(0, 1);
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
        ImGuiIO& io = headless_phone_context();
        ui::AppServices services;
        services.version = "bench";
        {
            ui::App app(*store, ui::Preferences{}, services, ui::all_features, route);
            build_fonts(app, io);
            // Until what the screen reads beside the frames has landed.
            for (int i = 0; i < 10 || (app.reads().busy() && i < 5000); ++i) {
                ImGui::NewFrame();
                app.frame();
                ImGui::Render();
                if (app.reads().busy()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            ImGui::NewFrame();
            app.frame();
            ImGui::Render();
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
    longest_frames(*store, true);
    longest_frames(*store, false);
    return 0;
}
