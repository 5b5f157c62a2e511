#include "ui/harness.hpp"

#include "store/demo_data.hpp"

#include "ui/context.hpp"

#include <imgui_internal.h> // ImTextCharFromUtf8

#include <cctype>
#include <doctest/doctest.h>

namespace rapport::testing {
namespace {

// Key indices as the GLFW backend maps them; any distinct values < 512 work.
constexpr int kKeyTab = 258, kKeyEnter = 257, kKeyEscape = 256, kKeyBackspace = 259, kKeyLeft = 263,
              kKeyRight = 262, kKeyUp = 265, kKeyDown = 264, kKeyHome = 268, kKeyEnd = 269,
              kKeySpace = 32, kKeyPadEnter = 335, kKeyPageUp = 266, kKeyPageDown = 267,
              kKeyDelete = 261, kKeyInsert = 260;

const ImVec2 kOffScreen(-FLT_MAX, -FLT_MAX);

} // namespace

void Harness::setup_imgui(ImVec2 size) {
    imgui_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = kOffScreen;
    io.KeyMap[ImGuiKey_Tab] = kKeyTab;
    io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
    io.KeyMap[ImGuiKey_Escape] = kKeyEscape;
    io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
    io.KeyMap[ImGuiKey_LeftArrow] = kKeyLeft;
    io.KeyMap[ImGuiKey_RightArrow] = kKeyRight;
    io.KeyMap[ImGuiKey_UpArrow] = kKeyUp;
    io.KeyMap[ImGuiKey_DownArrow] = kKeyDown;
    io.KeyMap[ImGuiKey_Home] = kKeyHome;
    io.KeyMap[ImGuiKey_End] = kKeyEnd;
    io.KeyMap[ImGuiKey_Space] = kKeySpace; // keyboard navigation needs it
    io.KeyMap[ImGuiKey_KeyPadEnter] = kKeyPadEnter;
    io.KeyMap[ImGuiKey_PageUp] = kKeyPageUp;
    io.KeyMap[ImGuiKey_PageDown] = kKeyPageDown;
    io.KeyMap[ImGuiKey_Delete] = kKeyDelete;
    io.KeyMap[ImGuiKey_Insert] = kKeyInsert;
    // Shortcut letters use their ASCII codes, as GLFW's key codes do.
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
}

Harness::Harness(std::function<void()> draw, ImVec2 size) : draw_(std::move(draw)) {
    setup_imgui(size);
    ImGui::GetIO().UserData = &widget_context_;
    rebuild_fonts();
    frames(2);
}

Harness::Harness(ImVec2 size, ui::Route start, std::string preferences_path, User user,
                 const std::string& database, ui::Feature::Factory features)
    : features_(std::move(features)) {
    setup_imgui(size);
    store::Error error;
    store_ = store::Store::open(database, clock_, error);
    REQUIRE_MESSAGE(store_, error.message);
    if (user == User::Returning) {
        // A returning student: the demo's own profile.
        REQUIRE_FALSE(static_cast<bool>(store_->prepare().save_profile(store::demo_profile())));
    }
    ui::AppServices services;
    services.version = "test";
    // As main does: the settings file's choices, when the test names one.
    const ui::Preferences preferences =
        preferences_path.empty() ? ui::Preferences{} : ui::load_preferences(preferences_path);
    services.preferences_path = std::move(preferences_path);
    app_ = std::make_unique<ui::App>(*store_, preferences, std::move(services), features_,
                                     std::move(start));
    rebuild_fonts();
    frames(2);
}

void Harness::restart(ui::Route start, std::string_view typed_ahead, bool as_input_method) {
    ui::AppServices services;
    services.version = "test";
    if (adjust_services) adjust_services(services);
    // A crash takes the whole UI with it, ImGui's own text buffers included.
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    app_.reset();
    ImGui::DestroyContext(imgui_);
    setup_imgui(size);
    app_ = std::make_unique<ui::App>(*store_, ui::Preferences{}, std::move(services), features_,
                                     std::move(start));
    reports_.clear();
    rebuild_fonts();
    input_ = platform::InputQueue{};
    if (!typed_ahead.empty()) {
        if (as_input_method)
            for (unsigned char c : typed_ahead) // ASCII is enough for these tests
                input_.character(c);
        else
            queue_typing(typed_ahead);
        run_input();
    }
    frames(3);
}

Harness::~Harness() {
    app_.reset();
    ImGui::DestroyContext(imgui_);
}

void Harness::rebuild_fonts() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    if (app_) {
        app_->load_fonts(atlas, 1.0f);
    } else {
        widget_context_.fonts = ui::load_fonts(atlas, 1.0f);
        ui::apply_style(ImGui::GetStyle(), *widget_context_.palette, 1.0f);
    }
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height); // builds it; no GPU needed
}

