// The floor for launch benchmarks: a bare GLFW + Dear ImGui window built in
// the same tree with the same libraries, showing one focused multi-line text
// box and nothing else. Reports like Rapport does (RAPPORT_REPORT_STARTUP)
// so tests/bench/launch.sh can put the two side by side.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <chrono>
#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <string>

namespace {
long long wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(420, 860, "floor", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330");
    std::string text;
    bool first = true, focused_reported = false;
    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("floor", nullptr, ImGuiWindowFlags_NoDecoration);
        if (first) ImGui::SetKeyboardFocusHere();
        ImGui::InputTextMultiline("##text", &text, ImVec2(-1, -1));
        const bool focused = ImGui::IsItemActive();
        ImGui::End();
        ImGui::Render();
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (first) std::fprintf(stderr, "startup: first-frame-at-ms=%lld\n", wall_ms());
        if (focused && !focused_reported) {
            std::fprintf(stderr, "startup: capture-focused-at-ms=%lld\n", wall_ms());
            focused_reported = true;
        }
        first = false;
    }
    return 0;
}