void Harness::one_frame() {
    // Only while something is queued: the direct helpers (tap, press) set
    // ImGui's state themselves.
    if (!input_.empty()) input_.deliver(ImGui::GetIO(), app_ && app_->keyboard_on_hold(), false);
    ImGui::NewFrame();
    if (app_) {
        const ui::FrameReport report = app_->frame();
        animating_ = report.animating;
        reports_.push_back(report);
        ImGui::Render();
        if (report.rebuild_fonts) rebuild_fonts();
        return;
    }
    ui::Context& context = widget_context_;
    context.hits.begin_frame();
    context.animating = false;
    context.shortened.clear();
    context.marked.clear();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    draw_();
    ImGui::End();
    animating_ = context.animating;
    ImGui::Render();
}

void Harness::frames(int count) {
    for (int i = 0; i < count; ++i)
        one_frame();
}

void Harness::wait(double seconds) {
    frames(static_cast<int>(seconds * 60.0 + 0.5));
}

void Harness::tap(ImVec2 point) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = point;
    io.MouseDown[0] = true;
    frames(1);
    io.MouseDown[0] = false;
    frames(1);
    io.MousePos = kOffScreen; // a finger lifts: nothing stays hovered
    frames(3);                // the desktop loop draws a few frames after input
}

void Harness::tap(std::string_view label) {
    const ui::HitRegistry::Hit* hit = context().hits.find(label);
    if (!hit) { // what is there instead, to tell a moved control from a missing screen
        std::string shown;
        for (const auto& h : context().hits.all())
            shown += (shown.empty() ? "" : " | ") + h.label;
        REQUIRE_MESSAGE(hit != nullptr, "nothing labelled '" << std::string(label)
                                                             << "' on screen; it shows: " << shown);
    }
    tap(ImVec2((hit->min.x + hit->max.x) * 0.5f, (hit->min.y + hit->max.y) * 0.5f));
}

bool Harness::shows_text(std::string_view text) {
    ui::AccessibleMirror& access = context().access;
    const bool was = access.enabled;
    access.enabled = true;
    frames(1);
    bool found = false;
    for (const ui::AccessNode& node : access.nodes())
        found = found || node.name.find(text) != std::string::npos;
    access.enabled = was;
    return found;
}

bool Harness::shows(std::string_view label) const {
    return const_cast<Harness*>(this)->context().hits.find(label) != nullptr;
}

ImVec2 Harness::centre_of(std::string_view label) const {
    const ui::HitRegistry::Hit* hit = const_cast<Harness*>(this)->context().hits.find(label);
    REQUIRE(hit != nullptr);
    return ImVec2((hit->min.x + hit->max.x) * 0.5f, (hit->min.y + hit->max.y) * 0.5f);
}

void Harness::drag(ImVec2 from, ImVec2 to, int steps, int hold_frames) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    io.MouseDown[0] = true;
    frames(1);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        frames(1);
    }
    frames(hold_frames);
    io.MouseDown[0] = false;
    frames(1);
    io.MousePos = kOffScreen;
    frames(1);
}

void Harness::type(std::string_view utf8) {
    std::string text(utf8);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frames(3); // as the desktop loop does after input
}

void Harness::queue_typing(std::string_view utf8) {
    size_t i = 0;
    while (i < utf8.size()) {
        unsigned int cp = 0;
        i += static_cast<size_t>(
            ImTextCharFromUtf8(&cp, utf8.data() + i, utf8.data() + utf8.size()));
        if (cp == '\n') {
            input_.key(kKeyEnter, true);
            input_.key(kKeyEnter, false);
            continue;
        }
        // GLFW's key for a letter is its upper-case ASCII code; anything
        // else arrives here on an unmapped key.
        const int key = cp < 0x80 && std::isalpha(static_cast<int>(cp))
                            ? std::toupper(static_cast<int>(cp))
                            : 96; // GLFW_KEY_GRAVE_ACCENT: a key ImGui has no use for
        input_.key(key, true);
        input_.character(cp);
        input_.key(key, false);
    }
}

void Harness::queue_ctrl_key(char letter) {
    constexpr int kLeftControl = 341;
    input_.key(kLeftControl, true);
    input_.key(letter, true);
    input_.key(letter, false);
    input_.key(kLeftControl, false);
}

void Harness::queue_tap(ImVec2 point) {
    input_.mouse_move(point.x, point.y);
    input_.mouse_button(0, true);
    input_.mouse_button(0, false);
    input_.mouse_move(kOffScreen.x, kOffScreen.y);
}

void Harness::queue_tap(std::string_view label) {
    queue_tap(centre_of(label));
}

void Harness::run_input(int max_frames) {
    for (int i = 0; i < max_frames && !input_.empty(); ++i)
        one_frame();
    const char* what = input_.keyboard_waiting() ? "typed keys were never delivered"
                                                 : "queued input never delivered";
    REQUIRE_MESSAGE(input_.empty(), what);
    frames(3); // as the desktop loop does after input
}

void Harness::reveal_sideways(std::string_view label, std::string_view neighbour) {
    for (int i = 0; i < 10 && !shows(label); ++i) {
        const float y = centre_of(neighbour).y;
        drag(ImVec2(ImGui::GetIO().DisplaySize.x * 0.8f, y),
             ImVec2(ImGui::GetIO().DisplaySize.x * 0.2f, y), 20);
        wait(1.5);
    }
    REQUIRE_MESSAGE(shows(label), "'" << std::string(label) << "' never came into view");
}

void Harness::reveal(std::string_view label, int pushes_down) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    // Until it is shown whole and clear of the bottom band, where the
    // navigation bar and the snackbar sit.
    // and clear of the top band, where the app bar sits.
    auto in_view = [&] {
        const ui::HitRegistry::Hit* hit = context().hits.find(label);
        return hit && hit->max.y < size.y * 0.8f && hit->min.y > size.y * 0.1f;
    };
    for (int i = 0; i < pushes_down + 20 && !in_view(); ++i) {
        // A finger pushing the content up (or down, when the control is above
        // the view or nowhere to be seen after ten pushes), then a pause for
        // the glide to end.
        const ui::HitRegistry::Hit* hit = context().hits.find(label);
        const bool above = hit ? hit->min.y <= size.y * 0.1f : i >= pushes_down;
        const float from = above ? 0.3f : 0.7f, to = above ? 0.7f : 0.3f;
        // The finger stops before it lifts: a push, not a flick that could
        // glide past the control.
        drag(ImVec2(size.x * 0.5f, size.y * from), ImVec2(size.x * 0.5f, size.y * to), 20, 8);
        wait(1.5);
    }
    REQUIRE_MESSAGE(shows(label), "'" << std::string(label) << "' never came into view");
}

void Harness::press(ImGuiKey key, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    const int index = io.KeyMap[key];
    REQUIRE_MESSAGE(index >= 0, "the harness maps no key for ImGuiKey " << key);
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[index] = true;
    frames(1);
    io.KeysDown[index] = false;
    io.KeyCtrl = false;
    io.KeyShift = false;
    frames(3);
}

std::string Harness::focused_label() const {
    const ui::FocusRing::Stop* stop = ui::ctx().focus.focused();
    return stop && ImGui::GetIO().NavVisible ? stop->label : std::string();
}

std::vector<std::string> Harness::stop_labels() const {
    std::vector<std::string> labels;
    for (const ui::FocusRing::Stop& stop : ui::ctx().focus.stops())
        labels.push_back(stop.label);
    return labels;
}

void Harness::press_char_key(char letter, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[static_cast<int>(letter)] = true; // GLFW's letter keys are their ASCII codes
    frames(1);
    io.KeysDown[static_cast<int>(letter)] = false;
    io.KeyCtrl = false;
    frames(3);
}

void Harness::mouse_back_button() {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseDown[3] = true;
    frames(1);
    io.MouseDown[3] = false;
    frames(1);
}

} // namespace rapport::testing
